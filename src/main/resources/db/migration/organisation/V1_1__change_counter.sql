-- Units' names, the county's municipalities and the comparison groups appear on pages that are kept (the röd tråd,
-- a measure's values): every committed change to them raises the 'organisation' counter (__root/V1_2).
create constraint trigger org_unit_changes after insert or update or delete on org_unit
    deferrable initially deferred for each row execute function change_counter_bump('organisation');
create constraint trigger comparison_group_changes after insert or update or delete on comparison_group
    deferrable initially deferred for each row execute function change_counter_bump('organisation');
create constraint trigger comparison_group_member_changes after insert or update or delete on comparison_group_member
    deferrable initially deferred for each row execute function change_counter_bump('organisation');
create trigger org_unit_changes_truncate after truncate on org_unit
    for each statement execute function change_counter_bump('organisation');
create trigger comparison_group_changes_truncate after truncate on comparison_group
    for each statement execute function change_counter_bump('organisation');
create trigger comparison_group_member_changes_truncate after truncate on comparison_group_member
    for each statement execute function change_counter_bump('organisation');
