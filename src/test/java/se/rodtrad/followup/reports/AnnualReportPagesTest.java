package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.reports.AnnualReportFixtures.Municipality;

/** The annual report's page: reached from the report list, the overview table and a section per body linking to its report. */
@RodtradTest
class AnnualReportPagesTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reports reports;

    String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(user(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_report_list_links_to_the_annual_report_of_the_home_region() throws Exception {
        assertThat(page("/uppfoljning/rapporter", "lasare")).contains("href=\"/uppfoljning/rapporter/arsredovisning\"");
        String annual = page("/uppfoljning/rapporter/arsredovisning?ar=2023", "politiker");
        assertThat(annual).contains("Årsredovisning 2023: Region Örebro län").contains("Regional tillväxtnämnd")
                .contains("Utkast, ej inlämnad").contains("<caption>Översikt 2023").contains("scope=\"row\"")
                .contains("/dokument/arsredovisning/");
    }

    @Test
    void the_overview_shows_each_body_with_status_counts_and_economy_in_mnkr_and_links_the_submitted_report() throws Exception {
        Municipality m = AnnualReportFixtures.municipality(context);
        FollowReport vb = AnnualReportFixtures.submitCommitteeReport(reports, m, "Året i korthet.");

        String annual = page("/uppfoljning/rapporter/arsredovisning?organisation=" + m.id() + "&ar=" + m.year(), "lasare")
                .replace("\u00a0", " ");

        assertThat(annual).contains(m.assemblyName()).contains(m.committeeName()).doesNotContain("Kulturnämnd")
                .contains("100,0 mnkr").contains("90,0 mnkr").contains("+10,0 mnkr").contains("150,0 mnkr").contains("144,0 mnkr").contains("+6,0 mnkr")
                .contains("Inlämnad ").contains("Utkast, ej inlämnad")
                .contains("href=\"/uppfoljning/rapporter/" + vb.id() + "\"")
                .contains("Året i korthet.").contains(m.committeeGoal());
    }

    @Test
    void a_year_out_of_range_gets_a_clear_message() throws Exception {
        String body = mvc.perform(get("/uppfoljning/rapporter/arsredovisning?ar=1200").with(user("lasare"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(body).contains("Året &quot;1200&quot; går inte att sammanställa").contains("role=\"alert\"");
    }
}
