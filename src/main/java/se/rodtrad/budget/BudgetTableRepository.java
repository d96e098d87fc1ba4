package se.rodtrad.budget;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Budget tables saved and loaded whole: table, columns, rows, cells, savings groups. */
@Repository
class BudgetTableRepository {

    private final JdbcClient jdbc;

    BudgetTableRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from budget_table").query(Long.class).single() == 0;
    }

    List<BudgetTable> findByPlan(UUID planId) {
        List<UUID> ids = jdbc.sql("select id from budget_table where plan_id = ? order by position").param(planId).query(UUID.class).list();
        return load(ids);
    }

    Optional<BudgetTable> findById(UUID tableId) {
        return load(List.of(tableId)).stream().findFirst();
    }

    Map<UUID, Long> countByPlan() {
        Map<UUID, Long> counts = new HashMap<>();
        jdbc.sql("select plan_id, count(*) as n from budget_table group by plan_id")
                .query((rs, i) -> counts.put(rs.getObject("plan_id", UUID.class), rs.getLong("n"))).list();
        return counts;
    }

    int nextPosition(UUID planId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from budget_table where plan_id = ?").param(planId).query(Integer.class).single();
    }

    private record Head(UUID id, UUID planId, int position, TableKind kind, String title, String section, String unit, int decimals,
            String sourceLines, boolean fromProse, String project, String grantTerms, String notes, int version,
            java.time.Instant updatedAt, String updatedBy) {
    }

    private List<BudgetTable> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] array = ids.toArray(UUID[]::new);
        Map<UUID, Head> heads = new LinkedHashMap<>();
        jdbc.sql("""
                select id, plan_id, position, kind, title, section, unit, decimals, source_lines, from_prose, project, grant_terms, notes,
                       version, updated_at, updated_by
                from budget_table where id = any (?) order by plan_id, position""").param(array)
                .query((rs, i) -> new Head(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getInt("position"),
                        TableKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("section"), rs.getString("unit"),
                        rs.getInt("decimals"), rs.getString("source_lines"), rs.getBoolean("from_prose"), rs.getString("project"),
                        rs.getString("grant_terms"), rs.getString("notes"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(),
                        rs.getString("updated_by")))
                .list().forEach(h -> heads.put(h.id(), h));

        Map<UUID, List<BudgetColumn>> columns = new HashMap<>();
        jdbc.sql("select table_id, position, label, role, period from budget_column where table_id = any (?) order by table_id, position")
                .param(array)
                .query((rs, i) -> columns.computeIfAbsent(rs.getObject("table_id", UUID.class), k -> new ArrayList<>())
                        .add(new BudgetColumn(rs.getInt("position"), rs.getString("label"), ColumnRole.valueOf(rs.getString("role")),
                                rs.getString("period"))))
                .list();

        Map<UUID, Map<Integer, Cell>> cells = new HashMap<>();
        jdbc.sql("select row_id, column_position, value, decimals, unit, printed from budget_cell where table_id = any (?)").param(array)
                .query((rs, i) -> cells.computeIfAbsent(rs.getObject("row_id", UUID.class), k -> new HashMap<>())
                        .put(rs.getInt("column_position"), cell(rs)))
                .list();

        Map<UUID, List<BudgetRow>> rows = new HashMap<>();
        jdbc.sql("""
                select id, table_id, position, label, heading, total, varav, parent_id, role, sum_scope, line_group, consequence,
                       ambiguous_column, source_line, printed_text
                from budget_row where table_id = any (?) order by table_id, position""").param(array)
                .query((rs, i) -> {
                    UUID tableId = rs.getObject("table_id", UUID.class);
                    UUID rowId = rs.getObject("id", UUID.class);
                    int width = columns.getOrDefault(tableId, List.of()).size();
                    Map<Integer, Cell> byColumn = cells.getOrDefault(rowId, Map.of());
                    List<Cell> rowCells = new ArrayList<>();
                    for (int c = 0; c < width; c++) {
                        rowCells.add(byColumn.getOrDefault(c, Cell.BLANK));
                    }
                    String scope = rs.getString("sum_scope");
                    Integer line = rs.getObject("source_line") == null ? null : rs.getInt("source_line");
                    return rows.computeIfAbsent(tableId, k -> new ArrayList<>()).add(new BudgetRow(rowId, rs.getInt("position"),
                            rs.getString("label"), rs.getBoolean("heading"), rs.getBoolean("total"), rs.getBoolean("varav"),
                            rs.getObject("parent_id", UUID.class), RowRole.valueOf(rs.getString("role")),
                            scope == null ? null : SumScope.valueOf(scope), rs.getString("line_group"), rs.getString("consequence"),
                            rs.getBoolean("ambiguous_column"), line, rs.getString("printed_text"), rowCells));
                })
                .list();

        Map<UUID, List<SavingsGroup>> groups = new HashMap<>();
        jdbc.sql("select table_id, name, measure, consequence, source_lines from budget_savings_group where table_id = any (?) order by table_id, position")
                .param(array)
                .query((rs, i) -> groups.computeIfAbsent(rs.getObject("table_id", UUID.class), k -> new ArrayList<>())
                        .add(new SavingsGroup(rs.getString("name"), rs.getString("measure"), rs.getString("consequence"), rs.getString("source_lines"))))
                .list();

        List<BudgetTable> result = new ArrayList<>();
        for (Head h : heads.values()) {
            List<String> notes = h.notes() == null || h.notes().isBlank() ? List.of() : Arrays.asList(h.notes().split("\n"));
            result.add(new BudgetTable(h.id(), h.planId(), h.position(), h.kind(), h.title(), h.section(), h.unit(), h.decimals(),
                    h.sourceLines(), h.fromProse(), h.project(), h.grantTerms(), notes, columns.getOrDefault(h.id(), List.of()),
                    rows.getOrDefault(h.id(), List.of()), groups.getOrDefault(h.id(), List.of()), h.version(), h.updatedAt(), h.updatedBy()));
        }
        return result;
    }

    private static Cell cell(ResultSet rs) throws SQLException {
        BigDecimal value = rs.getBigDecimal("value");
        int decimals = rs.getInt("decimals");
        if (value != null) {
            value = value.stripTrailingZeros();
            if (value.scale() < decimals) {
                value = value.setScale(decimals);
            }
        }
        return new Cell(value, decimals, rs.getString("unit"), rs.getString("printed"));
    }

    /** Inserts a whole table; row parents are given by the index of the parent row in {@code rows}. */
    UUID insert(UUID planId, int position, TableKind kind, String title, String section, String unit, int decimals, String sourceLines,
            boolean fromProse, String project, String grantTerms, List<String> notes, List<BudgetColumn> columns, List<NewRow> rows,
            List<SavingsGroup> groups, String actor) {
        UUID tableId = jdbc.sql("""
                insert into budget_table (plan_id, position, kind, title, section, unit, decimals, source_lines, from_prose, project,
                                          grant_terms, notes, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(planId, position, kind.name(), title, section, unit, decimals, sourceLines, fromProse, project, grantTerms,
                        notes == null || notes.isEmpty() ? null : String.join("\n", notes), actor)
                .query(UUID.class).single();
        for (BudgetColumn c : columns) {
            jdbc.sql("insert into budget_column (table_id, position, label, role, period) values (?, ?, ?, ?, ?)")
                    .params(tableId, c.position(), c.label(), c.role().name(), c.period()).update();
        }
        List<UUID> rowIds = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NewRow r = rows.get(i);
            UUID parent = r.parentIndex() == null ? null : rowIds.get(r.parentIndex());
            UUID rowId = jdbc.sql("""
                    insert into budget_row (table_id, position, label, heading, total, varav, parent_id, role, sum_scope, line_group,
                                            consequence, ambiguous_column, source_line, printed_text)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(tableId, i + 1, r.label(), r.heading(), r.total(), r.varav(), parent, r.role().name(),
                            r.sumScope() == null ? null : r.sumScope().name(), r.group(), r.consequence(), r.ambiguousColumn(),
                            r.sourceLine(), r.printedText())
                    .query(UUID.class).single();
            rowIds.add(rowId);
            for (int c = 0; c < r.cells().size(); c++) {
                Cell cell = r.cells().get(c);
                jdbc.sql("insert into budget_cell (table_id, row_id, column_position, value, decimals, unit, printed) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(tableId, rowId, c, cell.value(), cell.decimals(), cell.unit(), cell.printed()).update();
            }
        }
        int g = 1;
        for (SavingsGroup group : groups) {
            jdbc.sql("insert into budget_savings_group (table_id, position, name, measure, consequence, source_lines) values (?, ?, ?, ?, ?, ?)")
                    .params(tableId, g++, group.name(), group.measure(), group.consequence(), group.sourceLines()).update();
        }
        return tableId;
    }

    /** A row to insert; {@code parentIndex} is the position in the list of the "varav" row it belongs to. */
    record NewRow(String label, boolean heading, boolean total, boolean varav, Integer parentIndex, RowRole role, SumScope sumScope,
            String group, String consequence, boolean ambiguousColumn, Integer sourceLine, String printedText, List<Cell> cells) {
    }

    /** Claims the version the editor read; false when someone saved in between. */
    boolean claim(UUID tableId, int version, String actor) {
        return jdbc.sql("update budget_table set version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(actor, tableId, version).update() == 1;
    }

    void updateCell(UUID tableId, UUID rowId, int column, Cell cell) {
        int n = jdbc.sql("update budget_cell set value = ?, decimals = ?, unit = ?, printed = ? where row_id = ? and column_position = ? and table_id = ?")
                .params(cell.value(), cell.decimals(), cell.unit(), cell.printed(), rowId, column, tableId).update();
        if (n == 0) {
            jdbc.sql("insert into budget_cell (table_id, row_id, column_position, value, decimals, unit, printed) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(tableId, rowId, column, cell.value(), cell.decimals(), cell.unit(), cell.printed()).update();
        }
    }
}
