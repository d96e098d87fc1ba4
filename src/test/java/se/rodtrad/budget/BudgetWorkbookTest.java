package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;

/** XLSX export and import: a round trip changes nothing; a malformed file is refused whole, each problem named. */
@RodtradTest
class BudgetWorkbookTest {

    @org.junit.jupiter.api.AfterEach
    void removeTheTestsPlans() {
        fixtures.cleanUp();
    }

    static final String IS_SHEET = "3 Resultatbudget regional tillv";

    @Autowired
    BudgetWorkbooks workbooks;
    @Autowired
    BudgetFixtures fixtures;
    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;

    byte[] export(UUID plan) {
        as("lasare");
        try {
            return workbooks.export(plan);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void as(String username) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(username, null, List.of()));
    }

    static byte[] edit(byte[] file, Consumer<Workbook> change) throws Exception {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    static Row rowLabelled(Sheet sheet, String label) {
        for (Row r : sheet) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("ingen rad " + label + " i " + sheet.getSheetName());
    }

    List<String> problems(BudgetWorkbooks.ImportRefused e) {
        Locale sv = Locale.forLanguageTag("sv-SE");
        return e.problems().stream().map(p -> messages.getMessage(p.key(), p.arguments().toArray(), sv)).toList();
    }

    @Test
    void exporting_and_importing_back_changes_nothing() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        List<BudgetTable> before = fixtures.tables(plan);
        byte[] file = export(plan);
        as("controller");
        try {
            BudgetWorkbooks.ImportResult result = workbooks.importWorkbook(plan, new ByteArrayInputStream(file));
            assertThat(result.cellsChanged()).isZero();
            assertThat(result.tablesChanged()).isZero();
        } finally {
            SecurityContextHolder.clearContext();
        }
        List<BudgetTable> after = fixtures.tables(plan);
        assertThat(after).hasSize(5);
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).version()).isEqualTo(before.get(i).version());
            assertThat(after.get(i).rows()).usingRecursiveComparison().isEqualTo(before.get(i).rows());
        }
    }

    @Test
    void amounts_are_numbers_and_text_that_looks_like_a_formula_is_neutralised() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        byte[] file = export(plan);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            assertThat(wb.isSheetHidden(wb.getSheetIndex(BudgetWorkbooks.META_SHEET))).isTrue();
            Sheet op = wb.getSheet("4 Driftbudget regional tillväxt");
            Row fellingsbro = rowLabelled(op, "'- Fellingsbro Folkhögskola");
            assertThat(fellingsbro.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(fellingsbro.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(fellingsbro.getCell(1).getNumericCellValue()).isEqualTo(65.6);
            Sheet is = wb.getSheet(IS_SHEET);
            Row personal = rowLabelled(is, "Personalkostnader");
            assertThat(personal.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(personal.getCell(1).getNumericCellValue()).isEqualTo(-127.3);
            assertThat(personal.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(c.getCellType()).as(s.getSheetName() + "!" + c.getAddress()).isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING) {
                            assertThat(BudgetWorkbooks.isFormulaLike(c.getStringCellValue())).as(c.getStringCellValue()).isFalse();
                        }
                    }
                }
            }
        }
    }

    @Test
    void a_changed_amount_is_read_back_and_checked() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        byte[] file = edit(export(plan), wb -> rowLabelled(wb.getSheet(IS_SHEET), "Erhållna bidrag").getCell(1).setCellValue(80.0));
        as("controller");
        try {
            BudgetWorkbooks.ImportResult result = workbooks.importWorkbook(plan, new ByteArrayInputStream(file));
            assertThat(result.cellsChanged()).isEqualTo(1);
            assertThat(result.tablesChanged()).isEqualTo(1);
        } finally {
            SecurityContextHolder.clearContext();
        }
        BudgetTable is = fixtures.table(plan, "Resultatbudget regional tillväxt");
        assertThat(BudgetFixtures.row(is, "Erhållna bidrag").cell(0).printed()).isEqualTo("80,0");
        assertThat(BudgetFixtures.row(is, "Erhållna bidrag").cell(0).value()).isEqualByComparingTo("80.0");
        assertThat(BudgetFixtures.row(is, "Erhållna bidrag").cell(1).printed()).isEqualTo("74,5");
        assertThat(new BudgetChecker().check(2020, List.of(is))).extracting(Finding::row).contains("Summa intäkter");
    }

    @Test
    void a_word_where_an_amount_belongs_is_named_by_sheet_row_and_column_and_nothing_changes() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        byte[] file = edit(export(plan), wb -> {
            rowLabelled(wb.getSheet(IS_SHEET), "Övriga intäkter").getCell(1).setCellValue(30.0);
            rowLabelled(wb.getSheet(IS_SHEET), "Erhållna bidrag").getCell(2).setCellValue("sjuttiofem");
        });
        as("controller");
        try {
            assertThatThrownBy(() -> workbooks.importWorkbook(plan, new ByteArrayInputStream(file)))
                    .isInstanceOfSatisfying(BudgetWorkbooks.ImportRefused.class, e -> assertThat(problems(e)).containsExactly(
                            "Bladet ”" + IS_SHEET + "”, rad 5, kolumn C (Prognos 2019, Erhållna bidrag): ”sjuttiofem” är inte ett tal."));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(BudgetFixtures.row(fixtures.table(plan, "Resultatbudget regional tillväxt"), "Övriga intäkter").cell(0).printed()).isEqualTo("21,0");
    }

    @Test
    void a_missing_column_a_foreign_sheet_and_a_missing_sheet_are_each_named() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        byte[] file = edit(export(plan), wb -> {
            wb.getSheet(IS_SHEET).getRow(2).getCell(3).setCellValue("");
            wb.createSheet("Mina anteckningar");
            wb.removeSheetAt(wb.getSheetIndex("5 Investeringsbudget"));
        });
        as("controller");
        try {
            assertThatThrownBy(() -> workbooks.importWorkbook(plan, new ByteArrayInputStream(file)))
                    .isInstanceOfSatisfying(BudgetWorkbooks.ImportRefused.class, e -> assertThat(problems(e)).containsExactlyInAnyOrder(
                            "Bladet ”" + IS_SHEET + "” saknar kolumnen ”Budget 2019” (väntad i kolumn D, rad 3).",
                            "Bladet ”5 Investeringsbudget” (tabellen Investeringsbudget) saknas i filen.",
                            "Bladet ”Mina anteckningar” hör inte till budgeten. Ta bort det eller använd en fil som exporterats härifrån."));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_file_not_exported_from_here_or_not_a_workbook_is_refused() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        byte[] foreign = edit(export(plan), wb -> wb.removeSheetAt(wb.getSheetIndex(BudgetWorkbooks.META_SHEET)));
        as("controller");
        try {
            assertThatThrownBy(() -> workbooks.importWorkbook(plan, new ByteArrayInputStream(foreign)))
                    .isInstanceOfSatisfying(BudgetWorkbooks.ImportRefused.class, e -> assertThat(problems(e)).singleElement().asString()
                            .startsWith("Filen saknar bladet ”Röd tråd”"));
            assertThatThrownBy(() -> workbooks.importWorkbook(plan, new ByteArrayInputStream("inte en arbetsbok".getBytes())))
                    .isInstanceOfSatisfying(BudgetWorkbooks.ImportRefused.class, e -> assertThat(problems(e))
                            .containsExactly("Filen kunde inte läsas som en Excel-fil (xlsx)."));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void a_file_exported_before_someone_else_saved_is_refused() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        byte[] exported = export(plan);
        byte[] mine = edit(exported, wb -> rowLabelled(wb.getSheet(IS_SHEET), "Erhållna bidrag").getCell(1).setCellValue(81.0));
        byte[] theirs = edit(exported, wb -> rowLabelled(wb.getSheet(IS_SHEET), "Övriga intäkter").getCell(1).setCellValue(22.0));
        as("admin");
        try {
            workbooks.importWorkbook(plan, new ByteArrayInputStream(theirs));
        } finally {
            SecurityContextHolder.clearContext();
        }
        as("controller");
        try {
            assertThatThrownBy(() -> workbooks.importWorkbook(plan, new ByteArrayInputStream(mine)))
                    .isInstanceOfSatisfying(BudgetWorkbooks.ImportRefused.class, e -> assertThat(problems(e)).singleElement().asString()
                            .startsWith("Tabellen ”Resultatbudget regional tillväxt” har ändrats av admin"));
        } finally {
            SecurityContextHolder.clearContext();
        }
        assertThat(BudgetFixtures.row(fixtures.table(plan, "Resultatbudget regional tillväxt"), "Erhållna bidrag").cell(0).printed()).isEqualTo("77,0");
    }

    @Test
    void the_page_exports_and_reads_back_a_workbook_and_shows_a_refusal_in_swedish() throws Exception {
        UUID plan = fixtures.planWithTablesOf("RTN", "rtn-2020");
        byte[] file = mvc.perform(get("/budget/" + plan + "/export.xlsx").with(user("lasare")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        mvc.perform(multipart("/budget/" + plan + "/import").file(new MockMultipartFile("file", "budget.xlsx", null, file))
                        .with(user("controller")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        byte[] bad = edit(file, wb -> rowLabelled(wb.getSheet(IS_SHEET), "Finansnetto").getCell(1).setCellValue("x"));
        mvc.perform(multipart("/budget/" + plan + "/import").file(new MockMultipartFile("file", "budget.xlsx", null, bad))
                        .with(user("controller")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Filen lästes inte in – ingenting har ändrats")))
                .andExpect(content().string(containsString("rad 15, kolumn B (Budget 2020, Finansnetto): ”x” är inte ett tal.")));
        mvc.perform(multipart("/budget/" + plan + "/import").file(new MockMultipartFile("file", "budget.xlsx", null, file))
                .with(user("politiker")).with(csrf()))
                // refused before the file is read: by the permission, or already by the body limit of a commenter's role (issue 21)
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(403, 413));
    }
}
