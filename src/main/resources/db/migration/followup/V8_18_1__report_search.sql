-- Search that finds (issue 18): a report's summary and its goals' analyses with Swedish stemming over GIN indexes on
-- the expressions ReportSearch queries (no stored column, so the audit trail's copy of a row stays as it was).
create index follow_report_search on follow_report using gin (to_tsvector('swedish', coalesce(summary, '')));
create index follow_report_goal_search on follow_report_goal using gin (to_tsvector('swedish', coalesce(analysis, '')));
