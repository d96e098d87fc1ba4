-- A grant found by its reference from its beginning ("19RS95" finds 19RS9565) in any case: a range in byte order over
-- this index (GrantSearch), which a LIKE with a parameter cannot use once PostgreSQL plans the statement generically.
create index grant_decision_reference_upper on grant_decision ((upper(reference) collate "C"));
