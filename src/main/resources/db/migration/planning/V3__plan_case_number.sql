-- The plan's case in the diary (diarienummer, "19RS9687"): how a decision of a meeting (meetings.DecisionTaken)
-- finds the plan it decides, and the decision (§) that decided it, so the plan page links to that §.
alter table plan add column case_number text check (length(case_number) <= 40);
alter table plan add column decision_id uuid;
create index plan_case_number on plan (case_number);
