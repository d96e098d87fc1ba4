package se.rodtrad.budget.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.budget.BudgetColumn;
import se.rodtrad.budget.BudgetRow;
import se.rodtrad.budget.BudgetTable;
import se.rodtrad.budget.BudgetWorkbooks;
import se.rodtrad.budget.Budgets;
import se.rodtrad.budget.Frames;
import se.rodtrad.budget.PlanBudget;
import se.rodtrad.budget.PrintedNumber;
import se.rodtrad.budget.Severity;
import se.rodtrad.budget.web.FindingTexts.FindingView;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/**
 * The budget pages: all plans with a budget, a plan's tables as printed with the checker's findings beside them,
 * and editing a table with live totals (htmx) and optimistic locking.
 */
@Controller
class BudgetPages {

    private final Budgets budgets;
    private final Frames frames;
    private final BudgetWorkbooks workbooks;
    private final FindingTexts texts;
    private final Messages messages;

    private final FormSubmission forms;

    BudgetPages(Budgets budgets, Frames frames, BudgetWorkbooks workbooks, FindingTexts texts, Messages messages, FormSubmission forms) {
        this.forms = forms;
        this.budgets = budgets;
        this.frames = frames;
        this.workbooks = workbooks;
        this.texts = texts;
        this.messages = messages;
    }

    @GetMapping("/budget/{planId}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable UUID planId) {
        PlanSummary plan = budgets.budget(planId).plan();
        byte[] file = workbooks.export(planId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("budget-" + plan.key() + ".xlsx").build().toString())
                .body(file);
    }

    /** Reads a workbook exported from here back in; all or nothing, every problem named by sheet, row and column. */
    @PostMapping("/budget/{planId}/import")
    String importWorkbook(@PathVariable UUID planId, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            workbooks.requireImportable(planId); // who may not import learns that before being told the file is missing
            model.addAttribute("importErrors", List.of(messages.get("budget.import.error.noFile")));
            return plan(planId, null, model);
        }
        byte[] workbook = file.getBytes();
        return forms.submitOnly(BudgetWorkbooks.ImportRefused.class, () -> {
            BudgetWorkbooks.ImportResult result = workbooks.importWorkbook(planId, new java.io.ByteArrayInputStream(workbook));
            redirect.addFlashAttribute("imported", result.cellsChanged() == 0 ? messages.get("budget.import.unchanged")
                    : messages.get("budget.import.done", String.valueOf(result.cellsChanged()), String.valueOf(result.tablesChanged())));
            return "redirect:/budget/" + planId;
        }, refusal -> {
            // every problem of the workbook, by sheet, row and column
            model.addAttribute("importErrors", ((BudgetWorkbooks.ImportRefused) refusal.cause()).problems().stream()
                    .map(p -> messages.get(p.key(), p.arguments().toArray())).toList());
            return plan(planId, null, model);
        });
    }

    @GetMapping("/budget")
    String overview(Model model) {
        model.addAttribute("plans", budgets.overview());
        return "budget/overview";
    }

    @GetMapping("/budget/{planId}")
    String plan(@PathVariable UUID planId, @RequestParam(name = "kontroll", required = false) String check, Model model) {
        PlanBudget budget = budgets.budget(planId);
        List<FindingView> findings = texts.views(budget.findings());
        model.addAttribute("plan", budget.plan());
        model.addAttribute("tables", budget.tables().stream().map(t -> TableView.of(t, findings, null, null)).toList());
        model.addAttribute("findings", findings);
        model.addAttribute("counts", counts(findings));
        model.addAttribute("canEdit", budgets.actions(budget.plan()).mayEdit());
        model.addAttribute("hasFrame", frames.frame(planId).isPresent());
        model.addAttribute("checkedNow", check != null);
        return "budget/plan";
    }

    static Map<Severity, Long> counts(List<FindingView> findings) {
        Map<Severity, Long> counts = new LinkedHashMap<>();
        for (Severity s : Severity.values()) {
            counts.put(s, findings.stream().filter(f -> f.severity() == s).count());
        }
        return counts;
    }

    @GetMapping("/budget/{planId}/tabeller/{tableId}")
    String table(@PathVariable UUID planId, @PathVariable UUID tableId, Model model) {
        BudgetTable table = budgets.table(planId, tableId);
        Budgets.Outcome outcome = budgets.preview(new Budgets.EditTable(planId, tableId, table.version(), List.of()));
        return edit(planId, table, outcome, inputs(table), table.version(), model);
    }

    @PostMapping("/budget/{planId}/tabeller/{tableId}")
    String save(@PathVariable UUID planId, @PathVariable UUID tableId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        BudgetTable current = budgets.table(planId, tableId);
        int version = parseVersion(request.getParameter("version"));
        List<Budgets.CellInput> cells = cells(current, request);
        return forms.validateOrConflict(() -> {
            budgets.edit(new Budgets.EditTable(planId, tableId, version, cells));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/budget/" + planId + "/tabeller/" + tableId;
        }, refusal -> {
            if (refusal.current() instanceof BudgetTable theirs) {
                model.addAttribute("conflict", TableView.of(theirs, List.of(), null, null));
                model.addAttribute("conflictMessage", refusal.message());
                // What the user typed stays in the form; saving again is a deliberate choice over the other version.
                Budgets.Outcome outcome = budgets.preview(new Budgets.EditTable(planId, tableId, theirs.version(), cells));
                return edit(planId, theirs, outcome, typed(cells), theirs.version(), model);
            }
            model.addAttribute("errors", refusal.errors());
            Budgets.Outcome outcome = budgets.preview(new Budgets.EditTable(planId, tableId, version, cells));
            return edit(planId, current, outcome, typed(cells), version, model);
        });
    }

    /** htmx: the totals and findings for the figures as typed, nothing saved. */
    @PostMapping("/budget/{planId}/tabeller/{tableId}/berakna")
    String preview(@PathVariable UUID planId, @PathVariable UUID tableId, HttpServletRequest request, Model model) {
        BudgetTable current = budgets.table(planId, tableId);
        List<Budgets.CellInput> cells = cells(current, request);
        Budgets.Outcome outcome = budgets.preview(new Budgets.EditTable(planId, tableId, current.version(), cells));
        List<FindingView> findings = texts.views(outcome.findings());
        model.addAttribute("table", TableView.of(outcome.table(), findings, outcome.computed(), typed(cells)));
        model.addAttribute("findings", findings.stream().filter(f -> tableId.equals(f.tableId())).toList());
        model.addAttribute("otherFindings", findings.stream().filter(f -> !tableId.equals(f.tableId())).count());
        model.addAttribute("oob", true);
        return "budget/table-edit :: live";
    }

    private String edit(UUID planId, BudgetTable table, Budgets.Outcome outcome, Map<String, String> inputs, int version, Model model) {
        List<FindingView> findings = texts.views(outcome.findings());
        var plan = budgets.budget(planId).plan();
        model.addAttribute("plan", plan);
        model.addAttribute("table", TableView.of(outcome.table(), findings, outcome.computed(), inputs));
        model.addAttribute("version", version);
        model.addAttribute("findings", findings.stream().filter(f -> table.id().equals(f.tableId())).toList());
        model.addAttribute("otherFindings", findings.stream().filter(f -> !table.id().equals(f.tableId())).count());
        model.addAttribute("canEdit", budgets.actions(plan).mayEdit());
        return "budget/table-edit";
    }

    private static int parseVersion(String v) {
        Integer version = se.rodtrad.shared.web.FormInput.intOrNull(v);
        return version == null ? -1 : version;
    }

    /** The cells of the form, named {@code cell-<rowId>-<column>}. */
    private static List<Budgets.CellInput> cells(BudgetTable table, HttpServletRequest request) {
        List<Budgets.CellInput> cells = new ArrayList<>();
        for (BudgetRow row : table.figureRows()) {
            for (BudgetColumn col : table.columns()) {
                String value = request.getParameter(TableView.field(row, col.position()));
                if (value != null) {
                    cells.add(new Budgets.CellInput(row.id(), col.position(), value));
                }
            }
        }
        return cells;
    }

    private static Map<String, String> typed(List<Budgets.CellInput> cells) {
        Map<String, String> m = new HashMap<>();
        cells.forEach(c -> m.put("cell-" + c.rowId() + "-" + c.column(), c.text()));
        return m;
    }

    private static Map<String, String> inputs(BudgetTable table) {
        Map<String, String> m = new HashMap<>();
        for (BudgetRow r : table.rows()) {
            for (BudgetColumn c : table.columns()) {
                m.put(TableView.field(r, c.position()), r.cell(c.position()).printed());
            }
        }
        return m;
    }

    /** A table ready for the template: rows with their cells, each cell with its finding (if any) and computed total. */
    record TableView(BudgetTable table, List<RowView> rows, boolean hasGroups) {

        record CellView(String field, String printed, String input, Severity severity, String computed, boolean computedDiffers) {
        }

        record RowView(BudgetRow row, String label, boolean child, List<CellView> cells) {
        }

        static String field(BudgetRow row, int column) {
            return "cell-" + row.id() + "-" + column;
        }

        static TableView of(BudgetTable t, List<FindingView> findings, Map<UUID, Map<Integer, BigDecimal>> computed, Map<String, String> inputs) {
            Map<String, Severity> flagged = new HashMap<>();
            for (FindingView f : findings) {
                if (t.id().equals(f.tableId())) {
                    flagged.merge(f.row() + "|" + f.column(), f.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            }
            List<RowView> rows = new ArrayList<>();
            for (BudgetRow r : t.rows()) {
                List<CellView> cells = new ArrayList<>();
                for (BudgetColumn c : t.columns()) {
                    String field = field(r, c.position());
                    BigDecimal sum = computed == null ? null : computed.getOrDefault(r.id(), Map.of()).get(c.position());
                    var cell = r.cell(c.position());
                    String computedText = sum == null ? null : PrintedNumber.print(sum, Math.max(cell.decimals(), t.decimals()));
                    boolean differs = sum != null && cell.isNumber() && sum.compareTo(cell.value()) != 0;
                    cells.add(new CellView(field, cell.printed(), inputs == null ? cell.printed() : inputs.getOrDefault(field, cell.printed()),
                            flagged.get(t.qualifiedLabel(r) + "|" + c.label()), computedText, differs));
                }
                rows.add(new RowView(r, r.label(), r.isChild(), cells));
            }
            return new TableView(t, rows, t.rows().stream().anyMatch(r -> r.group() != null));
        }
    }
}
