-- History told per save (issue #18 item 4): every entry names the transaction that wrote it, so the rows one save
-- changed (a plan item and its links, a report and its goals) are shown together as one change by one person.
-- Added without a default first and the default set after, so that a large trail is not rewritten; entries written
-- before this migration have none and are shown one by one.
alter table audit_entry add column xact bigint;
alter table audit_entry alter column xact set default txid_current();
