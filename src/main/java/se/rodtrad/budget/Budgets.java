package se.rodtrad.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.Limits;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The budget's use cases: read a plan's tables with the checker's findings, edit figures (checked on every
 * save), add a table. Changing a budget needs {@link Permission#EDIT_BUDGET} for the plan's body and a plan
 * that is not yet decided — a decided plan changes only through a new version.
 */
@Service
@Transactional(readOnly = true)
public class Budgets {

    static final int MAX_TEXT = 500;

    private final BudgetTableRepository tables;
    private final Plans plans;
    private final AccessPolicy access;
    private final BudgetChecker checker = new BudgetChecker();
    private final org.springframework.beans.factory.ObjectProvider<PlanProse> prose;

    Budgets(BudgetTableRepository tables, Plans plans, AccessPolicy access, org.springframework.beans.factory.ObjectProvider<PlanProse> prose) {
        this.tables = tables;
        this.plans = plans;
        this.access = access;
        this.prose = prose;
    }

    /** The checker's findings in the tables, and in the plan's prose against them (where the document's text is kept). */
    private List<Finding> check(PlanSummary plan, List<BudgetTable> list) {
        List<Finding> findings = new ArrayList<>(checker.check(plan.year(), list));
        PlanProse text = prose.getIfAvailable();
        if (text != null && plan.key() != null) {
            ProseRules.planProse(plan.year(), plan.title(), text.paragraphs(plan.key()), list, findings);
        }
        return findings;
    }

    /** A plan with the number of its budget tables and findings, for the overview. */
    public record Overview(PlanSummary plan, long tables, long errors, long warnings, long infos) {
    }

    public List<Overview> overview() {
        Map<UUID, Long> counts = tables.countByPlan();
        List<Overview> result = new ArrayList<>();
        for (PlanSummary p : plans.all()) {
            long n = counts.getOrDefault(p.id(), 0L);
            if (n == 0) {
                continue;
            }
            List<Finding> findings = check(p, tables.findByPlan(p.id()));
            result.add(new Overview(p, n, count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO)));
        }
        return result;
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }

    public PlanBudget budget(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        List<BudgetTable> list = tables.findByPlan(plan.id());
        return new PlanBudget(plan, list, check(plan, list));
    }

    /** Runs the checker on demand. */
    public List<Finding> check(UUID planId) {
        return budget(planId).findings();
    }

    public BudgetTable table(UUID planId, UUID tableId) {
        PlanSummary plan = plans.plan(planId);
        return tables.findById(tableId).filter(t -> t.planId().equals(plan.id()))
                .orElseThrow(() -> new NotFoundException("budgettabell", tableId));
    }

    /** Whether the current person may change this plan's budget now. */
    /** What the current person may do with this plan's budget now (the page's forms). */
    public BudgetActions actions(PlanSummary plan) {
        return new BudgetActions(canEdit(plan));
    }

    public boolean canEdit(PlanSummary plan) {
        return !plan.status().isDecided() && access.allows(Permission.EDIT_BUDGET, plan.bodyId());
    }

    /** One typed figure: the row, the column position and the text as typed. */
    public record CellInput(UUID rowId, int column, String text) {
    }

    /** An edit of some figures of a table, made against the version the editor read. */
    public record EditTable(UUID planId, UUID tableId, int version, List<CellInput> cells) {
    }

    /** The table after an edit (or as it would be), with what the checker finds in the whole plan. */
    public record Outcome(BudgetTable table, List<Finding> findings, Map<UUID, Map<Integer, BigDecimal>> computed) {
    }

    /** The figures as typed, checked but not saved: live totals and findings while a person edits. */
    public Outcome preview(EditTable edit) {
        PlanSummary plan = plans.plan(edit.planId());
        BudgetTable current = table(plan.id(), edit.tableId());
        Map<UUID, Map<Integer, Cell>> changes = new HashMap<>();
        for (CellInput in : edit.cells() == null ? List.<CellInput>of() : edit.cells()) {
            BudgetRow row = in == null || in.rowId() == null ? null : current.row(in.rowId()).orElse(null);
            if (row == null || row.heading() || in.column() < 0 || in.column() >= current.columns().size()) {
                continue;
            }
            Cell cell = readLenient(current, row.cell(in.column()), in.text());
            if (cell != null) {
                changes.computeIfAbsent(row.id(), k -> new HashMap<>()).put(in.column(), cell);
            }
        }
        BudgetTable edited = current.withCells(changes);
        return outcome(plan, edited);
    }

    private Outcome outcome(PlanSummary plan, BudgetTable table) {
        List<BudgetTable> all = new ArrayList<>();
        for (BudgetTable t : tables.findByPlan(plan.id())) {
            all.add(t.id().equals(table.id()) ? table : t);
        }
        return new Outcome(table, checker.check(plan.year(), all), BudgetChecker.computedTotals(table));
    }

    /**
     * Saves the changed figures of one table in one transaction, or nothing: a figure that is not a number is
     * refused with the row and column named; a table someone else saved since it was read is refused with
     * their version. Unchanged figures keep their printed text.
     */
    @Transactional
    public Outcome edit(EditTable edit) {
        PlanSummary plan = plans.plan(edit.planId());
        CurrentUser user = requireEditable(plan);
        BudgetTable current = table(plan.id(), edit.tableId());
        Map<UUID, Map<Integer, Cell>> changes = changesOf(current, edit.cells() == null ? List.of() : edit.cells());
        if (changes.isEmpty()) {
            return outcome(plan, current);
        }
        if (!tables.claim(current.id(), edit.version(), user.username())) {
            BudgetTable theirs = table(plan.id(), edit.tableId());
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        changes.forEach((rowId, byColumn) -> byColumn.forEach((column, cell) -> tables.updateCell(current.id(), rowId, column, cell)));
        return outcome(plan, table(plan.id(), edit.tableId()));
    }

    /** Only what differs from the stored figures; every bad figure named at once. */
    static Map<UUID, Map<Integer, Cell>> changesOf(BudgetTable current, List<CellInput> inputs) {
        Map<UUID, Map<Integer, Cell>> changes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (CellInput in : inputs) {
            BudgetRow row = in == null || in.rowId() == null ? null : current.row(in.rowId()).orElse(null);
            if (row == null || in.column() < 0 || in.column() >= current.columns().size()) {
                errors.add(new FieldError("cells", "budget.validation.unknownCell", current.title()));
                continue;
            }
            if (row.heading()) {
                continue;
            }
            String field = "cell-" + row.id() + "-" + in.column();
            Cell before = row.cell(in.column());
            Cell after;
            try {
                after = read(current, before, in.text());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "budget.validation.notNumber", current.qualifiedLabel(row),
                        current.columns().get(in.column()).label(), Texts.trimToNull(in.text()) == null ? "" : in.text().strip()));
                continue;
            }
            if (!sameFigure(before, after)) {
                changes.computeIfAbsent(row.id(), k -> new LinkedHashMap<>()).put(in.column(), after);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return changes;
    }

    /** What a person typed, as a cell: a number in tables of amounts, any short text in tables quoted from prose. */
    static Cell read(BudgetTable table, Cell before, String text) {
        String t = Texts.trimToNull(text);
        if (t == null) {
            return Cell.BLANK;
        }
        if (t.length() > MAX_TEXT) {
            throw new IllegalArgumentException("too long");
        }
        if (!table.isArithmetic() && table.kind() != TableKind.KEY_RATIOS) {
            if (t.equals(before.printed().strip())) {
                return before;
            }
            return Cell.printed(t);
        }
        PrintedNumber n = PrintedNumber.parseInput(t).orElseThrow(() -> new IllegalArgumentException("not a number"));
        if (t.equals(before.printed().strip())) {
            return before;
        }
        int decimals = Math.max(n.decimals(), before.isNumber() ? before.decimals() : table.decimals());
        String unit = n.unit() != null && !n.unit().equalsIgnoreCase(table.unit()) ? n.unit() : before.unit();
        String printed = PrintedNumber.print(n.value(), decimals) + (unit != null && unit.equals("%") ? "%" : "");
        return new Cell(n.value().setScale(decimals), decimals, unit, printed);
    }

    private static Cell readLenient(BudgetTable table, Cell before, String text) {
        try {
            return read(table, before, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean sameFigure(Cell a, Cell b) {
        if (a.isNumber() != b.isNumber()) {
            return false;
        }
        if (a.isNumber()) {
            return a.value().compareTo(b.value()) == 0 && a.decimals() == b.decimals();
        }
        return a.printed().strip().equals(b.printed().strip());
    }

    private CurrentUser requireEditable(PlanSummary plan) {
        CurrentUser user = access.require(Permission.EDIT_BUDGET, plan.bodyId());
        if (plan.status().isDecided()) {
            throw new DomainException("budget.error.planDecided", plan.title());
        }
        return user;
    }

    /** A new table: its kind, heading, unit, columns and rows with figures as printed. */
    public record NewTable(TableKind kind, String title, String section, String unit, List<String> columns, List<NewRow> rows) {
    }

    public record NewRow(String label, List<String> values, Boolean total, Boolean heading) {
    }

    /** Adds a table to a plan's budget (for instance the grants to associations with their uprating). */
    @Transactional
    public BudgetTable createTable(UUID planId, NewTable table) {
        PlanSummary plan = plans.plan(planId);
        CurrentUser user = requireEditable(plan);
        List<FieldError> errors = new ArrayList<>();
        String title = Texts.trimToNull(table.title());
        if (table.kind() == null) {
            errors.add(new FieldError("kind", "validation.required", "Typ"));
        }
        if (title == null) {
            errors.add(new FieldError("title", "validation.required", "Rubrik"));
        } else if (title.length() > MAX_TEXT) {
            errors.add(new FieldError("title", "validation.tooLong", "Rubrik", MAX_TEXT));
        }
        String unit = Texts.trimToNull(table.unit()) == null ? "mnkr" : table.unit().strip();
        List<String> columns = table.columns() == null ? List.of() : table.columns().stream().map(Texts::trimToNull).toList();
        if (columns.isEmpty() || columns.contains(null)) {
            errors.add(new FieldError("columns", "budget.validation.columns"));
        }
        List<NewRow> rows = table.rows() == null ? List.of() : table.rows();
        // the limits first: a table of 100 000 columns was accepted and its PDF took minutes (issue 21)
        if (columns.size() > Limits.TABLE_COLUMNS) {
            throw ValidationException.of("columns", "limit.table.columns", Limits.TABLE_COLUMNS, columns.size());
        }
        if (rows.size() > Limits.TABLE_ROWS) {
            throw ValidationException.of("rows", "limit.table.rows", Limits.TABLE_ROWS, rows.size());
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null || Texts.trimToNull(rows.get(i).label()) == null) {
                errors.add(new FieldError("rows[" + i + "].label", "budget.validation.rowLabel", i + 1));
            } else if (rows.get(i).values() != null && rows.get(i).values().size() > columns.size()) {
                errors.add(new FieldError("rows[" + i + "].values", "budget.validation.tooManyValues", rows.get(i).label(), columns.size()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<String, Object> yaml = new LinkedHashMap<>();
        yaml.put("kind", table.kind().name());
        yaml.put("columns", columns);
        List<Map<String, Object>> yamlRows = new ArrayList<>();
        for (NewRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("label", r.label().strip());
            m.put("values", r.values() == null ? List.of() : r.values().stream().map(v -> v == null ? "" : v).toList());
            m.put("total", Boolean.TRUE.equals(r.total()));
            m.put("heading", Boolean.TRUE.equals(r.heading()));
            yamlRows.add(m);
        }
        yaml.put("rows", yamlRows);
        BudgetDemoData.Parsed parsed = BudgetDemoData.parse(yaml);
        boolean arithmetic = !unit.equalsIgnoreCase("as printed") && table.kind() != TableKind.FRAME && table.kind() != TableKind.KEY_RATIOS;
        if (arithmetic) {
            for (int i = 0; i < parsed.rows().size(); i++) {
                var r = parsed.rows().get(i);
                for (int c = 0; c < r.cells().size(); c++) {
                    if (r.cells().get(c).isText()) {
                        errors.add(new FieldError("rows[" + i + "].values", "budget.validation.notNumber", r.label(), columns.get(c),
                                r.cells().get(c).printed()));
                    }
                }
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
        }
        UUID id = tables.insert(plan.id(), tables.nextPosition(plan.id()), table.kind(), title, Texts.trimToNull(table.section()), unit,
                parsed.decimals(), null, false, null, null, List.of(), parsed.columns(), parsed.rows(), parsed.groups(), user.username());
        return table(plan.id(), id);
    }
}
