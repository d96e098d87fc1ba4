package se.rodtrad.budget;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A body's budget for a year was decided: the operating budget (driftbudget) as the decided plan prints it, line by line,
 * and the result line of its income statement (resultatbudget). Published when a plan is decided — the first decision
 * and every decided revision (a changed frame, a revised budget) — and for the demo's decided plans when they are
 * loaded. {@code version} is the plan's revision: version 2 is the budget of the plan's second decided version. The
 * event carries values, not table ids, so that whoever follows the budget keeps its own copy of what was decided.
 *
 * <p>Amounts in öre. {@code resultOre} is the income statement's "Resultat" in the plan year's budget column, signed as
 * printed (a cost is negative); null when the plan has no income statement.
 */
public record BudgetDecided(UUID planId, UUID bodyId, String bodyName, int year, int version, LocalDate decidedOn, String decidedBy,
        String paragraph, List<AreaLine> lines, Long resultOre, String source) {

    public BudgetDecided {
        lines = List.copyOf(lines);
    }

    /**
     * One line of the operating budget: its label as printed, the "varav" line it is part of (null for a line of its
     * own), the organisation unit it names (null when the label names none of the body's units, e.g. "Hälsovalsenheten"),
     * the turnover (omsättning; null when the table prints only the net) and the net cost, positive when a cost — the
     * part of the body's frame the area has ("Varav budgetram").
     */
    public record AreaLine(String label, String partOf, UUID areaId, String areaCode, Long turnoverOre, long netCostOre) {
    }
}
