-- Every internal control table raises the 'internalcontrol' counter at commit (docs/architecture.md, "How a page is
-- kept fast").
do $$
declare
    t text;
begin
    foreach t in array array['ic_scale_level', 'ic_plan', 'ic_plan_text', 'ic_region_risk', 'ic_region_action', 'ic_risk', 'ic_control',
                             'ic_control_result', 'ic_action', 'ic_judgement']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function change_counter_bump(%L)', t || '_changes', t, 'internalcontrol');
        execute format('create trigger %I after truncate on %I for each statement execute function change_counter_bump(%L)',
                       t || '_changes_truncate', t, 'internalcontrol');
    end loop;
end
$$;
