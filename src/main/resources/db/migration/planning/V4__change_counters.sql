-- Every planning table raises the 'planning' counter (docs/architecture.md, "How a page is kept fast"): the yearly
-- cycle, the proposals' changes and the lineage matches too, not only what the röd tråd showed first (V2_2).
do $$
declare
    t text;
begin
    foreach t in array array['plan_proposal_change', 'lineage_match', 'plan_milestone', 'plan_task', 'plan_task_entry']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function change_counter_bump(%L)', t || '_changes', t, 'planning');
        execute format('create trigger %I after truncate on %I for each statement execute function change_counter_bump(%L)',
                       t || '_changes_truncate', t, 'planning');
    end loop;
end
$$;
