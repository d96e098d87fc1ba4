package se.rodtrad.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.rodtrad.budget.BudgetChecker;
import se.rodtrad.budget.BudgetColumn;
import se.rodtrad.budget.BudgetRow;
import se.rodtrad.budget.BudgetTable;
import se.rodtrad.budget.Cell;
import se.rodtrad.budget.Finding;
import se.rodtrad.budget.RowRole;
import se.rodtrad.budget.SumScope;
import se.rodtrad.budget.TableKind;
import se.rodtrad.grants.Explanation.Kr;
import se.rodtrad.grants.Explanation.Pct;

/**
 * The checks of a co-financed project's budgets. The arithmetic — each total against its lines, each "Totalt" against
 * the years, figures printed with irregular digit groups ("75 00"), the one cell that explains both a row and a column,
 * and the financing against the booked costs per year and in total — is the budget module's {@link BudgetChecker}, run
 * on the two budgets as printed. On top, what the decision says: the region's parts together equal the decided share of
 * the booked costs within the cap (a difference under one krona is rounding), and the parts of a split decision add up
 * to its amount (MIND: 232 000 kr from 1:1 + 200 000 kr from rambudgetmedel = 432 000 kr).
 */
final class ProjectBudgetCheck {

    /** A finding of the budget checker (message key and arguments, for the reader's language) or of this check. */
    record Result(List<Finding> budgetFindings, List<Own> own, List<Explanation> passed) {
    }

    /** A finding of the decision's own checks. */
    record Own(String severity, String budget, String row, String column, Explanation explanation) {
    }

    static final String COSTS = "Bokförda kostnader";
    static final String FINANCING = "Finansiering";

    private ProjectBudgetCheck() {
    }

    static Result check(String project, List<String> columns, List<GrantProject.BudgetLine> costs, List<GrantProject.BudgetLine> financing,
            BigDecimal sharePercent, Long capOre, Long decidedOre) {
        BudgetTable costTable = table(project, COSTS, 1, columns, costs, RowRole.PROJECT_COSTS);
        BudgetTable financingTable = table(project, FINANCING, 2, columns, financing, RowRole.PROJECT_FINANCING);
        int year = columns.stream().filter(c -> c.matches("\\d{4}")).mapToInt(Integer::parseInt).min().orElse(0);
        List<Finding> findings = new BudgetChecker().check(year, List.of(costTable, financingTable));
        List<Own> own = new ArrayList<>();
        List<Explanation> passed = new ArrayList<>();
        if (findings.isEmpty()) {
            passed.add(Explanation.of("grants.project.passed.arithmetic"));
        }
        if (findings.stream().noneMatch(f -> f.messageKey().equals("budget.check.project"))) {
            passed.add(Explanation.of("grants.project.passed.financingCoversCosts"));
        }
        int total = columns.indexOf("Totalt");
        List<GrantProject.BudgetLine> parts = financing.stream().filter(GrantProject.BudgetLine::decisionPart).toList();
        Long costsTotal = total < 0 ? null : costs.stream().filter(GrantProject.BudgetLine::total).findFirst().map(l -> value(l, total)).orElse(null);
        if (total >= 0 && !parts.isEmpty() && costsTotal != null && sharePercent != null) {
            long regionParts = parts.stream().mapToLong(l -> value(l, total) == null ? 0 : value(l, total)).sum();
            BigDecimal share = BigDecimal.valueOf(costsTotal).multiply(sharePercent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            BigDecimal expected = capOre == null ? share : share.min(BigDecimal.valueOf(capOre));
            BigDecimal diff = BigDecimal.valueOf(regionParts).subtract(expected);
            Explanation sum = Explanation.of("grants.project.regionParts", new Kr(regionParts), new Pct(sharePercent), new Kr(costsTotal),
                    new Kr(share.setScale(0, RoundingMode.HALF_UP).longValue()), capOre == null ? "–" : new Kr(capOre));
            if (diff.abs().compareTo(BigDecimal.valueOf(100)) < 0 && diff.signum() != 0) {
                own.add(new Own("INFO", FINANCING, parts.get(0).label(), "Totalt", Explanation.of("grants.project.regionPartsRounding", sum,
                        new Kr(diff.abs().setScale(0, RoundingMode.HALF_UP).longValue()))));
            } else if (diff.signum() > 0) {
                own.add(new Own("ERROR", FINANCING, parts.get(0).label(), "Totalt", Explanation.of("grants.project.regionPartsOver", sum,
                        new Kr(diff.setScale(0, RoundingMode.HALF_UP).longValue()))));
            } else if (diff.signum() < 0) {
                own.add(new Own("WARNING", FINANCING, parts.get(0).label(), "Totalt", Explanation.of("grants.project.regionPartsUnder", sum,
                        new Kr(diff.abs().setScale(0, RoundingMode.HALF_UP).longValue()))));
            } else {
                passed.add(Explanation.of("grants.project.passed.regionParts", sum));
            }
            if (parts.size() > 1 && decidedOre != null) {
                String terms = String.join(" + ", parts.stream().map(l -> l.printed().get(total) + " kr").toList());
                if (regionParts == decidedOre) {
                    passed.add(Explanation.of("grants.project.passed.split", terms, new Kr(regionParts)));
                } else {
                    own.add(new Own("ERROR", FINANCING, parts.get(0).label(), "Totalt", Explanation.of("grants.project.splitMismatch", terms,
                            new Kr(regionParts), new Kr(decidedOre))));
                }
            }
        }
        return new Result(findings, own, passed);
    }

    /** A printed figure in öre; null when blank or not a figure. */
    static Long value(GrantProject.BudgetLine line, int column) {
        if (column >= line.printed().size()) {
            return null;
        }
        Cell c = Cell.printed(line.printed().get(column));
        return c.isNumber() ? c.ore("kr") : null;
    }

    private static BudgetTable table(String project, String title, int position, List<String> columns, List<GrantProject.BudgetLine> lines,
            RowRole totalRole) {
        List<BudgetColumn> cols = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            cols.add(BudgetColumn.of(i, columns.get(i)));
        }
        List<BudgetRow> rows = new ArrayList<>();
        int p = 1;
        for (GrantProject.BudgetLine l : lines) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(Cell.printed(c < l.printed().size() ? l.printed().get(c) : ""));
            }
            rows.add(new BudgetRow(UUID.randomUUID(), p++, l.label(), l.heading(), l.total(), false, null, l.total() ? totalRole : RowRole.NONE,
                    l.total() ? SumScope.GROUP : null, null, null, l.ambiguousColumn(), null, null, cells));
        }
        return new BudgetTable(UUID.nameUUIDFromBytes((project + title).getBytes(java.nio.charset.StandardCharsets.UTF_8)), null, position,
                TableKind.OTHER, title, null, "kr", 0, null, false, project, null, List.of(), cols, rows, List.of(), 0, Instant.EPOCH, "system");
    }
}
