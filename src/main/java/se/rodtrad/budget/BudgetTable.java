package se.rodtrad.budget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One budget table of a plan as the document prints it: kind, heading, section, unit ("mnkr", "kr", or
 * "as printed" when each figure carries its own), printed decimals, columns, rows. The aggregate that is
 * saved whole; {@code version} guards against overwriting someone else's save.
 */
public record BudgetTable(
        UUID id,
        UUID planId,
        int position,
        TableKind kind,
        String title,
        String section,
        String unit,
        int decimals,
        String sourceLines,
        boolean fromProse,
        String project,
        String grantTerms,
        List<String> notes,
        List<BudgetColumn> columns,
        List<BudgetRow> rows,
        List<SavingsGroup> groups,
        int version,
        Instant updatedAt,
        String updatedBy) {

    private static final Set<String> MONEY = Set.of("mnkr", "tkr", "kr");

    public BudgetTable {
        notes = notes == null ? List.of() : List.copyOf(notes);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** Whether the table's figures are amounts that add up (not quotes from prose, not ratios). */
    public boolean isArithmetic() {
        return kind != TableKind.FRAME && kind != TableKind.KEY_RATIOS && unit != null
                && MONEY.contains(unit.toLowerCase(Locale.ROOT));
    }

    /** The rows a person types figures into: every row but the headings, which only group the rows under them. */
    public List<BudgetRow> figureRows() {
        return rows.stream().filter(r -> !r.heading()).toList();
    }

    public Optional<BudgetRow> row(UUID rowId) {
        return rows.stream().filter(r -> r.id() != null && r.id().equals(rowId)).findFirst();
    }

    public List<BudgetRow> children(BudgetRow parent) {
        return rows.stream().filter(r -> parent.id() != null && parent.id().equals(r.parentId())).toList();
    }

    public Optional<BudgetRow> parent(BudgetRow child) {
        return child.parentId() == null ? Optional.empty() : row(child.parentId());
    }

    public Optional<BudgetColumn> column(String label) {
        return columns.stream().filter(c -> c.label().equals(label)).findFirst();
    }

    public Optional<BudgetRow> rowWithRole(RowRole role) {
        return rows.stream().filter(r -> r.role() == role).findFirst();
    }

    /** The row's label with its "varav" parent, so that the many "Staben" rows can be told apart. */
    public String qualifiedLabel(BudgetRow row) {
        return parent(row).map(p -> row.label() + " (" + p.label() + ")").orElse(row.label());
    }

    /** The same table with some cells replaced; used to check a change before it is saved. */
    public BudgetTable withCells(java.util.Map<UUID, java.util.Map<Integer, Cell>> changes) {
        List<BudgetRow> newRows = new ArrayList<>();
        for (BudgetRow r : rows) {
            var rowChanges = changes.get(r.id());
            if (rowChanges == null) {
                newRows.add(r);
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(rowChanges.getOrDefault(c, r.cell(c)));
            }
            newRows.add(r.withCells(cells));
        }
        return new BudgetTable(id, planId, position, kind, title, section, unit, decimals, sourceLines, fromProse, project,
                grantTerms, notes, columns, newRows, groups, version, updatedAt, updatedBy);
    }
}
