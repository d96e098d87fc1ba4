-- Every grants table raises the 'grants' counter at commit (docs/architecture.md, "How a page is kept fast").
select change_counter_attach('grants', 'grant_allocation', 'grant_budget_row', 'grant_committee_case',
                             'grant_de_minimis', 'grant_decision', 'grant_exchange_rate', 'grant_fund',
                             'grant_locality', 'grant_mobility_budget', 'grant_mobility_rate',
                             'grant_mobility_school', 'grant_mobility_weeks', 'grant_part', 'grant_payment',
                             'grant_priority', 'grant_project', 'grant_regulation', 'grant_rule',
                             'grant_rule_check', 'grant_rule_version', 'grant_steering_change',
                             'grant_steering_decision', 'grant_support_type');
