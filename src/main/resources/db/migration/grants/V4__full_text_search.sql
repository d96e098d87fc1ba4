-- Search that finds (issue 18): a grant by its recipient, reference, support type, municipality and decision text, and
-- by its project's title and att-clauses ("Kottaberget"), with Swedish stemming over GIN indexes on the expressions
-- GrantSearch queries (no stored column, so the audit trail's copy of a row stays as it was).
create index grant_decision_search on grant_decision using gin (to_tsvector('swedish',
    reference || ' ' || recipient || ' ' || printed_type || ' ' || coalesce(municipality, '') || ' ' || coalesce(outcome_text, '')));
-- array_to_string is only stable (an array of another element type could print by a setting); of text it is not.
create function grant_clauses_text(clauses text[]) returns text language sql immutable parallel safe
    as $$ select array_to_string(clauses, ' ') $$;
create index grant_project_search on grant_project using gin (to_tsvector('swedish', title || ' ' || grant_clauses_text(clauses)));
