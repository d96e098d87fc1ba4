package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.planning.Plans;

/** The internal control pages on the demo data, and editing with htmx and without JavaScript. */
@RodtradTest
class InternalControlPagesTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;

    private String page(String url, String username) throws Exception {
        return mvc.perform(get(url).with(user(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A draft RTN plan with a started internal control plan and one body risk, made through the pages. */
    private UUID[] newPlanWithRisk(String text) throws Exception {
        UUID plan = TestPlans.create(context, "RTN", TestPlans.newYear(), "DRAFT");
        mvc.perform(post("/internkontroll/planer/" + plan + "/starta").with(user("controller")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/internkontroll/planer/" + plan + "/risker").with(user("controller")).with(csrf())
                        .param("activity", "Ekonomi").param("text", text).param("requirement", "d"))
                .andExpect(status().is3xxRedirection());
        UUID risk = jdbc.sql("select r.id from ic_risk r join ic_plan p on p.id = r.ic_plan_id where p.plan_id = ?").param(plan)
                .query(UUID.class).single();
        return new UUID[] {plan, risk};
    }

    @Test
    void the_navigation_leads_to_the_list_of_plans_with_internal_control() throws Exception {
        String start = page("/", "lasare");
        assertThat(start).contains("href=\"/internkontroll\"").contains(">Internkontroll<");
        String index = page("/internkontroll", "lasare");
        assertThat(index).contains("Internkontrollplan RTN 2023", "Internkontrollplan RTN 2020", "Internkontrollplan RS 2024",
                "Internkontrollplan RTN 2026").contains("<caption>");
        // a reader may not start internal control plans
        assertThat(index).doesNotContain("Starta internkontrollplan");
        // a controller may, for a body's verksamhetsplan — an action plan carries no internal control plan
        UUID draft = TestPlans.create(context, "RTN", TestPlans.newYear(), "DRAFT");
        String asController = page("/internkontroll", "controller");
        assertThat(asController).contains("action=\"/internkontroll/planer/" + draft + "/starta\"")
                .doesNotContain("Handlingsplan Social välfärd");
    }

    @Test
    void the_plan_page_shows_the_matrix_the_risks_with_actions_controls_follow_up_and_the_judgement() throws Exception {
        var rtn2023 = plans.byKey("rtn-2023").orElseThrow();
        String html = page("/internkontroll/planer/" + rtn2023.id(), "politiker");
        assertThat(html)
                .contains("<caption>Riskmatris: 4 bedömda risker efter sannolikhet (rader) och konsekvens (kolumner).")
                .contains("<th scope=\"row\">Sannolikhet 3 Möjlig</th>")
                .contains("<th scope=\"col\">Konsekvens 4 Allvarlig</th>")
                .contains("Värde 9, hög")
                .contains("Risken att redovisningen inte är rättvisande.")
                .contains("Regionövergripande åtgärd: Information och utbildningsinsatser riktat till ekonomer och ekonomiadministratörer.")
                .contains("Att balanskontona är avstämda mot underlag vid delårsbokslut och årsbokslut.")
                .contains("Två IT-stöd med personuppgifter är ännu inte informationsklassade.")
                .contains("Exempeldata")
                .contains("Tillräcklig")
                .contains("Att informationssäkerheten är tillgodosedd utifrån kraven på konfidentialitet, riktighet, tillgänglighet och spårbarhet.");
        // a politician reads but does not edit
        assertThat(html).doesNotContain("Spara bedömningen").doesNotContain("Lämna ISK-bedömning");
        String asController = page("/internkontroll/planer/" + rtn2023.id(), "controller");
        assertThat(asController).contains("Spara bedömningen").contains("Ändra ISK-bedömningen");
    }

    @Test
    void the_rtn_2020_page_points_out_the_outdated_law_reference() throws Exception {
        var rtn2020 = plans.byKey("rtn-2020").orElseThrow();
        assertThat(page("/internkontroll/planer/" + rtn2020.id(), "lasare"))
                .contains("Den interna kontrollen ska vara tillräcklig enligt Kommunallagen (KL) 6 kap. 7 §.")
                .contains("I kommunallagen (2017:725) står kravet i 6 kap. 6 §");
    }

    @Test
    void the_follow_up_per_report_occasion_shows_what_the_report_gets() throws Exception {
        var rtn2023 = plans.byKey("rtn-2023").orElseThrow();
        String vb = page("/internkontroll/planer/" + rtn2023.id() + "/uppfoljning/VERKSAMHETSBERATTELSE", "politiker");
        assertThat(vb).contains("Uppföljning av internkontrollplanen: Verksamhetsberättelse, RTN 2023")
                .contains("3 kontroller, varav 3 rapporterade; 2 avvikelser.")
                .contains("Avvikelse: Två IT-stöd med personuppgifter är ännu inte informationsklassade.")
                .contains("Informationsklassa de två återstående IT-stöden enligt riktlinjen för informationsklassning.")
                .contains("Tillräcklig")
                .contains("Exempeldata");
        String dr1 = page("/internkontroll/planer/" + rtn2023.id() + "/uppfoljning/DELARSRAPPORT_1", "politiker");
        assertThat(dr1).contains("3 kontroller, varav 2 rapporterade; 0 avvikelser.").doesNotContain("Ingen bedömning lämnad");
    }

    @Test
    void the_risks_and_the_judgements_download_as_csv_for_excel() throws Exception {
        var rtn2020 = plans.byKey("rtn-2020").orElseThrow();
        var response = mvc.perform(get("/internkontroll/planer/" + rtn2020.id() + "/risker.csv").with(user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("internkontroll-rtn-2020.csv");
        String csv = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNr;Verksamhet;Risk;Omfattning;Krav;Sannolikhet;Konsekvens;Riskvärde;Nivå;Exempeldata;Beslut;Skäl;Åtgärder;Kontroller\r\n")
                .contains("2;HR;Risken att underlag för utbetalning av lön och arvoden inte är korrekta.;Regionövergripande;")
                .contains("4;HR;Risken att representation hanteras felaktigt i verksamheten;Nämndspecifik;");
        String judgements = mvc.perform(get("/internkontroll/bedomningar.csv?ar=2023").with(user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(judgements).contains("Regional tillväxtnämnd;Verksamhetsplan med budget 2023;Tillräcklig;");
    }

    @Test
    void an_htmx_assessment_returns_the_risk_and_the_matrix_out_of_band() throws Exception {
        UUID[] ids = newPlanWithRisk("Risken att bidrag betalas ut till fel mottagare.");
        String fragment = mvc.perform(post("/internkontroll/risker/" + ids[1] + "/bedomning").with(user("controller")).with(csrf())
                        .header("HX-Request", "true").param("version", "0").param("probability", "4").param("consequence", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).doesNotContain("<html")
                .contains("id=\"risk-" + ids[1] + "\"")
                .contains("Riskvärde 12, mycket hög")
                .contains("Sparat.")
                .contains("hx-swap-oob=\"true\"")
                .contains("<caption>Riskmatris: 1 bedömda risker");
    }

    @Test
    void accepting_without_a_reason_keeps_the_form_open_with_the_swedish_message() throws Exception {
        UUID[] ids = newPlanWithRisk("Risken att representation bokförs på fel konto.");
        mvc.perform(post("/internkontroll/risker/" + ids[1] + "/bedomning").with(user("controller")).with(csrf())
                        .param("version", "0").param("probability", "1").param("consequence", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/internkontroll/planer/*"));
        String html = mvc.perform(post("/internkontroll/risker/" + ids[1] + "/beslut").with(user("controller")).with(csrf())
                        .param("version", "1").param("decision", "ACCEPT").param("reason", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<html")
                .contains("Ange skäl för att acceptera risken &quot;Risken att representation bokförs på fel konto.&quot;")
                .contains("aria-invalid=\"true\"")
                .containsPattern("<details class=\"disclosure edit\" open=\"open\">\\s*<summary>Besluta");
    }

    @Test
    void a_stale_save_shows_the_other_version_and_keeps_what_was_typed() throws Exception {
        UUID[] ids = newPlanWithRisk("Risken att fakturor attesteras av obehöriga.");
        mvc.perform(post("/internkontroll/risker/" + ids[1] + "/bedomning").with(user("admin")).with(csrf())
                        .param("version", "0").param("probability", "2").param("consequence", "2"))
                .andExpect(status().is3xxRedirection());
        String fragment = mvc.perform(post("/internkontroll/risker/" + ids[1] + "/bedomning").with(user("controller")).with(csrf())
                        .header("HX-Request", "true").param("version", "0").param("probability", "4").param("consequence", "4"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("Någon annan (admin) sparade en ändring")
                .contains("Sannolikhet 2 × konsekvens 2 = riskvärde 4")   // their version
                .contains("<option value=\"4\" selected=\"selected\">4 – Sannolik</option>")   // my choice, kept
                .contains("name=\"version\" value=\"1\"");   // saving again overrides deliberately
    }

    @Test
    void a_controller_of_another_body_cannot_change_an_rtn_risk_through_the_page() throws Exception {
        var rtn2020 = plans.byKey("rtn-2020").orElseThrow();
        UUID risk = jdbc.sql("select r.id from ic_risk r join ic_plan p on p.id = r.ic_plan_id where p.plan_id = ? and r.position = 1")
                .param(rtn2020.id()).query(UUID.class).single();
        mvc.perform(post("/internkontroll/risker/" + risk + "/bedomning").with(user("controller-rs")).with(csrf())
                        .param("version", "0").param("probability", "2").param("consequence", "2"))
                .andExpect(status().isForbidden());
        assertThat(page("/internkontroll/planer/" + rtn2020.id(), "controller-rs")).doesNotContain("Spara bedömningen");
    }

    @Test
    void the_judgement_overview_shows_every_bodys_judgement_of_the_year() throws Exception {
        String html = page("/internkontroll/bedomningar?ar=2023", "controller-rs");
        assertThat(html).contains("ISK-bedömningar 2023")
                .contains("Regional tillväxtnämnd")
                .contains("Tillräcklig")
                .contains("Exempeldata")
                .contains("1 av 1 organ har lämnat sin bedömning: 1 tillräcklig, 0 inte tillräcklig.");
        assertThat(page("/internkontroll/bedomningar?ar=2024", "controller-rs")).contains("Regionstyrelsen").contains("Ingen bedömning lämnad");
    }

    @Test
    void the_region_wide_risks_of_a_year_list_the_bodies_that_carry_them() throws Exception {
        String html = page("/internkontroll/regionovergripande?ar=2020", "lasare");
        assertThat(html).contains("Regionövergripande risker 2020")
                .contains("Risken att otillbörlig påverkan, muta/bestickning och korruption förekommer.")
                .contains("Regional tillväxtnämnd")
                .doesNotContain("Risken att representation hanteras felaktigt i verksamheten");
    }

    @Test
    void a_judgement_through_the_page_without_javascript_is_saved_and_shown() throws Exception {
        UUID[] ids = newPlanWithRisk("Risken att lokalbidrag fördelas utan beslut.");
        mvc.perform(post("/internkontroll/planer/" + ids[0] + "/bedomning").with(user("controller")).with(csrf())
                        .param("sufficient", "false").param("reasons", "Kontrollerna genomfördes inte."))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/internkontroll/planer/" + ids[0], "lasare")).contains("Inte tillräcklig").contains("Kontrollerna genomfördes inte.");
    }
}
