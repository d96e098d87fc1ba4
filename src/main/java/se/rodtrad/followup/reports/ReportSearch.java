package se.rodtrad.followup.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.ReportOccasion;

/**
 * The reports' texts for the search (issue 18): a report's summary and its goals' analyses, with PostgreSQL's
 * Swedish full-text search over this room's own GIN indexes. What the reader may see is the reports' own rule: a
 * draft is internal ({@link Permission#READ_INTERNAL}), a submitted report is public.
 */
@Service
@Transactional(readOnly = true)
public class ReportSearch {

    /** A report whose summary or a goal's analysis matches: where (the goal, or null for the summary) and a snippet. */
    public record Hit(UUID reportId, UUID bodyId, String bodyCode, String bodyName, int year, ReportOccasion occasion, boolean submitted,
            String goal, String snippet, double rank) {
    }

    private static final String SUMMARY = "to_tsvector('swedish', coalesce(r.summary, ''))";
    private static final String ANALYSIS = "to_tsvector('swedish', coalesce(g.analysis, ''))";

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final Organisation organisation;

    ReportSearch(JdbcClient jdbc, AccessPolicy access, Organisation organisation) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisation = organisation;
    }

    /**
     * The best {@code limit} report texts matching the query (web search syntax), of one body and year when given;
     * {@code publicOnly} (or a reader without internal access) sees submitted reports only.
     */
    public List<Hit> search(String query, UUID bodyId, Integer year, boolean publicOnly, int limit) {
        boolean internal = !publicOnly && access.allows(Permission.READ_INTERNAL, null);
        Map<UUID, Unit> units = organisation.unitsById();
        List<Hit> hits = new ArrayList<>();
        jdbc.sql("""
                with q as (select websearch_to_tsquery('swedish', :q) as q),
                found as (
                    select r.id, r.body_id, r.year, r.occasion, r.status, null::text as goal, r.summary as text, ts_rank(%1$s, q.q) as rank
                      from follow_report r, q
                     where %1$s @@ q.q
                       and (cast(:body as uuid) is null or r.body_id = :body) and (cast(:year as int) is null or r.year = :year)
                       and (:internal or r.status = 'SUBMITTED')
                    union all
                    select r.id, r.body_id, r.year, r.occasion, r.status, g.goal, g.analysis, ts_rank(%2$s, q.q)
                      from follow_report_goal g join follow_report r on r.id = g.report_id, q
                     where %2$s @@ q.q
                       and (cast(:body as uuid) is null or r.body_id = :body) and (cast(:year as int) is null or r.year = :year)
                       and (:internal or r.status = 'SUBMITTED')),
                best as (select * from found order by rank desc, year desc limit :limit)
                select b.*, ts_headline('swedish', b.text, q.q,
                       'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", StartSel=' || chr(2) || ', StopSel=' || chr(3)) as snippet
                  from best b, q order by b.rank desc, b.year desc""".formatted(SUMMARY, ANALYSIS))
                .param("q", query).param("body", bodyId).param("year", year).param("internal", internal).param("limit", limit)
                .query((rs, n) -> {
                    UUID body = rs.getObject("body_id", UUID.class);
                    Unit unit = units.get(body);
                    return new Hit(rs.getObject("id", UUID.class), body, unit == null ? "" : unit.code(), unit == null ? "" : unit.name(),
                            rs.getInt("year"), ReportOccasion.valueOf(rs.getString("occasion")), "SUBMITTED".equals(rs.getString("status")),
                            rs.getString("goal"), rs.getString("snippet"), rs.getDouble("rank"));
                }).list().forEach(hits::add);
        return hits;
    }
}
