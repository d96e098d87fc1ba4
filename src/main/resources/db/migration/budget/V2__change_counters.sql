-- Every budget table raises the 'budget' counter at commit (docs/architecture.md, "How a page is kept fast").
do $$
declare
    t text;
begin
    foreach t in array array['budget_table', 'budget_column', 'budget_row', 'budget_cell', 'budget_savings_group', 'budget_frame',
                             'budget_frame_change', 'budget_allowance', 'budget_reserve', 'budget_allocation_area']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function change_counter_bump(%L)', t || '_changes', t, 'budget');
        execute format('create trigger %I after truncate on %I for each statement execute function change_counter_bump(%L)',
                       t || '_changes_truncate', t, 'budget');
    end loop;
end
$$;
