-- The delegation order and the delegated decisions raise the 'meetings' counter too (V6 counted the rest).
do $$
declare
    t text;
begin
    foreach t in array array['delegation_point', 'delegated_decision']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I deferrable initially deferred '
                       'for each row execute function change_counter_bump(%L)', t || '_changes', t, 'meetings');
        execute format('create trigger %I after truncate on %I for each statement execute function change_counter_bump(%L)',
                       t || '_changes_truncate', t, 'meetings');
    end loop;
end
$$;
