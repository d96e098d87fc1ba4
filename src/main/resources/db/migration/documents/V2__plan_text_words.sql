-- Search that answers in time (issue 18): a section's words kept beside it instead of an expression index, so that
-- ranking a match does not parse the whole section again (a long section took a millisecond a match, for every search).
alter table plan_text_section add column words tsvector
    generated always as (to_tsvector('swedish'::regconfig, coalesce(number, '') || ' ' || heading || ' ' || text)) stored;
drop index plan_text_section_search;
create index plan_text_section_words on plan_text_section using gin (words) with (fastupdate = off);
