package se.rodtrad.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The demo budget files read straight into tables, without a database: fixtures for the checker's tests. */
final class DemoTables {

    private DemoTables() {
    }

    @SuppressWarnings("unchecked")
    static List<BudgetTable> of(String planKey) {
        Map<String, Object> doc = BudgetDemoData.documents("classpath:demo/budget/" + planKey + ".yaml").get(0);
        List<BudgetTable> result = new ArrayList<>();
        UUID planId = UUID.nameUUIDFromBytes(planKey.getBytes());
        int position = 1;
        for (Map<String, Object> t : (List<Map<String, Object>>) doc.get("tables")) {
            result.add(table(planId, position++, t));
        }
        return result;
    }

    static BudgetTable table(UUID planId, int position, Map<String, Object> t) {
        BudgetDemoData.Parsed p = BudgetDemoData.parse(t);
        List<UUID> ids = new ArrayList<>();
        List<BudgetRow> rows = new ArrayList<>();
        for (int i = 0; i < p.rows().size(); i++) {
            BudgetTableRepository.NewRow r = p.rows().get(i);
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(new BudgetRow(id, i + 1, r.label(), r.heading(), r.total(), r.varav(), r.parentIndex() == null ? null : ids.get(r.parentIndex()),
                    r.role(), r.sumScope(), r.group(), r.consequence(), r.ambiguousColumn(), r.sourceLine(), r.printedText(), r.cells()));
        }
        return new BudgetTable(UUID.randomUUID(), planId, position, p.kind(), String.valueOf(t.get("title")), (String) t.get("section"),
                String.valueOf(t.get("unit")), p.decimals(), null, false, (String) t.get("project"), null, List.of(), p.columns(), rows,
                p.groups(), 0, java.time.Instant.now(), "test");
    }
}
