-- The röd tråd page of an item shows items of many plans (the chain above it, the same item over the years, the
-- items of other plans that serve it, each link resolved to the newest plan holding the linked item): every
-- committed change to plans, items, links, lineages or proposals raises the 'planning' counter (__root/V1_2),
-- and the kept page renders anew.
create constraint trigger plan_changes after insert or update or delete on plan
    deferrable initially deferred for each row execute function change_counter_bump('planning');
create constraint trigger plan_item_changes after insert or update or delete on plan_item
    deferrable initially deferred for each row execute function change_counter_bump('planning');
create constraint trigger plan_item_link_changes after insert or update or delete on plan_item_link
    deferrable initially deferred for each row execute function change_counter_bump('planning');
create constraint trigger plan_link_changes after insert or update or delete on plan_link
    deferrable initially deferred for each row execute function change_counter_bump('planning');
create constraint trigger lineage_changes after insert or update or delete on lineage
    deferrable initially deferred for each row execute function change_counter_bump('planning');
create constraint trigger plan_proposal_changes after insert or update or delete on plan_proposal
    deferrable initially deferred for each row execute function change_counter_bump('planning');
create trigger plan_changes_truncate after truncate on plan for each statement execute function change_counter_bump('planning');
create trigger plan_item_changes_truncate after truncate on plan_item for each statement execute function change_counter_bump('planning');
create trigger plan_item_link_changes_truncate after truncate on plan_item_link for each statement execute function change_counter_bump('planning');
create trigger plan_link_changes_truncate after truncate on plan_link for each statement execute function change_counter_bump('planning');
create trigger lineage_changes_truncate after truncate on lineage for each statement execute function change_counter_bump('planning');
create trigger plan_proposal_changes_truncate after truncate on plan_proposal for each statement execute function change_counter_bump('planning');
