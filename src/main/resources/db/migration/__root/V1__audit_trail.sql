-- The append-only audit trail (module audit). It lives in the root migrations because every module's
-- tables attach the trigger below, and the root folder runs before any module's.
--
-- Every INSERT, UPDATE and DELETE on an audited table is recorded by the database itself, with the actor
-- the application names on each connection (setting rodtrad.actor). No update path can bypass it.

create table audit_entry (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default clock_timestamp(),
    actor          text        not null,
    object_type    text        not null,
    object_id      text        not null,
    aggregate_type text,
    aggregate_id   text,
    operation      text        not null check (operation in ('INSERT', 'UPDATE', 'DELETE')),
    before_state   jsonb,
    after_state    jsonb
);
create index audit_entry_object on audit_entry (object_type, object_id, id);
create index audit_entry_aggregate on audit_entry (aggregate_type, aggregate_id, id);
create index audit_entry_actor on audit_entry (actor, id);

-- Trigger arguments: 0 = object type shown in the history, 1 = aggregate type (optional),
-- 2 = column holding the aggregate's id (optional). Secrets never enter the trail.
create function audit_record_change() returns trigger
    language plpgsql as
$$
declare
    v_actor text := coalesce(nullif(current_setting('rodtrad.actor', true), ''), 'system');
    v_old   jsonb;
    v_new   jsonb;
    v_row   jsonb;
    v_agg   text;
begin
    if tg_op <> 'INSERT' then
        v_old := to_jsonb(old) - 'password_hash' - 'token_hash';
    end if;
    if tg_op <> 'DELETE' then
        v_new := to_jsonb(new) - 'password_hash' - 'token_hash';
    end if;
    if tg_op = 'UPDATE' and v_old = v_new then
        return new;
    end if;
    v_row := coalesce(v_new, v_old);
    if tg_nargs > 2 then
        v_agg := v_row ->> tg_argv[2];
    end if;
    insert into audit_entry (actor, object_type, object_id, aggregate_type, aggregate_id, operation, before_state, after_state)
    values (v_actor, tg_argv[0], coalesce(v_row ->> 'id', v_agg, '-'), case when tg_nargs > 1 then tg_argv[1] end, v_agg, tg_op, v_old, v_new);
    return coalesce(new, old);
end
$$;

create function audit_forbid_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Historiken får inte ändras eller tas bort (audit_entry är append-only)';
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_forbid_change();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_forbid_change();
