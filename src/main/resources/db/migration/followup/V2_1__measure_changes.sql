-- A measure's page is kept (its chart and table of values) while nothing it shows has changed. Its values arrive by
-- the hundred thousand in one import and by hand one at a time, so the stamp is per measure: every transaction that
-- writes a measure's values or revisions adds one row here (per statement, over the statement's rows), and the
-- page's stamp is the number of rows of its measure. Rows are only ever added, so the number grows with each
-- commit that touched the measure — and only at the commit. Inserting never waits on another transaction (the
-- key holds the writer's own transaction id), so an import and a hand-entered value never block each other here.
create table measure_change (
    measure_id uuid   not null,
    xact       bigint not null,
    primary key (measure_id, xact)
);

create function measure_change_record() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'TRUNCATE' then
        insert into measure_change (measure_id, xact) select id, txid_current() from measure on conflict do nothing;
        return null;
    end if;
    if tg_table_name = 'indicator_value_revision' then
        -- a revision's rows name the value; the value names the measure
        insert into measure_change (measure_id, xact)
        select distinct v.measure_id, txid_current() from new_rows r join indicator_value v on v.id = r.value_id
        on conflict do nothing;
        return null;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into measure_change (measure_id, xact) select distinct measure_id, txid_current() from new_rows on conflict do nothing;
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into measure_change (measure_id, xact) select distinct measure_id, txid_current() from old_rows on conflict do nothing;
    end if;
    return null;
end
$$;

create trigger indicator_value_changes_insert after insert on indicator_value
    referencing new table as new_rows for each statement execute function measure_change_record();
create trigger indicator_value_changes_update after update on indicator_value
    referencing old table as old_rows new table as new_rows for each statement execute function measure_change_record();
create trigger indicator_value_changes_delete after delete on indicator_value
    referencing old table as old_rows for each statement execute function measure_change_record();
create trigger indicator_value_changes_truncate after truncate on indicator_value
    for each statement execute function measure_change_record();
create trigger indicator_value_revision_changes after insert on indicator_value_revision
    referencing new table as new_rows for each statement execute function measure_change_record();

-- The measure's own facts and its siblings (other measures of the same subject) are on the page too: every committed
-- change to measures raises the 'measure' counter (__root/V1_2).
create constraint trigger measure_changes after insert or update or delete on measure
    deferrable initially deferred for each row execute function change_counter_bump('measure');
create trigger measure_changes_truncate after truncate on measure for each statement execute function change_counter_bump('measure');
