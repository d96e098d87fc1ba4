package se.rodtrad.budget;

import java.util.List;
import java.util.UUID;

/**
 * A row as printed. {@code heading}: a caption with no figures ("Verksamhetens intäkter"); {@code total}: a sum
 * of other rows; {@code varav}: "…, varav" — a subtotal whose children ({@code parentId} pointing at it) are
 * only a part of it. Savings rows carry their group of measures and its consequence.
 */
public record BudgetRow(
        UUID id,
        int position,
        String label,
        boolean heading,
        boolean total,
        boolean varav,
        UUID parentId,
        RowRole role,
        SumScope sumScope,
        String group,
        String consequence,
        boolean ambiguousColumn,
        Integer sourceLine,
        String printedText,
        List<Cell> cells) {

    public BudgetRow {
        role = role == null ? RowRole.NONE : role;
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    /** A total that adds up other lines (a "varav" subtotal is a line of its parent's sum). */
    public boolean isSum() {
        return total && !varav;
    }

    /** A line that a total adds up. */
    public boolean isLine() {
        return !heading && !isSum();
    }

    public boolean isChild() {
        return parentId != null;
    }

    BudgetRow withCells(List<Cell> newCells) {
        return new BudgetRow(id, position, label, heading, total, varav, parentId, role, sumScope, group, consequence,
                ambiguousColumn, sourceLine, printedText, newCells);
    }
}
