package se.rodtrad.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.assessment.FollowedIndicator;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Measures;

/** Every follow-up page renders on the demo data for every role, in Swedish and English, without a missing text. */
@RodtradTest
class FollowupPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Measures measures;
    @Autowired
    Assessments assessments;

    private String page(String url, String who, Locale locale) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user(who)).locale(locale)).andReturn();
        assertThat(r.getResponse().getStatus()).as(url + " as " + who).isEqualTo(200);
        String html = r.getResponse().getContentAsString();
        assertThat(html).as(url + " " + locale).doesNotContain("??").doesNotContain("followup.").doesNotContain("assessment.");
        return html;
    }

    @Test
    void the_section_is_in_the_navigation_and_its_pages_render_for_every_role() throws Exception {
        List<String> urls = new ArrayList<>(List.of("/uppfoljning", "/uppfoljning/matt", "/uppfoljning/indikatorer", "/uppfoljning/importer",
                "/uppfoljning/ekonomi", "/uppfoljning/ekonomi?ar=2023&manad=4"));
        for (String who : List.of("admin", "controller", "controller-rs", "sekreterare", "omradeschef", "politiker", "lasare")) {
            String start = page("/", who, Locale.forLanguageTag("sv-SE"));
            assertThat(start).contains("href=\"/uppfoljning\"");
            for (String url : urls) {
                page(url, who, Locale.forLanguageTag("sv-SE"));
            }
        }
        for (String url : urls) {
            page(url, "controller", Locale.ENGLISH);
        }
    }

    @Test
    void every_measure_and_every_indicator_page_renders() throws Exception {
        for (Measure m : measures.all()) {
            page("/uppfoljning/matt/" + m.id(), "lasare", Locale.forLanguageTag("sv-SE"));
            if (m.byGender()) {
                page("/uppfoljning/matt/" + m.id() + "?kon=K", "lasare", Locale.ENGLISH);
            }
        }
        int count = 0;
        for (java.util.UUID plan : assessments.plans()) {
            page("/uppfoljning/indikatorer?plan=" + plan + "&ar=2021", "politiker", Locale.forLanguageTag("sv-SE"));
            for (FollowedIndicator f : assessments.indicators(plan)) {
                page("/uppfoljning/indikatorer/" + f.id() + "?ar=2021", "controller", count % 5 == 0 ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE"));
                count++;
            }
        }
        assertThat(count).isGreaterThan(150);
    }

    @Test
    void the_import_reports_of_the_demo_data_are_there_with_sources() throws Exception {
        // Other tests import too, so the demo's runs are found by searching, as a person would once the list has moved on.
        Locale sv = Locale.forLanguageTag("sv-SE");
        assertThat(page("/uppfoljning/importer?q=brp_per_invanare", "lasare", sv)).contains("brp_per_invanare_lan_timeseries.csv")
                .doesNotContain("df_kpi_2_workless_parents.csv");
        String workless = page("/uppfoljning/importer?q=WORKLESS", "lasare", sv);
        assertThat(workless).contains("df_kpi_2_workless_parents.csv").doesNotContain("brp_per_invanare_lan_timeseries.csv");
        assertThat(page("/uppfoljning/importer?q=utfall-2023", "lasare", sv)).contains("Exempeldata");
        assertThat(page("/uppfoljning/importer?q=zz_finns_inte", "lasare", sv)).contains("Ingen import har filnamn eller källa som innehåller");
        String id = workless.replaceAll("(?s).*href=\"/uppfoljning/importer/([0-9a-f-]{36})\".*", "$1");
        assertThat(page("/uppfoljning/importer/" + id, "lasare", sv)).contains("df_kpi_2_workless_parents.csv");
    }
}
