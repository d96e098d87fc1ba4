package se.rodtrad.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A table as a test writes it down: rows of printed figures, the way the YAML files hold them. */
final class TableBuilder {

    private final Map<String, Object> yaml = new LinkedHashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    private TableBuilder(TableKind kind, String title, String unit, String... columns) {
        yaml.put("kind", kind.name());
        yaml.put("title", title);
        yaml.put("unit", unit);
        yaml.put("columns", List.of(columns));
        yaml.put("rows", rows);
    }

    static TableBuilder table(TableKind kind, String title, String unit, String... columns) {
        return new TableBuilder(kind, title, unit, columns);
    }

    TableBuilder project(String project) {
        yaml.put("project", project);
        return this;
    }

    TableBuilder line(String label, String... values) {
        return add(label, values, Map.of());
    }

    TableBuilder total(String label, String... values) {
        return add(label, values, Map.of("total", true));
    }

    TableBuilder heading(String label) {
        return add(label, new String[0], Map.of("heading", true));
    }

    TableBuilder varav(String label, String... values) {
        return add(label, values, Map.of("total", true, "varav", true));
    }

    TableBuilder child(String parent, String label, String... values) {
        return add(label, values, Map.of("parent", parent));
    }

    TableBuilder role(String label, RowRole role, String... values) {
        return add(label, values, Map.of("role", role.name()));
    }

    private TableBuilder add(String label, String[] values, Map<String, Object> extra) {
        Map<String, Object> row = new LinkedHashMap<>(extra);
        row.put("label", label);
        row.put("values", List.of(values));
        rows.add(row);
        return this;
    }

    BudgetTable build() {
        return DemoTables.table(UUID.randomUUID(), 1, yaml);
    }
}
