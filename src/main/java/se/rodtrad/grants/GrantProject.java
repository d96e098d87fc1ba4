package se.rodtrad.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A co-financed project: its decision (reference, owner, share of booked costs and cap, period, conditions), its cost
 * budget, financing budget and work in kind as printed (one printed figure per column: the years and "Totalt"), what
 * has been paid, and the checks' findings — the budget's own arithmetic, financing against costs per year and in total,
 * the region's parts against the decided share within the cap, and the parts of a split decision against its amount.
 */
public record GrantProject(UUID id, UUID decisionId, String reference, String title, String owner, String status, String outcome,
        BigDecimal sharePercent, Long cap, LocalDate periodFrom, LocalDate periodTo, String financing, List<String> clauses, List<String> conditions,
        List<String> columns, List<BudgetLine> costs, List<BudgetLine> financingRows, List<BudgetLine> inKind, List<Finding> findings,
        List<String> passed, long paid, Long leftToPay, String source, String priorityRank, List<String> serves, String servesText,
        String decidedBy, LocalDate decidedOn, String delegationPoint, String committeeParagraph) {

    /**
     * A budget line as printed: label, figures per column (the printed text), whether a heading or a total, and for
     * financing lines the financier's kind (CASH, WORKED_TIME), whether it is this decision's part (with its fund and part
     * of the appropriation) or the region's own money.
     */
    public record BudgetLine(String label, boolean heading, boolean total, List<String> printed, String financierKind, boolean decisionPart,
            boolean regionOwn, String fundCode, String partCode, boolean ambiguousColumn) {
    }

    /** A finding: ERROR, WARNING or INFO (rounding), where (budget, row, column) and the sentence. */
    public record Finding(String severity, String budget, String row, String column, String message) {
    }
}
