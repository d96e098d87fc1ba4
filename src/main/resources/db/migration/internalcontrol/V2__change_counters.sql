-- Every internal control table raises the 'internalcontrol' counter at commit (docs/architecture.md, "How a page is
-- kept fast").
select change_counter_attach('internalcontrol', 'ic_scale_level', 'ic_plan', 'ic_plan_text', 'ic_region_risk',
                             'ic_region_action', 'ic_risk', 'ic_control', 'ic_control_result', 'ic_action',
                             'ic_judgement');
