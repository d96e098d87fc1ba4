package se.rodtrad.planning;

import se.rodtrad.fixtures.Acting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;

/** The plan pages on the demo data: the list, the tree, the röd tråd view and search. Read only. */
@RodtradTest
@WithMockUser("lasare")
class PlanPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user("lasare"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private UUID itemId(String planKey, String text) {
        return model.items(plans.byKey(planKey).orElseThrow().id()).stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow().id();
    }

    @Test
    void the_plan_list_shows_every_body_and_year_with_status_in_words() throws Exception {
        assertThat(page("/planer")).contains("Regional tillväxtnämnd", "Verksamhetsplan med budget 2023", "Beslutad", "Förslag",
                "Regionstyrelsen", "Handlingsplan");
        assertThat(page("/planer?organ=RTN")).contains("Verksamhetsplan med budget 2023").doesNotContain("Regional utvecklingsstrategi 2018-2030");
        assertThat(page("/")).contains("href=\"/planer\"");
    }

    @Test
    void the_plan_page_shows_the_tree_with_numbers_provenance_badges_and_targets_in_words() throws Exception {
        UUID id = plans.byKey("rtn-2026").orElseThrow().id();
        String html = page("/planer/" + id);
        assertThat(html).contains("Fokusområde 4.2", "Tidiga insatser för barn och unga", "FM 2026", "Förslag DN 2026",
                "Att främja att fler barn och unga klarar av sina studier.", "Förslag", "<details");
        String y2023 = page("/planer/" + plans.byKey("rtn-2023").orElseThrow().id());
        assertThat(y2023).contains("Effektmål 5", "Ska öka med 33 % jämfört med 2016", "Beslutad");
    }

    @Test
    void the_red_thread_of_an_action_plan_goal_reaches_up_to_its_rus_priority_area_and_rus_shows_who_serves_it() throws Exception {
        UUID goal = itemId("hp-halsa-2019-2022", "Förstärka insatserna för måluppfyllelse i skolan");
        RedThread thread = model.redThread(goal);
        assertThat(thread.up()).singleElement().satisfies(s -> {
            assertThat(s.plan().key()).isEqualTo("rus-2018-2030");
            assertThat(s.entry().item().kind()).isEqualTo("Prioriterat område");
            assertThat(s.entry().text()).isEqualTo("Hälsofrämjande arbete och hälso- och sjukvård");
        });
        // the action plan as a whole names the RUS effect goals it addresses
        assertThat(thread.planWide()).extracting(ServesLink::text).contains("God och jämlik folkhälsa", "Goda uppväxtvillkor");
        String html = page("/planer/punkter/" + goal);
        assertThat(html).contains("Röd tråd", "Hälsofrämjande arbete och hälso- och sjukvård", "Förstärka insatserna för måluppfyllelse i skolan",
                "God och jämlik folkhälsa");

        // RTN's effect goal is worded as RUS's three overall goals: an RTN 2023 indicator's chain starts at the RUS vision
        UUID guestNights = itemId("rtn-2023", "Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.");
        RedThread rtnThread = Acting.as("lasare", () -> model.redThread(guestNights));
        assertThat(rtnThread.up().get(0).entry().item().kind()).isEqualTo("Vision");
        assertThat(rtnThread.up()).extracting(s -> s.entry().item().label()).contains("Effektmål 5");

        // an RS strategy names the RUS vision: its chain starts there
        UUID rsGoal = Acting.as("lasare", () -> model.items(plans.byKey("rs-2024").orElseThrow().id()).stream()
                .filter(i -> model.entry(i.id()).serves().stream().anyMatch(l -> l.lineageKey().equals("rus-vision"))).findFirst().orElseThrow().id());
        assertThat(Acting.as("lasare", () -> model.redThread(rsGoal)).up().get(0).entry().item().kind()).isEqualTo("Vision");

        UUID area = thread.up().get(thread.up().size() - 1).entry().id();
        assertThat(Acting.as("lasare", () -> model.redThread(area)).servedBy()).extracting(h -> h.entry().text())
                .contains("Förstärka insatserna för måluppfyllelse i skolan");
    }

    @Test
    void the_red_thread_goes_down_to_indicators_and_assignments_and_across_the_years() throws Exception {
        UUID focus = itemId("rtn-2026", "Tidiga insatser för barn och unga");
        RedThread thread = model.redThread(focus);
        assertThat(thread.down()).extracting(e -> e.text()).contains("Att främja att fler barn och unga klarar av sina studier.",
                "Andel barn 0-17 år som lever i ekonomiskt utsatta familjer. Ska minska.");
        UUID em5 = itemId("rtn-2023", "Länets invånare och de som verkar i Örebro län har stark konkurrenskraft, hög och jämlik livskvalitet och god resurseffektivitet.");
        assertThat(Acting.as("lasare", () -> model.redThread(em5)).years()).extracting(h -> h.plan().key()).containsSubsequence("rtn-2020", "rtn-2023", "rtn-2026");
        assertThat(page("/planer/punkter/" + em5)).contains("Samma punkt över åren", "RTN 2020", "RTN 2026");
    }

    @Test
    void search_finds_items_across_plans_and_filters_by_type() throws Exception {
        assertThat(model.search("gästnätter", null, null)).extracting(h -> h.plan().key()).contains("rtn-2023", "rtn-2026");
        assertThat(model.search("gästnätter", ItemType.ASSIGNMENT, null)).isEmpty();
        String html = mvc.perform(get("/planer/sok").param("q", "gästnätter").param("typ", "INDICATOR").with(user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.", "träffar");
        assertThat(page("/planer/sok?q=x&typ=NONSENSE")).contains("Sök i planerna");
    }

    @Test
    void the_kolada_catalog_holds_6099_kpis_searchable_by_id_and_title() {
        KoladaCatalog catalog = new KoladaCatalog();
        assertThat(catalog.size()).isEqualTo(6099);
        assertThat(catalog.kpi("n07702")).get().extracting(KoladaKpi::title).isEqualTo("Utsläpp till luft av växthusgaser totalt, ton CO2-ekv");
        assertThat(catalog.search("N0770", 50)).extracting(KoladaKpi::id).contains("N07702");
        assertThat(catalog.search("bruttoregionprodukt sysselsatt", 20)).extracting(KoladaKpi::id).contains("N03701");
    }

    @Test
    void the_plan_api_lists_a_page_at_a_time_with_the_next_page_and_the_total_in_headers_drafts_included_for_staff() throws Exception {
        var first = mvc.perform(get("/api/v1/plans").param("size", "1").with(user("lasare"))).andExpect(status().isOk()).andReturn().getResponse();
        long total = Long.parseLong(first.getHeader("X-Total-Count"));
        assertThat(first.getHeader("Link")).contains("page=1").contains("rel=\"next\"");
        String all = mvc.perform(get("/api/v1/plans").param("size", "1000").with(user("lasare"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        // a proposal is internal: staff see it in the list, and the total counts it
        String proposal = plans.byKey("rtn-2026").orElseThrow().id().toString();
        assertThat(all).contains(proposal);
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(all).size()).isEqualTo((int) total);
        mvc.perform(get("/api/v1/plans").param("size", "0").with(user("lasare"))).andExpect(status().isBadRequest());
        // the plan list page shows the home region's plans (an installation may hold every municipality's)
        assertThat(page("/planer")).contains("/planer/" + proposal);
    }
}
