-- A followed indicator is a plan's indicator, named by the plan item's id (and its plan and lineage), not by text
-- keys: what followup follows is built from planning's events (PlanContentChanged), one row per target of the
-- item (target_index 0 = the item's target, 1… its further targets). The measure a plan names (its Kolada id or
-- the demo's links) is kept as a code and resolved when read, so the order in which plans and measures arrive
-- does not matter; a person's relink sets measure_id, which then counts.
alter table followed_indicator
    add column plan_id      uuid,
    add column plan_item_id uuid,
    add column lineage_id   uuid,
    add column goal_item_id uuid,
    add column target_index int not null default 0,
    add column measure_code text check (length(measure_code) <= 100);

-- rows of an existing installation: found once by the plan's key and the item's lineage key as they were written
-- (this migration is the only place followup reads planning's tables, and only to carry the old rows over)
update followed_indicator f
set plan_id      = i.plan_id,
    plan_item_id = i.id,
    lineage_id   = i.lineage_id,
    target_index = case when f.key ~ '#[0-9]+$' then substring(f.key from '#([0-9]+)$')::int - 1 else 0 end
from plan p join plan_item i on i.plan_id = p.id join lineage l on l.id = i.lineage_id
where p.key = f.plan_key and l.key = f.lineage;
-- what could not be matched is rebuilt from the plans at the next start
delete from assessment_judgement j where j.subject_type = 'followed_indicator'
    and j.subject_id in (select id::text from followed_indicator where plan_item_id is null);
delete from followed_indicator where plan_item_id is null;
-- goal judgements were keyed by the plan's key and the goal's text; they are now keyed by the goal's plan item
update assessment_judgement j set subject_id = g.goal_id::text
from (select distinct p.key || '|' || i.text as old_id, i.id as goal_id
      from plan p join plan_item i on i.plan_id = p.id where i.type = 'GOAL') g
where j.subject_type = 'goal' and j.subject_id = g.old_id;

alter table followed_indicator
    alter column plan_id set not null,
    alter column plan_item_id set not null,
    alter column lineage_id set not null,
    drop column key,
    drop column plan_key,
    drop column lineage;
create unique index followed_indicator_item_target on followed_indicator (plan_item_id, target_index);
create index followed_indicator_plan on followed_indicator (plan_id, sort_order);
