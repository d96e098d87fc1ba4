package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.WebConfiguration;

/** The goal overview of RTN's plan 2023 as an Excel workbook, opened and read back as a person's Excel would. */
@RodtradTest
@WithMockUser("admin")
class GoalOverviewXlsxTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Assessments assessments;
    @Autowired
    AssessmentTexts texts;
    @Autowired
    Plans plans;

    @Test
    void the_goal_overview_downloads_as_a_workbook_with_each_goal_its_status_in_words_and_typed_counts() throws Exception {
        var rtn = plans.byKey("rtn-2023").orElseThrow();
        String page = mvc.perform(get("/uppfoljning/indikatorer").param("plan", rtn.id().toString()).param("ar", "2021")
                .with(user("lasare"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/uppfoljning/mal.xlsx?plan=" + rtn.id() + "&amp;ar=2021").contains("Ladda ner målöversikten (Excel-arbetsbok)");

        var answer = mvc.perform(get("/uppfoljning/mal.xlsx").param("plan", rtn.id().toString()).param("ar", "2021").with(user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(answer.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(answer.getHeader("Content-Disposition")).contains("malbedomning-rtn-2023-2021.xlsx");

        LocaleContextHolder.setLocale(WebConfiguration.SWEDISH);
        List<Assessments.GoalAssessment> goals = assessments.assessGoals(rtn.id(), Period.year(2021));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(answer.getContentAsByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Målbedömning 2021");
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Mål");
            assertThat(head.getCell(1).getStringCellValue()).isEqualTo("Målets bedömning");
            assertThat(head.getCell(4).getStringCellValue()).isEqualTo("uppfyllt");
            assertThat(head.getCell(0).getCellStyle().getFontIndex()).isNotZero(); // bold
            // the header stays in view
            assertThat(sheet.getPaneInformation()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            assertThat(sheet.getLastRowNum()).isEqualTo(goals.size());
            int indicators = 0;
            for (int i = 0; i < goals.size(); i++) {
                var g = goals.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(g.goal() == null || g.goal().isBlank() ? "Styrtal utan mål" : g.goal());
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(texts.status(g.status()));
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat((int) row.getCell(2).getNumericCellValue()).isEqualTo(g.counts().indicators());
                assertThat((int) row.getCell(3).getNumericCellValue()).isEqualTo(g.counts().assessed());
                assertThat((int) row.getCell(4).getNumericCellValue()).isEqualTo(g.counts().met());
                assertThat((int) row.getCell(7).getNumericCellValue()).isEqualTo(g.counts().cannot());
                assertThat(row.getCell(11).getStringCellValue()).isEqualTo(texts.explain(g.explanation()));
                indicators += (int) row.getCell(2).getNumericCellValue();
            }
            // every indicator of the plan once, as the page and the CSV count them
            assertThat(indicators).isEqualTo(64);
        }
    }
}
