package se.rodtrad.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the arithmetic slips of a plan's budget tables — every identity the documents rely on:
 * <ul>
 * <li>each total against its lines, following the printed structure (headings, "Summa", running totals such as
 * "Verksamhetens nettokostnader" = intäkter + kostnader and "Resultat" = nettokostnader + finansnetto
 * (+ regionbidrag), a total printed above its lines), and each "Totalt" column against the row's years;</li>
 * <li>"…, varav" rows: the parts listed under them cannot add up to more than the whole;</li>
 * <li>signs consistent within a group of lines;</li>
 * <li>the same quantity in two places: the operating budget's turnover and frame against the income statement
 * (turnover = intäkter + ramanslag, frame = regionbidrag or −resultat), the text's turnover, frame, financing
 * shares, forecast deviation and reduction requirement against the tables, a project's financing against its
 * booked costs, the frame against last year's frame plus its uprating, and the uprating against its parts.</li>
 * </ul>
 * Figures are compared as printed: when what they add up to, rounded to the printed decimals, equals the printed
 * figure there is no finding. A difference no larger than the rounding of the printed figures can explain
 * (half a unit of the last printed decimal per figure) is reported as INFO and said to be possibly rounding;
 * a larger one is an ERROR between tables and a WARNING where the text is involved.
 */
public final class BudgetChecker {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A total and the lines it adds up. */
    public record Sum(BudgetRow total, List<BudgetRow> lines) {
    }

    public List<Finding> check(int planYear, List<BudgetTable> tables) {
        List<Finding> findings = new ArrayList<>();
        for (BudgetTable t : tables) {
            if (t.isArithmetic()) {
                List<Mismatch> mismatches = new ArrayList<>();
                totals(t, findings, mismatches);
                totalColumns(t, findings, mismatches);
                culprits(t, findings, mismatches);
                varav(t, findings);
                signs(t, findings);
            }
        }
        turnoverAndFrame(tables, findings);
        prose(planYear, tables, findings);
        ProseRules.savings(tables, findings);
        projects(tables, findings);
        frameModel(tables, findings);
        return findings;
    }

    // ---- structure -------------------------------------------------------------------------------------------

    /** Which lines each total of the table adds up. Children of "varav" rows and headings are never lines. */
    public static List<Sum> sums(BudgetTable table) {
        List<BudgetRow> top = table.rows().stream().filter(r -> !r.isChild() && !r.heading()).toList();
        List<Sum> result = new ArrayList<>();
        List<BudgetRow> running = new ArrayList<>();
        List<BudgetRow> sinceLastTotal = new ArrayList<>();
        boolean lineAbove = false;
        for (int i = 0; i < top.size(); i++) {
            BudgetRow row = top.get(i);
            if (!row.isSum()) {
                running.add(row);
                sinceLastTotal.add(row);
                lineAbove = true;
                continue;
            }
            SumScope scope = row.sumScope() != null ? row.sumScope() : SumScope.infer(row.label(), lineAbove);
            List<BudgetRow> lines = new ArrayList<>();
            if (scope == SumScope.BELOW) {
                for (int j = i + 1; j < top.size() && !top.get(j).isSum(); j++) {
                    lines.add(top.get(j));
                }
            } else if (scope == SumScope.GROUP && !sinceLastTotal.isEmpty()) {
                lines.addAll(sinceLastTotal);
                running.removeAll(sinceLastTotal);
                running.add(row);
            } else {
                lines.addAll(running);
                running.clear();
                running.add(row);
            }
            sinceLastTotal.clear();
            lineAbove = true;
            if (!lines.isEmpty()) {
                result.add(new Sum(row, List.copyOf(lines)));
            }
        }
        return result;
    }

    /**
     * What each total cell should be by its lines (and each "Totalt" cell by its row's years): row id → column →
     * computed value. The page shows these beside the printed totals while a person edits.
     */
    public static Map<UUID, Map<Integer, BigDecimal>> computedTotals(BudgetTable table) {
        Map<UUID, Map<Integer, BigDecimal>> result = new LinkedHashMap<>();
        if (!table.isArithmetic()) {
            return result;
        }
        for (Sum sum : sums(table)) {
            for (int c = 0; c < table.columns().size(); c++) {
                BigDecimal s = sumOf(sum.lines(), c);
                if (s != null) {
                    result.computeIfAbsent(sum.total().id(), k -> new LinkedHashMap<>()).put(c, s);
                }
            }
        }
        List<Integer> valueColumns = valueColumns(table);
        for (BudgetColumn col : table.columns()) {
            if (col.role() != ColumnRole.TOTAL) {
                continue;
            }
            for (BudgetRow row : table.rows()) {
                BigDecimal s = null;
                for (int c : valueColumns) {
                    if (row.cell(c).isNumber()) {
                        s = (s == null ? BigDecimal.ZERO : s).add(row.cell(c).value());
                    }
                }
                if (s != null) {
                    result.computeIfAbsent(row.id(), k -> new LinkedHashMap<>()).putIfAbsent(col.position(), s);
                }
            }
        }
        return result;
    }

    private static BigDecimal sumOf(List<BudgetRow> lines, int column) {
        BigDecimal s = null;
        for (BudgetRow r : lines) {
            Cell cell = r.cell(column);
            if (cell.isText()) {
                return null;
            }
            if (cell.isNumber()) {
                s = (s == null ? BigDecimal.ZERO : s).add(cell.value());
            }
        }
        return s;
    }

    private static List<Integer> valueColumns(BudgetTable table) {
        return table.columns().stream().filter(c -> c.role() == ColumnRole.VALUE).map(BudgetColumn::position).toList();
    }

    // ---- one table -------------------------------------------------------------------------------------------

    /** A total that disagrees: where its finding is, the printed and computed value, and the lines it adds up. */
    private record Mismatch(int finding, BudgetRow row, int column, boolean rowTotal, BigDecimal printed, BigDecimal computed,
            List<BudgetRow> lines) {

        BigDecimal delta() {
            return printed.subtract(computed);
        }
    }

    /**
     * A row's "Totalt" and a column's sum that are both off by the same amount point at the one cell they share:
     * correcting it makes both add up (Tillväxtverket 684 120 → 648 120). Said in both findings.
     */
    private void culprits(BudgetTable t, List<Finding> out, List<Mismatch> mismatches) {
        for (Mismatch row : mismatches) {
            if (!row.rowTotal()) {
                continue;
            }
            for (Mismatch column : mismatches) {
                if (column.rowTotal() || column.lines().stream().noneMatch(r -> r.id().equals(row.row().id()))) {
                    continue;
                }
                Cell shared = row.row().cell(column.column());
                BigDecimal corrected;
                if (column.column() == row.column()) {
                    if (row.delta().negate().compareTo(column.delta()) != 0) {
                        continue;
                    }
                    corrected = row.computed();
                } else {
                    if (row.delta().compareTo(column.delta()) != 0 || !shared.isNumber()) {
                        continue;
                    }
                    corrected = shared.value().add(row.delta());
                }
                String unit = unitOf(t, shared);
                Phrase hint = Phrase.of("budget.check.culprit", spoken(t.qualifiedLabel(row.row())), t.columns().get(column.column()).label(),
                        amount(shared, unit), amount(corrected, shared.decimals(), unit));
                withHint(out, row.finding(), hint);
                withHint(out, column.finding(), hint);
            }
        }
    }

    /** Puts a hint in a finding's last (optional) sentence unless it already says something there. */
    private static void withHint(List<Finding> out, int index, Phrase hint) {
        Finding f = out.get(index);
        List<Object> args = new ArrayList<>(f.arguments());
        if (args.get(args.size() - 1) instanceof Phrase p && p.isEmpty()) {
            args.set(args.size() - 1, hint);
            out.set(index, new Finding(f.severity(), f.tableId(), f.table(), f.row(), f.column(), f.messageKey(), args));
        }
    }

    /** A label as it reads in a sentence: without the printed dash of a sub-row or the trailing ", varav". */
    static String spoken(String label) {
        String s = label.strip();
        if (s.startsWith("- ")) {
            s = s.substring(2);
        }
        if (s.endsWith(", varav")) {
            s = s.substring(0, s.length() - ", varav".length());
        }
        if (s.endsWith(":")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    private void totals(BudgetTable t, List<Finding> out, List<Mismatch> mismatches) {
        for (Sum sum : sums(t)) {
            for (BudgetColumn col : t.columns()) {
                int c = col.position();
                Cell printed = sum.total().cell(c);
                BigDecimal computed = sumOf(sum.lines(), c);
                if (!printed.isNumber() || computed == null) {
                    continue;
                }
                List<Cell> terms = sum.lines().stream().map(r -> r.cell(c)).filter(Cell::isNumber).toList();
                Comparison cmp = compare(printed.value(), printed.decimals(), computed, terms);
                if (cmp.agrees()) {
                    continue;
                }
                String unit = unitOf(t, printed);
                Phrase irregular = irregular(sum.lines(), c, t);
                mismatches.add(new Mismatch(out.size(), sum.total(), c, false, printed.value(), computed, sum.lines()));
                if (sum.lines().size() <= 4) {
                    String names = String.join(" + ", sum.lines().stream().map(r -> spoken(r.label())).toList());
                    out.add(finding(cmp.severity(Severity.ERROR), t, sum.total(), col, "budget.check.sumOf", names,
                            amount(computed, cmp.decimals(), unit), spoken(sum.total().label()), amount(printed, unit), cmp.phrase(unit), irregular));
                } else {
                    out.add(finding(cmp.severity(Severity.ERROR), t, sum.total(), col, "budget.check.sum",
                            amount(computed, cmp.decimals(), unit), spoken(sum.total().label()), amount(printed, unit), cmp.phrase(unit), irregular));
                }
            }
        }
    }

    private static Phrase irregular(List<BudgetRow> rows, int column, BudgetTable t) {
        for (BudgetRow r : rows) {
            if (r.cell(column).isNumber() && r.cell(column).irregularGrouping()) {
                return Phrase.of("budget.check.irregularLine", spoken(t.qualifiedLabel(r)), r.cell(column).printed());
            }
        }
        return Phrase.NONE;
    }

    private void totalColumns(BudgetTable t, List<Finding> out, List<Mismatch> mismatches) {
        List<Integer> values = valueColumns(t);
        if (values.isEmpty()) {
            return;
        }
        for (BudgetColumn col : t.columns()) {
            if (col.role() != ColumnRole.TOTAL) {
                continue;
            }
            for (BudgetRow row : t.rows()) {
                Cell printed = row.cell(col.position());
                List<Cell> terms = values.stream().map(row::cell).filter(Cell::isNumber).toList();
                if (!printed.isNumber() || terms.isEmpty() || values.stream().map(row::cell).anyMatch(Cell::isText)) {
                    continue;
                }
                BigDecimal computed = terms.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                Comparison cmp = compare(printed.value(), printed.decimals(), computed, terms);
                if (cmp.agrees()) {
                    continue;
                }
                String unit = unitOf(t, printed);
                String names = String.join(" + ", values.stream().map(v -> t.columns().get(v).label()).toList());
                Phrase irregular = printed.irregularGrouping() ? Phrase.of("budget.check.irregular", printed.printed()) : Phrase.NONE;
                mismatches.add(new Mismatch(out.size(), row, col.position(), true, printed.value(), computed, List.of()));
                out.add(finding(cmp.severity(Severity.ERROR), t, row, col, "budget.check.rowTotal", names,
                        amount(computed, cmp.decimals(), unit), col.label(), amount(printed, unit), cmp.phrase(unit), irregular));
            }
        }
    }

    private void varav(BudgetTable t, List<Finding> out) {
        for (BudgetRow parent : t.rows()) {
            if (!parent.varav()) {
                continue;
            }
            List<BudgetRow> children = t.children(parent);
            if (children.isEmpty()) {
                continue;
            }
            for (BudgetColumn col : t.columns()) {
                int c = col.position();
                Cell whole = parent.cell(c);
                List<Cell> parts = children.stream().map(r -> r.cell(c)).filter(Cell::isNumber).toList();
                if (!whole.isNumber() || parts.isEmpty() || whole.value().signum() == 0) {
                    continue;
                }
                BigDecimal sum = parts.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.signum() != whole.value().signum() || sum.abs().compareTo(whole.value().abs()) <= 0) {
                    continue;
                }
                BigDecimal excess = sum.abs().subtract(whole.value().abs());
                BigDecimal tolerance = halfUnit(whole.decimals());
                for (Cell p : parts) {
                    tolerance = tolerance.add(halfUnit(p.decimals()));
                }
                String unit = unitOf(t, whole);
                int decimals = Math.max(whole.decimals(), parts.stream().mapToInt(Cell::decimals).max().orElse(0));
                boolean rounding = excess.compareTo(tolerance) <= 0;
                Phrase diff = Phrase.of(rounding ? "budget.check.diffRounding" : "budget.check.diff", amount(excess, decimals, unit));
                out.add(finding(rounding ? Severity.INFO : Severity.ERROR, t, parent, col, "budget.check.varav", spoken(parent.label()),
                        amount(sum, decimals, unit), amount(whole, unit), diff));
            }
        }
    }

    /** Lines that belong together: the parts of a "varav" row, the lines under a heading, the lines between totals. */
    private static Map<String, List<BudgetRow>> lineGroups(BudgetTable t) {
        Map<String, List<BudgetRow>> groups = new LinkedHashMap<>();
        for (BudgetRow r : t.rows()) {
            if (r.varav()) {
                List<BudgetRow> children = t.children(r);
                if (!children.isEmpty()) {
                    groups.put(r.id() + "|" + r.label(), children);
                }
            }
        }
        String name = t.title();
        List<BudgetRow> current = new ArrayList<>();
        int n = 0;
        for (BudgetRow r : t.rows()) {
            if (r.isChild()) {
                continue;
            }
            if (r.heading() || r.isSum()) {
                if (!current.isEmpty()) {
                    groups.put((n++) + "|" + name, current);
                }
                current = new ArrayList<>();
                name = r.heading() ? r.label() : t.title();
                continue;
            }
            current.add(r);
        }
        if (!current.isEmpty()) {
            groups.put((n) + "|" + name, current);
        }
        return groups;
    }

    private void signs(BudgetTable t, List<Finding> out) {
        for (Map.Entry<String, List<BudgetRow>> group : lineGroups(t).entrySet()) {
            String groupName = group.getKey().substring(group.getKey().indexOf('|') + 1);
            List<BudgetRow> rows = group.getValue();
            for (BudgetColumn col : t.columns()) {
                int c = col.position();
                for (BudgetRow row : rows) {
                    Cell cell = row.cell(c);
                    if (!cell.isNumber() || cell.value().signum() == 0) {
                        continue;
                    }
                    List<Cell> others = rows.stream().filter(r -> r != row).map(r -> r.cell(c))
                            .filter(x -> x.isNumber() && x.value().signum() != 0).toList();
                    if (others.size() < 2 || others.stream().anyMatch(x -> x.value().signum() == cell.value().signum())) {
                        continue;
                    }
                    String unit = unitOf(t, cell);
                    List<String> sameRow = new ArrayList<>();
                    for (BudgetColumn other : t.columns()) {
                        Cell x = row.cell(other.position());
                        if (other.position() != c && x.isNumber() && x.value().signum() == -cell.value().signum()) {
                            sameRow.add(amount(x, unit).toString());
                        }
                    }
                    Phrase rowPhrase = sameRow.isEmpty() ? Phrase.NONE : Phrase.of("budget.check.signRow", String.join(", ", sameRow));
                    out.add(finding(Severity.WARNING, t, row, col, "budget.check.sign", spoken(row.label()), amount(cell, unit), col.label(),
                            spoken(groupName), rowPhrase, amount(cell.value().negate(), cell.decimals(), unit)));
                }
            }
        }
    }

    // ---- between tables ----------------------------------------------------------------------------------------

    private static Optional<BudgetTable> first(List<BudgetTable> tables, TableKind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst();
    }

    /** The operating budget's grand total: its last total row. */
    private static Optional<BudgetRow> grandTotal(BudgetTable t) {
        List<BudgetRow> sums = t.rows().stream().filter(r -> r.isSum() && !r.isChild()).toList();
        return sums.isEmpty() ? Optional.empty() : Optional.of(sums.get(sums.size() - 1));
    }

    /** The frame as the income statement states it for a period: regionbidrag, or minus the result. */
    private static Optional<Cell> frameInStatement(BudgetTable is, int column) {
        Optional<Cell> contribution = is.rowWithRole(RowRole.REGION_CONTRIBUTION).map(r -> r.cell(column)).filter(Cell::isNumber);
        if (contribution.isPresent()) {
            return contribution;
        }
        return is.rowWithRole(RowRole.RESULT).map(r -> r.cell(column)).filter(Cell::isNumber)
                .map(c -> new Cell(c.value().negate(), c.decimals(), c.unit(), c.printed()));
    }

    private static Optional<Integer> statementColumn(BudgetTable is, String period) {
        return period == null ? Optional.empty() : is.column(period).map(BudgetColumn::position);
    }

    private void turnoverAndFrame(List<BudgetTable> tables, List<Finding> out) {
        Optional<BudgetTable> isOpt = first(tables, TableKind.INCOME_STATEMENT);
        Optional<BudgetTable> opOpt = first(tables, TableKind.OPERATING);
        if (isOpt.isEmpty() || opOpt.isEmpty()) {
            return;
        }
        BudgetTable is = isOpt.get();
        BudgetTable op = opOpt.get();
        Optional<BudgetRow> totalRow = grandTotal(op);
        if (totalRow.isEmpty()) {
            return;
        }
        for (BudgetColumn col : op.columns()) {
            Cell printed = totalRow.get().cell(col.position());
            Optional<Integer> isCol = statementColumn(is, col.period());
            if (!printed.isNumber() || isCol.isEmpty()) {
                continue;
            }
            Optional<Cell> frame = frameInStatement(is, isCol.get());
            String unit = unitOf(op, printed);
            if (col.role() == ColumnRole.TURNOVER) {
                Optional<Cell> income = is.rowWithRole(RowRole.INCOME_TOTAL).map(r -> r.cell(isCol.get())).filter(Cell::isNumber);
                if (income.isEmpty() || frame.isEmpty()) {
                    continue;
                }
                BigDecimal implied = income.get().value().add(frame.get().value());
                Comparison cmp = compare(printed.value(), printed.decimals(), implied, List.of(income.get(), frame.get()));
                if (!cmp.agrees()) {
                    out.add(finding(cmp.severity(Severity.ERROR), op, totalRow.get(), col, "budget.check.turnover", col.period(),
                            amount(printed, unit), is.title(), amount(implied, cmp.decimals(), unit), amount(income.get(), unit),
                            amount(frame.get(), unit), costsPhrase(is, isCol.get(), unit), cmp.phrase(unit)));
                }
            } else if (col.role() == ColumnRole.FRAME && frame.isPresent()) {
                Comparison cmp = compare(printed.value(), printed.decimals(), frame.get().value(), List.of(frame.get()));
                if (!cmp.agrees()) {
                    out.add(finding(cmp.severity(Severity.ERROR), op, totalRow.get(), col, "budget.check.frame", col.period(),
                            amount(printed, unit), is.title(), amount(frame.get(), unit), cmp.phrase(unit)));
                }
            }
        }
    }

    /** "= kostnader 286,4 + finansnetto 0,1": the other way the statement gives the turnover. */
    private static Phrase costsPhrase(BudgetTable is, int column, String unit) {
        Optional<Cell> costs = is.rowWithRole(RowRole.COST_TOTAL).map(r -> r.cell(column)).filter(Cell::isNumber);
        Optional<Cell> financial = is.rowWithRole(RowRole.FINANCIAL_NET).map(r -> r.cell(column)).filter(Cell::isNumber);
        if (costs.isEmpty() || financial.isEmpty()) {
            return Phrase.NONE;
        }
        return Phrase.of("budget.check.turnoverCosts", amount(costs.get().value().negate(), costs.get().decimals(), unit),
                amount(financial.get().value().negate(), financial.get().decimals(), unit));
    }

    /** The figure of a quoted row in the wanted unit ("mnkr" or "%"). */
    private static Optional<Cell> figure(BudgetTable t, BudgetRow row, String unit) {
        for (BudgetColumn col : t.columns()) {
            Cell c = row.cell(col.position());
            String u = c.unit() != null ? c.unit() : t.unit();
            if (c.isNumber() && unit.equalsIgnoreCase(u)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Optional<BudgetColumn> figureColumn(BudgetTable t, BudgetRow row, String unit) {
        for (BudgetColumn col : t.columns()) {
            Cell c = row.cell(col.position());
            String u = c.unit() != null ? c.unit() : t.unit();
            if (c.isNumber() && unit.equalsIgnoreCase(u)) {
                return Optional.of(col);
            }
        }
        return Optional.empty();
    }

    private void prose(int year, List<BudgetTable> tables, List<Finding> out) {
        String period = "Budget " + year;
        Optional<BudgetTable> is = first(tables, TableKind.INCOME_STATEMENT);
        Optional<BudgetTable> op = first(tables, TableKind.OPERATING);
        Optional<BudgetRow> opTotal = op.flatMap(BudgetChecker::grandTotal);
        Optional<Cell> opTurnover = opTotal.flatMap(r -> op.get().columns().stream()
                .filter(c -> c.role() == ColumnRole.TURNOVER && period.equals(c.period())).findFirst().map(c -> r.cell(c.position())))
                .filter(Cell::isNumber);
        Optional<Cell> opFrame = opTotal.flatMap(r -> op.get().columns().stream()
                .filter(c -> c.role() == ColumnRole.FRAME && period.equals(c.period())).findFirst().map(c -> r.cell(c.position())))
                .filter(Cell::isNumber);
        Optional<Integer> isCol = is.flatMap(t -> statementColumn(t, period));
        Optional<Cell> isFrame = isCol.flatMap(c -> frameInStatement(is.get(), c));
        Optional<Cell> isIncome = isCol.flatMap(c -> is.get().rowWithRole(RowRole.INCOME_TOTAL).map(r -> r.cell(c))).filter(Cell::isNumber);

        for (BudgetTable t : tables) {
            if (t.kind() != TableKind.FRAME) {
                continue;
            }
            for (BudgetRow row : t.rows()) {
                switch (row.role()) {
                    case TURNOVER -> figure(t, row, "mnkr").ifPresent(text -> opTurnover.ifPresent(table -> {
                        Comparison cmp = compare(text.value(), text.decimals(), table.value(), List.of(table));
                        if (!cmp.agrees()) {
                            Phrase statement = Phrase.NONE;
                            if (isIncome.isPresent() && isFrame.isPresent()) {
                                BigDecimal implied = isIncome.get().value().add(isFrame.get().value());
                                statement = Phrase.of("budget.check.proseTurnoverStatement", is.get().title(),
                                        amount(implied, Math.max(isIncome.get().decimals(), isFrame.get().decimals()), "mnkr"));
                            }
                            out.add(finding(cmp.severity(Severity.WARNING), t, row, figureColumn(t, row, "mnkr").orElse(null),
                                    "budget.check.proseTurnover", amount(text, "mnkr"), op.get().title(), amount(table, "mnkr"), period,
                                    statement, cmp.phrase("mnkr")));
                        }
                    }));
                    case FRAME -> figure(t, row, "mnkr").ifPresent(text -> {
                        isFrame.ifPresent(f -> proseAgainst(t, row, text, f, is.get().title(), period, out));
                        opFrame.ifPresent(f -> proseAgainst(t, row, text, f, op.get().title(), period, out));
                    });
                    case REGION_SHARE, EXTERNAL_SHARE -> figure(t, row, "%").ifPresent(text -> {
                        if (opTurnover.isPresent() && opFrame.isPresent() && opTurnover.get().value().signum() != 0) {
                            share(t, row, text, opTurnover.get(), opFrame.get(), op.get().title(), out);
                        }
                    });
                    case FORECAST_DEVIATION -> figure(t, row, "mnkr").ifPresent(text -> is.ifPresent(st -> forecast(year, t, row, text, st, out)));
                    case REDUCTION -> figure(t, row, "mnkr").ifPresent(text -> reduction(t, row, text, tables, out));
                    default -> {
                    }
                }
            }
        }
    }

    private void proseAgainst(BudgetTable t, BudgetRow row, Cell text, Cell table, String tableTitle, String period, List<Finding> out) {
        Comparison cmp = compare(text.value(), text.decimals(), table.value(), List.of(table));
        if (!cmp.agrees()) {
            out.add(finding(cmp.severity(Severity.WARNING), t, row, figureColumn(t, row, "mnkr").orElse(null), "budget.check.proseFrame",
                    amount(text, "mnkr"), tableTitle, amount(table, "mnkr"), period, cmp.phrase("mnkr")));
        }
    }

    private void share(BudgetTable t, BudgetRow row, Cell text, Cell turnover, Cell frame, String tableTitle, List<Finding> out) {
        BigDecimal part = row.role() == RowRole.REGION_SHARE ? frame.value() : turnover.value().subtract(frame.value());
        BigDecimal percent = part.multiply(HUNDRED).divide(turnover.value(), MC);
        BigDecimal rounded = percent.setScale(text.decimals(), RoundingMode.HALF_UP);
        if (rounded.compareTo(text.value()) == 0) {
            return;
        }
        // How far rounding of the two amounts can move the share, plus half a unit of the printed percent.
        BigDecimal hu = halfUnit(Math.max(turnover.decimals(), frame.decimals()));
        BigDecimal spread = HUNDRED.multiply(hu.multiply(BigDecimal.valueOf(2)).divide(turnover.value().abs(), MC)
                .add(part.abs().multiply(hu).divide(turnover.value().pow(2), MC)));
        BigDecimal diff = text.value().subtract(percent).abs();
        boolean rounding = diff.compareTo(halfUnit(text.decimals()).add(spread)) <= 0;
        out.add(finding(rounding ? Severity.INFO : Severity.WARNING, t, row, figureColumn(t, row, "%").orElse(null), "budget.check.proseShare",
                amount(text, "%"), tableTitle, amount(percent, 1, "%"), amount(part, frame.decimals(), "mnkr"), amount(turnover, "mnkr"),
                Phrase.of(rounding ? "budget.check.diffRounding" : "budget.check.diff", amount(diff, 1, "procentenheter"))));
    }

    private void forecast(int year, BudgetTable t, BudgetRow row, Cell text, BudgetTable is, List<Finding> out) {
        Optional<Integer> forecastCol = statementColumn(is, "Prognos " + (year - 1));
        Optional<Integer> budgetCol = statementColumn(is, "Budget " + (year - 1));
        Optional<BudgetRow> result = is.rowWithRole(RowRole.RESULT);
        if (forecastCol.isEmpty() || budgetCol.isEmpty() || result.isEmpty()) {
            return;
        }
        Cell forecast = result.get().cell(forecastCol.get());
        Cell budget = result.get().cell(budgetCol.get());
        if (!forecast.isNumber() || !budget.isNumber()) {
            return;
        }
        BigDecimal deviation = forecast.value().subtract(budget.value());
        Comparison cmp = compare(text.value(), text.decimals(), deviation, List.of(forecast, budget));
        if (!cmp.agrees()) {
            out.add(finding(cmp.severity(Severity.WARNING), t, row, figureColumn(t, row, "mnkr").orElse(null), "budget.check.proseForecast",
                    amount(text, "mnkr"), is.title(), amount(deviation, cmp.decimals(), "mnkr"), amount(forecast, "mnkr"), amount(budget, "mnkr"),
                    cmp.phrase("mnkr")));
        }
    }

    private void reduction(BudgetTable t, BudgetRow row, Cell text, List<BudgetTable> tables, List<Finding> out) {
        for (BudgetTable savings : tables) {
            if (savings.kind() != TableKind.SAVINGS) {
                continue;
            }
            Optional<BudgetColumn> col = savings.columns().stream().filter(c -> c.role() == ColumnRole.REDUCTION).findFirst();
            Optional<BudgetRow> total = savings.rows().stream().filter(r -> r.isSum() && !r.isChild()).findFirst();
            if (col.isEmpty() || total.isEmpty() || !total.get().cell(col.get().position()).isNumber()) {
                continue;
            }
            Cell printed = total.get().cell(col.get().position());
            BigDecimal magnitude = printed.value().abs();
            Comparison cmp = compare(text.value().abs(), text.decimals(), magnitude, List.of(printed));
            if (cmp.agrees()) {
                continue;
            }
            Phrase parts = Phrase.NONE;
            List<Cell> partCells = new ArrayList<>();
            List<String> partTexts = new ArrayList<>();
            for (BudgetRow r : t.rows()) {
                if (r.role() == RowRole.REDUCTION_PART) {
                    figure(t, r, "mnkr").ifPresent(c -> {
                        partCells.add(c);
                        partTexts.add(PrintedNumber.print(c.value(), c.decimals()));
                    });
                }
            }
            if (partCells.size() > 1) {
                BigDecimal sum = partCells.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                int d = partCells.stream().mapToInt(Cell::decimals).max().orElse(0);
                parts = Phrase.of("budget.check.proseReductionParts", String.join(" + ", partTexts), amount(sum, d, "mnkr"));
            }
            out.add(finding(cmp.severity(Severity.WARNING), t, row, figureColumn(t, row, "mnkr").orElse(null), "budget.check.proseReduction",
                    amount(text, "mnkr"), spoken(total.get().label()), savings.title(), amount(printed, unit(savings)), cmp.phrase("mnkr"), parts));
        }
    }

    private void projects(List<BudgetTable> tables, List<Finding> out) {
        for (BudgetTable financing : tables) {
            Optional<BudgetRow> financed = financing.rowWithRole(RowRole.PROJECT_FINANCING);
            if (financing.project() == null || financed.isEmpty()) {
                continue;
            }
            for (BudgetTable costs : tables) {
                Optional<BudgetRow> booked = costs.rowWithRole(RowRole.PROJECT_COSTS);
                if (costs == financing || !financing.project().equals(costs.project()) || booked.isEmpty()) {
                    continue;
                }
                for (BudgetColumn col : financing.columns()) {
                    Optional<BudgetColumn> same = costs.column(col.label());
                    Cell f = financed.get().cell(col.position());
                    if (same.isEmpty() || !f.isNumber() || !booked.get().cell(same.get().position()).isNumber()) {
                        continue;
                    }
                    Cell c = booked.get().cell(same.get().position());
                    Comparison cmp = compare(f.value(), f.decimals(), c.value(), List.of(c));
                    if (!cmp.agrees()) {
                        String unit = unitOf(financing, f);
                        out.add(finding(cmp.severity(Severity.ERROR), financing, financed.get(), col, "budget.check.project", col.label(),
                                amount(f, unit), costs.title(), amount(c, unit), cmp.phrase(unit)));
                    }
                }
            }
        }
    }

    private void frameModel(List<BudgetTable> tables, List<Finding> out) {
        Optional<Cell> adjustmentAmount = Optional.empty();
        Optional<Cell> adjustmentPercent = Optional.empty();
        BudgetTable adjustmentTable = null;
        for (BudgetTable t : tables) {
            if (t.kind() != TableKind.FRAME) {
                continue;
            }
            Optional<BudgetRow> previous = t.rowWithRole(RowRole.PREVIOUS_FRAME);
            Optional<BudgetRow> adjustment = t.rowWithRole(RowRole.FRAME_ADJUSTMENT);
            Optional<BudgetRow> frame = t.rowWithRole(RowRole.FRAME);
            if (adjustment.isPresent()) {
                adjustmentAmount = figure(t, adjustment.get(), "mnkr");
                adjustmentPercent = figure(t, adjustment.get(), "%");
                adjustmentTable = t;
            }
            if (previous.isEmpty() || adjustment.isEmpty() || frame.isEmpty()) {
                continue;
            }
            Optional<Cell> prev = figure(t, previous.get(), "mnkr");
            Optional<Cell> adj = figure(t, adjustment.get(), "mnkr");
            Optional<Cell> net = figure(t, frame.get(), "mnkr");
            Optional<Cell> pct = figure(t, adjustment.get(), "%");
            if (prev.isEmpty() || adj.isEmpty() || net.isEmpty()) {
                continue;
            }
            BigDecimal computed = prev.get().value().add(adj.get().value());
            Comparison cmp = compare(net.get().value(), net.get().decimals(), computed, List.of(prev.get(), adj.get()));
            if (!cmp.agrees()) {
                Phrase explanation = Phrase.NONE;
                if (pct.isPresent()) {
                    BigDecimal factor = BigDecimal.ONE.add(pct.get().value().divide(HUNDRED, MC));
                    BigDecimal product = prev.get().value().multiply(factor);
                    BigDecimal low = prev.get().value().subtract(halfUnit(prev.get().decimals()));
                    BigDecimal high = prev.get().value().add(halfUnit(prev.get().decimals()));
                    explanation = Phrase.of("budget.check.frameUpratingProduct", amount(prev.get(), "mnkr"),
                            amount(factor, factor.stripTrailingZeros().scale(), null), amount(product, net.get().decimals() + 1, "mnkr"),
                            amount(low, prev.get().decimals() + 1, "mnkr"), amount(high, prev.get().decimals() + 1, "mnkr"),
                            amount(low.multiply(factor), net.get().decimals() + 1, "mnkr"), amount(high.multiply(factor), net.get().decimals() + 1, "mnkr"),
                            amount(net.get(), "mnkr"));
                }
                out.add(finding(cmp.severity(Severity.ERROR), t, frame.get(), figureColumn(t, frame.get(), "mnkr").orElse(null),
                        "budget.check.frameUprating", amount(prev.get(), "mnkr"), amount(adj.get(), "mnkr"), amount(computed, cmp.decimals(), "mnkr"),
                        amount(net.get(), "mnkr"), cmp.phrase("mnkr"), explanation));
            }
            if (pct.isPresent()) {
                BigDecimal fromPercent = prev.get().value().multiply(pct.get().value()).divide(HUNDRED, MC);
                Comparison c2 = compare(adj.get().value(), adj.get().decimals(), fromPercent, List.of(prev.get()));
                if (!c2.agrees()) {
                    out.add(finding(c2.severity(Severity.ERROR), t, adjustment.get(), figureColumn(t, adjustment.get(), "mnkr").orElse(null),
                            "budget.check.upratingPercent", amount(prev.get(), "mnkr"), amount(pct.get(), "%"),
                            amount(fromPercent, adj.get().decimals() + 2, "mnkr"), amount(adj.get(), "mnkr"), c2.phrase("mnkr")));
                }
            }
        }
        for (BudgetTable t : tables) {
            if (t.kind() != TableKind.ALLOCATION) {
                continue;
            }
            Optional<BudgetRow> adjustment = t.rowWithRole(RowRole.FRAME_ADJUSTMENT);
            List<BudgetRow> parts = t.rows().stream()
                    .filter(r -> r.role() == RowRole.SALARY_UPRATING || r.role() == RowRole.PO_UPRATING || r.role() == RowRole.PRICE_UPRATING).toList();
            if (adjustment.isEmpty()) {
                continue;
            }
            Optional<Cell> total = figure(t, adjustment.get(), "mnkr");
            List<Cell> partCells = parts.stream().map(r -> figure(t, r, "mnkr")).flatMap(Optional::stream).toList();
            if (total.isPresent() && partCells.size() == parts.size() && !parts.isEmpty()) {
                BigDecimal sum = partCells.stream().map(Cell::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                Comparison cmp = compare(total.get().value(), total.get().decimals(), sum, partCells);
                if (!cmp.agrees()) {
                    String names = String.join(" + ", parts.stream().map(r -> spoken(r.label())).toList());
                    out.add(finding(cmp.severity(Severity.ERROR), t, adjustment.get(), figureColumn(t, adjustment.get(), "mnkr").orElse(null),
                            "budget.check.sumOf", names, amount(sum, cmp.decimals(), "mnkr"), spoken(adjustment.get().label()), amount(total.get(), "mnkr"),
                            cmp.phrase("mnkr"), Phrase.NONE));
                }
            }
            if (adjustmentTable != null) {
                sameQuantity(adjustment.get(), t, total, adjustmentTable, adjustmentAmount, "mnkr", out);
                sameQuantity(adjustment.get(), t, figure(t, adjustment.get(), "%"), adjustmentTable, adjustmentPercent, "%", out);
            }
        }
    }

    private void sameQuantity(BudgetRow row, BudgetTable t, Optional<Cell> here, BudgetTable other, Optional<Cell> there, String unit,
            List<Finding> out) {
        if (here.isEmpty() || there.isEmpty()) {
            return;
        }
        Comparison cmp = compare(here.get().value(), here.get().decimals(), there.get().value(), List.of(there.get()));
        if (!cmp.agrees()) {
            out.add(finding(cmp.severity(Severity.ERROR), t, row, figureColumn(t, row, unit).orElse(null), "budget.check.sameQuantity",
                    row.label(), amount(here.get(), unit), t.title(), amount(there.get(), unit), other.title(), cmp.phrase(unit)));
        }
    }

    // ---- comparing printed figures -----------------------------------------------------------------------------

    /**
     * How a printed figure relates to what it should be. {@code agrees}: the computed value rounded to the printed
     * decimals is the printed figure. Otherwise {@code rounding} says whether the difference is within half a unit
     * of the last printed decimal of every figure involved.
     */
    record Comparison(boolean agrees, boolean rounding, BigDecimal difference, int decimals) {

        Severity severity(Severity beyondRounding) {
            return rounding ? Severity.INFO : beyondRounding;
        }

        Phrase phrase(String unit) {
            return Phrase.of(rounding ? "budget.check.diffRounding" : "budget.check.diff", amount(difference, decimals, unit));
        }
    }

    static Comparison compare(BigDecimal printed, int printedDecimals, BigDecimal computed, List<Cell> terms) {
        int decimals = Math.max(printedDecimals, terms.stream().mapToInt(Cell::decimals).max().orElse(printedDecimals));
        if (computed.setScale(printedDecimals, RoundingMode.HALF_UP).compareTo(printed) == 0) {
            return new Comparison(true, false, BigDecimal.ZERO, decimals);
        }
        BigDecimal tolerance = halfUnit(printedDecimals);
        for (Cell t : terms) {
            tolerance = tolerance.add(halfUnit(t.decimals()));
        }
        BigDecimal diff = printed.subtract(computed).abs();
        return new Comparison(false, diff.compareTo(tolerance) <= 0, diff, decimals);
    }

    static BigDecimal halfUnit(int decimals) {
        return new BigDecimal("0.5").movePointLeft(decimals);
    }

    private static String unit(BudgetTable t) {
        return t.unit();
    }

    private static String unitOf(BudgetTable t, Cell c) {
        return c.unit() != null ? c.unit() : t.unit();
    }

    private static Amount amount(Cell c, String unit) {
        return Amount.of(c.value(), c.decimals(), c.unit() != null ? c.unit() : unit);
    }

    private static Amount amount(BigDecimal value, int decimals, String unit) {
        return Amount.of(value, decimals, unit);
    }

    private static Finding finding(Severity severity, BudgetTable t, BudgetRow row, BudgetColumn column, String key, Object... args) {
        return new Finding(severity, t.id(), t.title(), row == null ? null : t.qualifiedLabel(row), column == null ? null : column.label(), key,
                List.of(args));
    }

    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
