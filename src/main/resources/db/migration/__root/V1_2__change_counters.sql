-- Pages that keep what they rendered ask one cheap question per view: has anything they show changed since they
-- rendered it? Each module counts the committed transactions that changed its tables, one counter per scope
-- ('planning', 'organisation', 'measure'); a page compares the counters it read before rendering with the ones it
-- reads now. It lives in the root migrations because every module's tables attach the trigger below, and the root
-- folder runs before any module's.
--
-- A reader reads the counters before the data it renders: a transaction that commits in between shows in the data
-- and raises the counter, so the next reader renders anew — what is kept is never older than its counters say.

create table change_counter (
    scope   text primary key,
    changes bigint not null
);

-- Use: create constraint trigger X_changes after insert or update or delete on X
--          deferrable initially deferred for each row execute function change_counter_bump('scope');
--      create trigger X_changes_truncate after truncate on X for each statement execute function change_counter_bump('scope');
--
-- Deferred to the commit, and once per transaction and scope (a transaction-local setting remembers it): the
-- counter's row is locked only while the transaction commits, after every other lock it took. A bump at the
-- statement would hold that row from the first statement on, so two people editing at once would wait on each
-- other's whole transaction and could deadlock over it and their own rows.
create function change_counter_bump() returns trigger
    language plpgsql as
$$
declare
    v_flag text := 'rodtrad.changed_' || tg_argv[0];
begin
    if coalesce(current_setting(v_flag, true), '') = '' then
        perform set_config(v_flag, 'y', true);
        insert into change_counter (scope, changes) values (tg_argv[0], 1)
        on conflict (scope) do update set changes = change_counter.changes + 1;
    end if;
    return null;
end
$$;
