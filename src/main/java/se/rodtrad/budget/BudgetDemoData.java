package se.rodtrad.budget;

import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * Loads the budget tables transcribed from the seeds ({@code demo/budget/<plan>.yaml}) on first start, exactly
 * as printed — slips included, for the checker to find. Runs after organisation (10) and planning (20).
 */
@Component
@Order(30)
class BudgetDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BudgetDemoData.class);

    private final BudgetTableRepository tables;
    private final FrameRepository frames;
    private final Plans plans;
    private final se.rodtrad.organisation.Organisation organisation;
    private final TransactionTemplate tx;

    BudgetDemoData(BudgetTableRepository tables, FrameRepository frames, Plans plans, se.rodtrad.organisation.Organisation organisation,
            TransactionTemplate tx) {
        this.tables = tables;
        this.frames = frames;
        this.plans = plans;
        this.organisation = organisation;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (!tables.isEmpty()) {
                return;
            }
            int count = 0;
            for (Map<String, Object> doc : documents("classpath:demo/budget/*.yaml")) {
                if (doc.get("plan") == null) {
                    continue;
                }
                String key = String.valueOf(doc.get("plan"));
                PlanSummary plan = plans.byKey(key).orElse(null);
                if (plan == null) {
                    log.warn("Budget för {} hoppas över: planen finns inte", key);
                    continue;
                }
                count += load(plan, doc);
                new FrameDemoData(frames, organisation).load(plan, doc);
            }
            log.info("Budgettabeller inlästa: {}", count);
        });
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents(String pattern) {
        List<Map<String, Object>> result = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(pattern);
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    Map<String, Object> doc = new Yaml(new LoaderOptions()).load(in);
                    doc.put("_file", file.getFilename());
                    result.add(doc);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa demo/budget", e);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private int load(PlanSummary plan, Map<String, Object> doc) {
        int position = 1;
        for (Map<String, Object> t : (List<Map<String, Object>>) doc.getOrDefault("tables", List.of())) {
            Parsed parsed = parse(t);
            tables.insert(plan.id(), position++, parsed.kind(), str(t.get("title")), str(t.get("section")), str(t.get("unit")),
                    parsed.decimals(), str(t.get("lines")), Boolean.TRUE.equals(t.get("fromProse")) || Boolean.TRUE.equals(t.get("fromBullets")),
                    str(t.get("project")), grant(t.get("grant")), (List<String>) t.getOrDefault("notes", List.of()), parsed.columns(),
                    parsed.rows(), parsed.groups(), "system");
        }
        return position - 1;
    }

    record Parsed(TableKind kind, int decimals, List<BudgetColumn> columns, List<BudgetTableRepository.NewRow> rows, List<SavingsGroup> groups) {
    }

    /** One table of the YAML: columns with their roles, rows with their structure, cells read from the printed text. */
    @SuppressWarnings("unchecked")
    static Parsed parse(Map<String, Object> t) {
        TableKind kind = TableKind.valueOf(str(t.get("kind")));
        List<String> labels = (List<String>) t.get("columns");
        List<BudgetColumn> columns = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            columns.add(BudgetColumn.of(i, labels.get(i)));
        }
        List<BudgetTableRepository.NewRow> rows = new ArrayList<>();
        Map<String, Integer> indexByLabel = new HashMap<>();
        Map<Integer, Integer> decimalsCount = new LinkedHashMap<>();
        boolean lineAbove = false;
        for (Map<String, Object> r : (List<Map<String, Object>>) t.getOrDefault("rows", List.of())) {
            String label = str(r.get("label"));
            List<Object> values = (List<Object>) r.getOrDefault("values", List.of());
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = Cell.printed(c < values.size() ? str(values.get(c)) : "");
                cells.add(cell);
                if (cell.isNumber() && cell.unit() == null) {
                    decimalsCount.merge(cell.decimals(), 1, Integer::sum);
                }
            }
            boolean heading = Boolean.TRUE.equals(r.get("heading"));
            boolean total = Boolean.TRUE.equals(r.get("total"));
            boolean varav = Boolean.TRUE.equals(r.get("varav"));
            Integer parent = r.get("parent") == null ? null : indexByLabel.get(str(r.get("parent")));
            if (r.get("parent") != null && parent == null) {
                throw new IllegalStateException("Raden " + label + " pekar på en okänd varav-rad " + r.get("parent"));
            }
            RowRole role = r.get("role") != null ? RowRole.valueOf(str(r.get("role"))) : RowRole.infer(kind, label);
            SumScope scope = null;
            if (total && !varav) {
                scope = r.get("sums") != null ? SumScope.valueOf(str(r.get("sums"))) : SumScope.infer(label, lineAbove);
            }
            if (parent == null && !heading) {
                lineAbove = true;
            }
            Integer line = r.get("line") instanceof Number n ? n.intValue() : null;
            rows.add(new BudgetTableRepository.NewRow(label, heading, total, varav, parent, role, scope, str(r.get("group")),
                    str(r.get("consequence")), Boolean.TRUE.equals(r.get("ambiguousColumn")), line, str(r.get("printed")), cells));
            indexByLabel.put(label, rows.size() - 1);
        }
        int decimals = decimalsCount.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
        List<SavingsGroup> groups = new ArrayList<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) t.getOrDefault("groups", List.of())) {
            groups.add(new SavingsGroup(str(g.get("name")), str(g.get("measure")), str(g.get("consequence")), str(g.get("lines"))));
        }
        return new Parsed(kind, decimals, columns, rows, groups);
    }

    private static String grant(Object o) {
        if (!(o instanceof Map<?, ?> m)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (m.get("share") != null) {
            parts.add(String.valueOf(m.get("share")));
        }
        if (m.get("max") != null) {
            parts.add("högst " + m.get("max"));
        }
        if (m.get("start") != null || m.get("end") != null) {
            parts.add(m.get("start") + "–" + m.get("end"));
        }
        return String.join(", ", parts);
    }
}
