-- Every planning table raises the 'planning' counter (docs/architecture.md, "How a page is kept fast"): the yearly
-- cycle, the proposals' changes and the lineage matches too, not only what the röd tråd showed first (V2_2).
select change_counter_attach('planning', 'plan_proposal_change', 'lineage_match', 'plan_milestone',
                             'plan_task', 'plan_task_entry');
