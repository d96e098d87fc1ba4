-- The order in which decisions were entered in the register: decisions of the same day are listed in that order (the
-- report of delegated decisions prints them so). The time of the last change cannot order them: a demo load or an
-- import enters many in one transaction, all with the same time, and a later edit would move a decision to the end.
alter table grant_decision add column register_order bigint generated always as identity;
create index grant_decision_register_order on grant_decision (decided_on, register_order);
