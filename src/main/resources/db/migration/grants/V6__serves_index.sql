-- The röd tråd page asks on every view which grant decisions serve its item (the decision's "serves", lineage keys of
-- plan items). "key = any (serves)" read every decision of the installation: on the bench's nationwide dataset the
-- page spent 11 ms of CPU per view against 1.9 before grants. Containment (serves @> array[key]) uses this index.
create index grant_decision_serves on grant_decision using gin (serves);
