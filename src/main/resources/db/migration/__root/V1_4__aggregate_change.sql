-- The second kind of change counter, for aggregates whose rows arrive by the hundred thousand in one import (a
-- measure's values): a counter per aggregate, counted as rows. Every transaction that writes the aggregate adds one
-- row (scope, its transaction id) from a statement-level trigger, so the count of a scope's rows grows by one with
-- each commit that touched it — and only at the commit, since uncommitted rows are not seen. Inserting never waits
-- on another transaction (the key holds the writer's own transaction id), so an import and a hand-entered value
-- never block each other here, and a million rows cost one insert per statement, not one per row.
--
-- A kept page reads these counters with the module counters of change_counter (V1_2) in one query
-- (shared.db.ChangeCounters.stamp): scope 'planning' is a module, scope 'measure:<id>' an aggregate.
create table aggregate_change (
    scope text   not null,
    xact  bigint not null,
    primary key (scope, xact)
);

-- Gives each named table the module counter of V1_2 (see its "Use:"): a row-level trigger deferred to the commit and
-- one for TRUNCATE. Every module's migration calls it for its tables (ChangeCounterCoverageTest fails on a table
-- without a counter).
create function change_counter_attach(p_scope text, variadic p_tables text[]) returns void
    language plpgsql as
$$
declare
    t text;
begin
    foreach t in array p_tables
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function change_counter_bump(%L)', t || '_changes', t, p_scope);
        execute format('create trigger %I after truncate on %I for each statement execute function change_counter_bump(%L)',
                       t || '_changes_truncate', t, p_scope);
    end loop;
end
$$;
