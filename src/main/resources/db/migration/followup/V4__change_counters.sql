-- One invalidation scheme (docs/architecture.md, "How a page is kept fast"): every table raises a change counter at
-- commit. A measure's values raise the measure's own aggregate counter ('measure:<id>', rows of aggregate_change,
-- __root/V1_4) — they arrive by the hundred thousand, so per statement and without waiting on other writers; every
-- other follow-up table raises the module's counter 'followup' (change_counter, __root/V1_2), which replaces the
-- narrower 'measure' scope. measure_change (V2_1) becomes aggregate_change.
drop trigger indicator_value_changes_insert on indicator_value;
drop trigger indicator_value_changes_update on indicator_value;
drop trigger indicator_value_changes_delete on indicator_value;
drop trigger indicator_value_changes_truncate on indicator_value;
drop trigger indicator_value_revision_changes on indicator_value_revision;
drop trigger measure_changes on measure;
drop trigger measure_changes_truncate on measure;
drop function measure_change_record();
insert into aggregate_change (scope, xact) select 'measure:' || measure_id, xact from measure_change;
drop table measure_change;
delete from change_counter where scope = 'measure';

create function measure_values_changed() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'TRUNCATE' then
        insert into aggregate_change (scope, xact) select 'measure:' || id, txid_current() from measure on conflict do nothing;
        return null;
    end if;
    if tg_table_name = 'indicator_value_revision' then
        -- a revision's rows name the value; the value names the measure
        insert into aggregate_change (scope, xact)
        select distinct 'measure:' || v.measure_id, txid_current() from new_rows r join indicator_value v on v.id = r.value_id
        on conflict do nothing;
        return null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into aggregate_change (scope, xact) select distinct 'measure:' || measure_id, txid_current() from new_rows on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into aggregate_change (scope, xact) select distinct 'measure:' || measure_id, txid_current() from old_rows on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger indicator_value_changes_insert after insert on indicator_value
    referencing new table as new_rows for each statement execute function measure_values_changed();
create trigger indicator_value_changes_update after update on indicator_value
    referencing old table as old_rows new table as new_rows for each statement execute function measure_values_changed();
create trigger indicator_value_changes_delete after delete on indicator_value
    referencing old table as old_rows for each statement execute function measure_values_changed();
create trigger indicator_value_changes_truncate after truncate on indicator_value
    for each statement execute function measure_values_changed();
create trigger indicator_value_revision_changes after insert on indicator_value_revision
    referencing new table as new_rows for each statement execute function measure_values_changed();

select change_counter_attach('followup', 'measure', 'import_run', 'followed_indicator', 'assessment_judgement',
                             'econ_line', 'econ_budget', 'econ_outcome', 'econ_forecast', 'assignment_status',
                             'follow_report', 'follow_report_goal', 'follow_report_snapshot');
