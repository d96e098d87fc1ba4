-- Search that finds (issue 18): a plan item's words with Swedish stemming ("kollektivtrafiken" finds
-- "kollektivtrafik"), over a GIN index on the expression, so the stored row (and the audit trail's copy of it)
-- carries no search column. PlanTextSearch queries exactly this expression.
create index plan_item_search on plan_item using gin (
    to_tsvector('swedish', coalesce(number, '') || ' ' || text || ' ' || coalesce(tag, '') || ' ' || coalesce(note, '')));
