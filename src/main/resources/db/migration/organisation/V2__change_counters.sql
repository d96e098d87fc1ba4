-- The accounts raise a counter of their own, 'accounts' (docs/architecture.md, "How a page is kept fast"): a new API
-- key or a changed scope must not make every page showing units' names render anew, as 'organisation' would.
do $$
declare
    t text;
begin
    foreach t in array array['user_account', 'user_scope', 'api_token']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function change_counter_bump(%L)', t || '_changes', t, 'accounts');
        execute format('create trigger %I after truncate on %I for each statement execute function change_counter_bump(%L)',
                       t || '_changes_truncate', t, 'accounts');
    end loop;
end
$$;
