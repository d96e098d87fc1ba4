package se.rodtrad.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.reports.AnnualReportFixtures;
import se.rodtrad.followup.reports.AnnualReportFixtures.Municipality;
import se.rodtrad.followup.reports.AnnualReports;
import se.rodtrad.followup.reports.ReportContent;
import se.rodtrad.followup.reports.Reports;
import se.rodtrad.organisation.Organisation;

/**
 * The region-wide annual report as PDF, read back with PDFBox: the bodies, their goals, the economy total, the
 * "utkast" marks and the running footer; bookmarks per chapter.
 */
@RodtradTest
@WithMockUser("lasare")
class AnnualReportDocumentTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    Organisation organisation;
    @Autowired
    AnnualReports annual;
    @Autowired
    Reports reports;
    @Autowired
    JdbcClient jdbc;

    static String text(PDDocument doc) throws Exception {
        return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    }

    /** "157,1 mnkr" (below a thousand million, no digit grouping). */
    static String mnkr(long ore) {
        return java.math.BigDecimal.valueOf(ore).movePointLeft(8).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',')
                .replace('-', '\u2212') + " mnkr";
    }

    @Test
    void region_orebro_2023_as_pdf_holds_rtn_its_goals_the_economy_total_and_the_draft_mark() throws Exception {
        String region = organisation.homeRegion().id().toString();
        AnnualReports.AnnualReport report = annual.report(organisation.homeRegion().id(), 2023);
        byte[] pdf = mvc.perform(get("/api/v1/organisations/" + region + "/annual-report.pdf?year=2023").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/arsredovisning-2023.pdf"), pdf);
        AnnualReports.Chapter rtn = report.chapters().stream().filter(c -> c.bodyCode().equals("RTN")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains("Region Örebro län").contains("Årsredovisning 2023").contains("Regional tillväxtnämnd")
                    .contains("Regional tillväxtnämnd (utkast, ej inlämnad)").contains("Utkast, ej inlämnad.")
                    .contains("Summa Region Örebro län")
                    .contains(mnkr(report.total().budget()))
                    .contains(mnkr(report.total().outcomeOrForecast()))
                    .contains("Region Örebro län, Årsredovisning 2023 2(" + doc.getNumberOfPages() + ")");
            assertThat(rtn.content().goals()).isNotEmpty();
            for (ReportContent.GoalSection g : rtn.content().goals()) {
                assertThat(text).contains(g.goal().replaceAll("\\s+", " "));
            }
            assertThat(report.total().budget()).isNotZero();
            var outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline.getFirstChild().getTitle()).isEqualTo("Översikt");
            assertThat(outline.getFirstChild().getNextSibling().getTitle()).contains("(utkast)");
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
        }
    }

    @Test
    void a_submitted_chapter_is_stamped_as_submitted_and_the_others_as_drafts() throws Exception {
        Municipality m = AnnualReportFixtures.municipality(context);
        AnnualReportFixtures.submitCommitteeReport(reports, m, "Ett år med fler behöriga elever.");
        byte[] pdf = mvc.perform(get("/dokument/arsredovisning/" + m.id() + ".pdf?ar=" + m.year())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = text(doc);
            assertThat(text).contains(m.assemblyName() + " (utkast, ej inlämnad)").contains("Verksamhetsberättelse " + m.year() + ", inlämnad")
                    .contains("Ett år med fler behöriga elever.").contains(m.committeeGoal()).contains(m.assemblyGoal())
                    .contains("150,0 mnkr").contains("144,0 mnkr").contains("+6,0 mnkr")
                    .contains(m.name() + ", Årsredovisning " + m.year() + " 2(")
                    // counted in words that agree with the number (the draft-only committee has no decided plan)
                    .contains("2 nämnder med beslutad verksamhetsplan för " + m.year() + "; 1 verksamhetsberättelse inlämnad, 1 utkast, ej inlämnat.");
        }
    }

    @Test
    @org.springframework.security.test.context.support.WithAnonymousUser
    void anonymous_callers_get_no_annual_report() throws Exception {
        String region = organisation.homeRegion().id().toString();
        mvc.perform(get("/api/v1/organisations/" + region + "/annual-report.pdf?year=2023")).andExpect(status().isUnauthorized());
    }
}
