package se.rodtrad.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.rodtrad.organisation.Organisation;

/**
 * Plans of the tests' own, so that no test changes the demo budgets others read: a fresh proposal for a body
 * with copies of a demo plan's tables, or with a frame and areas.
 */
@Component
class BudgetFixtures {

    private final JdbcClient jdbc;
    private final BudgetTableRepository tables;
    private final FrameRepository frames;
    private final Organisation organisation;

    BudgetFixtures(JdbcClient jdbc, BudgetTableRepository tables, FrameRepository frames, Organisation organisation) {
        this.jdbc = jdbc;
        this.tables = tables;
        this.frames = frames;
        this.organisation = organisation;
    }

    private final java.util.Queue<UUID> created = new java.util.concurrent.ConcurrentLinkedQueue<>();

    UUID plan(String bodyCode, int year, String status) {
        UUID body = organisation.unitByCode(bodyCode).orElseThrow().id();
        UUID id = jdbc.sql("insert into plan (key, body_id, year, title, status) values (?, ?, ?, ?, ?) returning id")
                .params("test-" + UUID.randomUUID(), body, year, "Testplan " + year, status).query(UUID.class).single();
        created.add(id);
        return id;
    }

    /** Removes the plans this fixture made, with their budgets, so the shared demo database is as it was. */
    void cleanUp() {
        for (UUID id = created.poll(); id != null; id = created.poll()) {
            jdbc.sql("delete from budget_table where plan_id = ?").param(id).update();
            jdbc.sql("delete from budget_frame where plan_id = ?").param(id).update();
            jdbc.sql("delete from plan where id = ?").param(id).update();
        }
    }

    /** A proposal of the body with copies of the demo plan's tables (slips included). */
    @SuppressWarnings("unchecked")
    UUID planWithTablesOf(String bodyCode, String demoKey) {
        int year = Integer.parseInt(demoKey.substring(demoKey.length() - 4));
        UUID plan = plan(bodyCode, year, "PROPOSAL");
        Map<String, Object> doc = BudgetDemoData.documents("classpath:demo/budget/" + demoKey + ".yaml").get(0);
        int position = 1;
        for (Map<String, Object> t : (List<Map<String, Object>>) doc.get("tables")) {
            BudgetDemoData.Parsed p = BudgetDemoData.parse(t);
            tables.insert(plan, position++, p.kind(), String.valueOf(t.get("title")), (String) t.get("section"), String.valueOf(t.get("unit")),
                    p.decimals(), null, Boolean.TRUE.equals(t.get("fromProse")), (String) t.get("project"), null,
                    (List<String>) t.getOrDefault("notes", List.of()), p.columns(), p.rows(), p.groups(), "test");
        }
        return plan;
    }

    /** A proposal of RTN with seed 004's parameters and two areas (not example data). */
    UUID planWithFrame() {
        UUID plan = plan("RTN", 2026, "PROPOSAL");
        UUID nu = organisation.unitByCode("FRU-NU").orElseThrow().id();
        UUID ek = organisation.unitByCode("FRU-EK").orElseThrow().id();
        frames.insert(new Frame(null, plan, kr("151300000"), kr("146800000"), new BigDecimal("3.1"), kr("4600000"), new BigDecimal("3.4"),
                kr("2500000"), new BigDecimal("3.3"), kr("900000"), new BigDecimal("2.5"), kr("1200000"), kr("1720"), new BigDecimal("4"), false,
                null, null, List.of(),
                List.of(new Frame.Allowance("Schablonanslag", kr("16503")), new Frame.Allowance("Resor och konferens", kr("4613")),
                        new Frame.Allowance("Utbildning/kurskostnad", kr("2665")), new Frame.Allowance("Övrigt (IT-utrustning mm)", kr("9225"))),
                List.of(new Frame.Reserve("Planeringsreserv", kr("3000000")), new Frame.Reserve("FUM", kr("2000000"))),
                List.of(new Frame.AreaInput(nu, "Näringslivsutveckling", kr("10"), kr("1720"), kr("6000000"), true),
                        new Frame.AreaInput(ek, "Energi och klimat", kr("9"), kr("0"), kr("3000000"), true)),
                0, null, null));
        return plan;
    }

    static BigDecimal kr(String s) {
        return new BigDecimal(s);
    }

    BudgetTable table(UUID planId, String title) {
        return tables.findByPlan(planId).stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    List<BudgetTable> tables(UUID planId) {
        return tables.findByPlan(planId);
    }

    static BudgetRow row(BudgetTable t, String label) {
        return t.rows().stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow();
    }
}
