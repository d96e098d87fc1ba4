-- The delegation order and the delegated decisions raise the 'meetings' counter too (V6 counted the rest).
select change_counter_attach('meetings', 'delegation_point', 'delegated_decision');
