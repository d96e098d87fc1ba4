-- Every budget table raises the 'budget' counter at commit (docs/architecture.md, "How a page is kept fast").
select change_counter_attach('budget', 'budget_table', 'budget_column', 'budget_row', 'budget_cell',
                             'budget_savings_group', 'budget_frame', 'budget_frame_change', 'budget_allowance',
                             'budget_reserve', 'budget_allocation_area');
