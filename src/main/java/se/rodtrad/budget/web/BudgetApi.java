package se.rodtrad.budget.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.budget.BudgetColumn;
import se.rodtrad.budget.BudgetRow;
import se.rodtrad.budget.BudgetTable;
import se.rodtrad.budget.Budgets;
import se.rodtrad.budget.Cell;
import se.rodtrad.budget.PlanBudget;
import se.rodtrad.budget.TableKind;
import se.rodtrad.budget.web.FindingTexts.FindingView;

@RestController
@RequestMapping("/api/v1/plans/{planId}/budget")
@Tag(name = "Budget", description = "En plans budgettabeller som de är tryckta, och kontrollens fynd")
class BudgetApi {

    record BudgetJson(UUID planId, String planKey, int year, List<TableJson> tables, List<FindingView> findings) {
    }

    record TableJson(UUID id, TableKind kind, String title, String section, String unit, int decimals, int version, String project,
            List<String> notes, List<String> columns, List<RowJson> rows) {

        static TableJson of(BudgetTable t) {
            List<RowJson> rows = new ArrayList<>();
            for (BudgetRow r : t.rows()) {
                rows.add(RowJson.of(t, r));
            }
            return new TableJson(t.id(), t.kind(), t.title(), t.section(), t.unit(), t.decimals(), t.version(), t.project(), t.notes(),
                    t.columns().stream().map(BudgetColumn::label).toList(), rows);
        }
    }

    /** {@code values}: exact amounts in the table's unit (null = blank or words); {@code printed}: as in the document. */
    record RowJson(UUID id, String label, List<BigDecimal> values, List<String> printed, boolean total, boolean heading, boolean varav,
            String parent, String role, String group, String consequence) {

        static RowJson of(BudgetTable t, BudgetRow r) {
            return new RowJson(r.id(), r.label(), r.cells().stream().map(Cell::value).toList(), r.cells().stream().map(Cell::printed).toList(),
                    r.total(), r.heading(), r.varav(), t.parent(r).map(BudgetRow::label).orElse(null), r.role().name(), r.group(), r.consequence());
        }
    }

    record CellJson(UUID rowId, Integer column, String value) {
    }

    record EditJson(Integer version, List<CellJson> cells) {
    }

    record EditResultJson(TableJson table, List<FindingView> findings) {
    }

    private final Budgets budgets;
    private final FindingTexts texts;

    BudgetApi(Budgets budgets, FindingTexts texts) {
        this.budgets = budgets;
        this.texts = texts;
    }

    @GetMapping
    @Operation(summary = "Planens budgettabeller och kontrollens fynd")
    BudgetJson budget(@PathVariable UUID planId) {
        PlanBudget b = budgets.budget(planId);
        return new BudgetJson(b.plan().id(), b.plan().key(), b.plan().year(), b.tables().stream().map(TableJson::of).toList(),
                texts.views(b.findings()));
    }

    @GetMapping("/findings")
    @Operation(summary = "Kör kontrollen nu och returnera fynden")
    List<FindingView> findings(@PathVariable UUID planId) {
        return texts.views(budgets.check(planId));
    }

    @PutMapping("/tables/{tableId}")
    @Operation(summary = "Ändra belopp i en tabell (optimistisk låsning med version); kontrollen körs efter sparandet")
    EditResultJson edit(@PathVariable UUID planId, @PathVariable UUID tableId, @RequestBody EditJson edit) {
        List<Budgets.CellInput> cells = edit.cells() == null ? List.of()
                : edit.cells().stream().map(c -> new Budgets.CellInput(c.rowId(), c.column() == null ? -1 : c.column(), c.value())).toList();
        Budgets.Outcome outcome = budgets.edit(new Budgets.EditTable(planId, tableId, edit.version() == null ? -1 : edit.version(), cells));
        return new EditResultJson(TableJson.of(outcome.table()), texts.views(outcome.findings()));
    }

    @PostMapping("/tables")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lägg till en tabell i planens budget")
    TableJson create(@PathVariable UUID planId, @RequestBody Budgets.NewTable table) {
        return TableJson.of(budgets.createTable(planId, table));
    }
}
