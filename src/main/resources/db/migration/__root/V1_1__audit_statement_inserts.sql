-- The audit trail for tables written in bulk (an import of a Kolada result writes hundreds of thousands of values
-- in one statement): the same entry per inserted row as audit_record_change writes, made by one INSERT … SELECT
-- per statement over the statement's new rows instead of one trigger call per row. bench/ measured the per-row
-- trigger as nine tenths of the time it takes to write such an import.
--
-- Use: create trigger X_audit_insert after insert on X referencing new table as new_rows
--          for each statement execute function audit_record_inserts('x'[, 'aggregate_type', 'aggregate_id_column']);
-- together with audit_record_change for update and delete.
create function audit_record_inserts() returns trigger
    language plpgsql as
$$
declare
    v_actor  text := coalesce(nullif(current_setting('rodtrad.actor', true), ''), 'system');
    v_after  text := 'to_jsonb(n)';
    v_id     text := 'null';
    v_agg    text := 'null';
begin
    -- the same entry as audit_record_change: object id from the row's id, else the aggregate's; secrets left out.
    -- Columns are read directly (to_jsonb of one value, for the same text), not from the row's json, which
    -- costs several times more per row.
    if exists (select 1 from pg_attribute where attrelid = tg_relid and attname in ('password_hash', 'token_hash') and not attisdropped) then
        v_after := 'to_jsonb(n) - ''password_hash'' - ''token_hash''';
    end if;
    if exists (select 1 from pg_attribute where attrelid = tg_relid and attname = 'id' and not attisdropped) then
        v_id := '(to_jsonb(n.id) #>> ''{}'')';
    end if;
    if tg_nargs > 2 then
        v_agg := format('(to_jsonb(n.%I) #>> ''{}'')', tg_argv[2]);
    end if;
    execute format($sql$
        insert into audit_entry (actor, object_type, object_id, aggregate_type, aggregate_id, operation, before_state, after_state)
        select $1, $2, coalesce(%s, %s, '-'), $3, %s, 'INSERT', null, %s from new_rows n
        $sql$, v_id, v_agg, v_agg, v_after)
        using v_actor, tg_argv[0], case when tg_nargs > 1 then tg_argv[1] end;
    return null;
end
$$;
