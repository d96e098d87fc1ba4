package se.rodtrad.interop;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real addresses of the demo data for an endpoint's pattern: every path variable gets the id of a real object the
 * endpoint serves (read from the demo data), and the query parameters it requires get a real value. A pattern this
 * does not know fails the test with the place to add it, so a new endpoint cannot slip past unchecked.
 */
final class DemoPaths {

    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    /** Query parameters an endpoint requires, with a value from the demo data. */
    static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("/api/v1/grants/statistics", "year=2023"),
            Map.entry("/api/v1/meetings/members", "body=RTN"),
            Map.entry("/api/v1/meetings/search", "q=budget"),
            Map.entry("/api/v1/public/meetings/search", "q=budget"),
            Map.entry("/api/v1/plans/target-reading", "text=Andelen ska öka till 80 procent år 2025"),
            Map.entry("/api/v1/economy/period-report", "year=2022&month=6"),
            Map.entry("/api/v1/measures/{id}/values", "unit=0018"),
            Map.entry("/api/v1/bodies/{code}/delegation-report", "from=2019-01-01&to=2019-12-31"),
            Map.entry("/api/v1/followed-indicators/{id}/assessment", "period=2023"),
            Map.entry("/api/v1/plans/{id}/assessments", "period=2023"),
            Map.entry("/api/v1/plans/{id}/goal-assessments", "period=2023"),
            Map.entry("/api/v1/plans/{id}/assignment-status", "occasion=DELARSRAPPORT_1"),
            Map.entry("/api/v1/grants/appropriations", "year=2020"),
            Map.entry("/api/v1/grants/mobility", "year=2020"),
            Map.entry("/api/v1/internal-control/judgements", "year=2023"),
            Map.entry("/api/v1/internal-control/region-risks", "year=2024"),
            Map.entry("/api/v1/organisations/{id}/annual-report.pdf", "year=2023"),
            Map.entry("/api/v1/plans/compare", "from={plan:rtn-2023}&to={plan:rtn-2026}"),
            Map.entry("/api/v1/bodies/{code}/delegation-report.pdf", "from=2019-01-01&to=2019-12-31"));

    /**
     * The demo meeting's agenda is published by the tests that hold the meeting, not by the demo data: until one has,
     * the public meeting answers its documented 404 (problem+json), which is checked instead.
     */
    static final java.util.Set<String> MAY_BE_UNPUBLISHED = java.util.Set.of("/api/v1/public/meetings/{id}");

    /** A change proposal against the demo's draft plan, made through the API as a politician makes one, when none exists. */
    static final String PROPOSAL = "{\"submitterType\":\"PARTY_GROUP\",\"submitter\":\"Exempelpartiet\",\"title\":\"Stryk uppdraget\","
            + "\"motivation\":\"Kontraktstest (exempeldata)\",\"changes\":[{\"action\":\"REMOVE\",\"itemId\":\"%s\"}]}";

    private final JdbcClient jdbc;

    DemoPaths(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String expand(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(idFor(pattern, m.group(1))));
        }
        m.appendTail(path);
        String q = QUERIES.get(pattern);
        if (q != null) {
            Matcher plan = Pattern.compile("\\{plan:([a-z0-9-]+)}").matcher(q);
            StringBuilder query = new StringBuilder();
            while (plan.find()) {
                plan.appendReplacement(query, query("select id::text from plan where key = '" + plan.group(1) + "'"));
            }
            plan.appendTail(query);
            q = query.toString();
        }
        return q == null ? path.toString() : path + "?" + q;
    }

    /** A real id of the demo data for a path variable, chosen by the path it sits in. */
    String idFor(String pattern, String variable) {
        String rtnPlan = "(select id from plan where key = 'rtn-2026')";
        if (variable.equals("occasion")) {
            return "DELARSRAPPORT_1";
        }
        if (variable.equals("code")) {
            return "RTN";
        }
        if (variable.equals("number")) {
            return "1"; // a report's goal by its number in the report
        }
        if (variable.equals("caseNumber")) {
            return query("select case_number from diary_case order by registered_on, number limit 1");
        }
        if (variable.equals("itemId")) {
            return query("select id::text from plan_item where plan_id = " + rtnPlan + " order by position limit 1");
        }
        if (variable.equals("lineageId")) {
            return query("select lineage_id::text from plan_item where plan_id = " + rtnPlan + " order by position limit 1");
        }
        if (variable.equals("proposalId")) {
            return query("select id::text from plan_proposal order by created_at limit 1");
        }
        if (variable.equals("valueId")) {
            return query("select v.id::text from indicator_value v join measure m on m.id = v.measure_id where m.code = 'N03702'"
                    + " order by v.period desc limit 1");
        }
        if (pattern.startsWith("/api/v1/public/plans")) {
            return query("select id::text from plan where status = 'DECIDED' order by year desc limit 1");
        }
        if (pattern.startsWith("/api/v1/plans") || variable.equals("planId")) {
            return query("select id::text from plan where key = 'rtn-2026'");
        }
        if (pattern.startsWith("/api/v1/public/meetings")) {
            // one the public sees (a published agenda or adjusted minutes); else the demo meeting, which answers 404
            return jdbc.sql("select id::text from meeting where agenda_published_at is not null or adjusted_at is not null order by meeting_date limit 1")
                    .query(String.class).optional().orElseGet(() -> query("select id::text from meeting order by meeting_date limit 1"));
        }
        if (pattern.startsWith("/api/v1/public/meetings") || pattern.startsWith("/api/v1/meetings")) {
            // the RTN meeting of 2020-01-22 (seed 001): its published agenda and notice, its minutes as far as they go
            return query("select id::text from meeting order by meeting_date limit 1");
        }
        if (pattern.startsWith("/api/v1/public/reports")) {
            return query("select id::text from follow_report where status = 'SUBMITTED' order by year, occasion limit 1");
        }
        if (pattern.startsWith("/api/v1/reports")) {
            return query("select id::text from follow_report order by year, occasion limit 1");
        }
        if (pattern.startsWith("/api/v1/measures")) {
            return query("select id::text from measure where code = 'N03702'");
        }
        if (pattern.startsWith("/api/v1/imports")) {
            return query("select id::text from import_run order by started_at limit 1");
        }
        if (pattern.startsWith("/api/v1/followed-indicators") || pattern.startsWith("/api/v1/indicators")) {
            return query("select id::text from followed_indicator order by sort_order, id limit 1");
        }
        if (pattern.startsWith("/api/v1/organisations")) {
            return query("select id::text from org_unit where code = '0018'"); // the region, whose annual report it is
        }
        if (pattern.startsWith("/api/v1/organisation/units")) {
            return query("select id::text from org_unit where code = 'RTN'");
        }
        if (pattern.startsWith("/api/v1/grants/decisions")) {
            return query("select id::text from grant_decision order by id limit 1");
        }
        if (pattern.startsWith("/api/v1/document-imports")) {
            return query("select id::text from document_import order by id limit 1");
        }
        throw new AssertionError("Inget demo-id för {" + variable + "} i " + pattern + ": lägg till det i OpenApiContractTest.idFor");
    }

    String query(String sql) {
        return jdbc.sql(sql).query(String.class).optional().orElseThrow(() -> new AssertionError("inga demodata: " + sql));
    }


}
