package se.rodtrad.planning;

import se.rodtrad.fixtures.Acting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;

/**
 * Comparing plan years by lineage on the demo plans (read only), and proposing, confirming and correcting the
 * lineage of a new year's plan (on plans the test creates).
 */
@RodtradTest
class PlanComparisonTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;
    @Autowired
    PlanComparison comparison;
    @Autowired
    LineageMatching matching;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;

    private UUID plan(String key) {
        return Acting.as("lasare", () -> plans.byKey(key).orElseThrow().id());
    }

    private static ComparisonEntry entry(Comparison c, String text) {
        return c.entries().stream().filter(e -> (e.to() != null && e.to().text().equals(text)) || (e.from() != null && e.from().text().equals(text)))
                .findFirst().orElseThrow(() -> new AssertionError("Saknas: " + text));
    }

    @Test
    void rtn_2023_to_2026_shows_the_2026_novelties_as_new_and_what_lives_on_as_changed_with_a_word_diff() {
        Comparison c = Acting.as("lasare", () -> comparison.compare(plan("rtn-2023"), plan("rtn-2026")));
        assertThat(entry(c, "Tidiga insatser för barn och unga").change()).isEqualTo(Change.NEW);
        assertThat(entry(c, "Att främja att fler barn och unga klarar av sina studier.").change()).isEqualTo(Change.NEW);
        // the 17 lineages the two years share live on; every one of them is reworded in the 2026 deck (69 items: the ten målsättningar, two headings, …)
        assertThat(c.entries().stream().filter(e -> e.from() != null && e.to() != null)).hasSize(17)
                .allSatisfy(e -> assertThat(e.change()).isIn(Change.CHANGED, Change.CONTINUED));
        assertThat(c.counts()).containsEntry(Change.NEW, 69L - 17).containsEntry(Change.REMOVED, 121L - 17)
                .containsEntry(Change.CHANGED, 17L).containsEntry(Change.CONTINUED, 0L);

        ComparisonEntry guestNights = entry(c, "Antal gästnätter. Ska öka");
        assertThat(guestNights.change()).isEqualTo(Change.CHANGED);
        assertThat(guestNights.from().text()).isEqualTo("Antal gästnätter i Örebro län ska öka med 33 procent jämfört med 2016.");
        assertThat(guestNights.targetChanged()).isTrue();
        assertThat(guestNights.diff()).extracting(WordDiff.Token::op).contains(WordDiff.Op.EQUAL, WordDiff.Op.DELETE, WordDiff.Op.INSERT);
        assertThat(guestNights.diff().get(0)).isEqualTo(new WordDiff.Token(WordDiff.Op.EQUAL, "Antal"));

        // Effektmål 5 (2023) lives on as Målsättning Nr 4 (2026): changed and renumbered
        ComparisonEntry goal = entry(c, "Den hållbara regionala utvecklingen ligger i framkant.");
        assertThat(goal.change()).isEqualTo(Change.CHANGED);
        assertThat(goal.renumbered()).isTrue();
        assertThat(goal.from().item().label()).isEqualTo("Effektmål 5");
    }

    @Test
    void rtn_2020_to_2023_shows_the_continued_assignments_as_continued_and_the_renumbered_goal_too() {
        Comparison c = Acting.as("lasare", () -> comparison.compare(plan("rtn-2020"), plan("rtn-2023")));
        List<ComparisonEntry> continuedAssignments = c.entries().stream()
                .filter(e -> e.type() == ItemType.ASSIGNMENT && e.change() == Change.CONTINUED).toList();
        // the uppdrag VP 2023 tags "Från 2022 fortsätter 2023" and words as in 2020, and the economic action plan
        assertThat(continuedAssignments).extracting(e -> e.to().lineageKey())
                .containsExactlyInAnyOrder("rtn-upp-tabb", "rtn-upp-larcentrum", "rtn-upp-regeringsuppdrag-hallbar-regional-utveckling",
                        "rtn-upp-ai", "rtn-upp-ekonomisk-handlingsplan");
        // "Effektmål nr 7" in 2020 is "Effektmål 5" in 2023, worded the same: continued, with a new number
        ComparisonEntry em = entry(c, "Länets invånare och de som verkar i Örebro län har stark konkurrenskraft, hög och jämlik livskvalitet och god resurseffektivitet.");
        assertThat(em.change()).isEqualTo(Change.CONTINUED);
        assertThat(em.renumbered()).isTrue();
        assertThat(c.counts().get(Change.CONTINUED) + c.counts().get(Change.CHANGED)).isEqualTo(77L);
    }

    @Test
    void the_compare_api_lists_change_type_and_item_ids_with_a_diff_for_changed_items() throws Exception {
        UUID from = plan("rtn-2023");
        UUID to = plan("rtn-2026");
        mvc.perform(get("/api/v1/plans/compare").param("from", from.toString()).param("to", to.toString()).with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries.length()").value(52 + 17 + 104))
                .andExpect(jsonPath("$.entries[?(@.toText == 'Tidiga insatser för barn och unga')].change").value("NEW"))
                .andExpect(jsonPath("$.entries[?(@.toText == 'Tidiga insatser för barn och unga')].type").value("GOAL"))
                .andExpect(jsonPath("$.entries[?(@.toText == 'Tidiga insatser för barn och unga')].toItemId").isNotEmpty())
                .andExpect(jsonPath("$.entries[?(@.toText == 'Antal gästnätter. Ska öka')].change").value("CHANGED"))
                .andExpect(jsonPath("$.entries[?(@.toText == 'Antal gästnätter. Ska öka')].fromItemId").isNotEmpty())
                .andExpect(jsonPath("$.entries[?(@.toText == 'Antal gästnätter. Ska öka')].diff[0].op").value("EQUAL"))
                .andExpect(jsonPath("$.entries[?(@.change == 'REMOVED')].toItemId").isEmpty())
                .andExpect(jsonPath("$.counts.NEW").value(52));
    }

    @Test
    void the_comparison_page_filters_by_type_and_shows_changes_in_words_and_icons() throws Exception {
        String html = mvc.perform(get("/planer/jamfor").param("fran", plan("rtn-2023").toString()).param("till", plan("rtn-2026").toString())
                        .param("typ", "GOAL").with(user("lasare")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Tidiga insatser för barn och unga", "Ny", "Ändrad", "Borttagen", "<del>", "<ins>")
                .doesNotContain("Antal gästnätter. Ska öka");
        // without parameters it opens on the latest plan and the one before it
        assertThat(mvc.perform(get("/planer/jamfor").with(user("lasare"))).andReturn().getResponse().getContentAsString())
                .contains("Tidiga insatser för barn och unga");
    }

    @Test
    void word_diff_marks_deleted_and_inserted_words_and_keeps_the_common_ones() {
        assertThat(WordDiff.diff("Antal nystartade företag per 1000 invånare", "Antal nystartade företag per 1 000 invånare (ska öka)"))
                .containsExactly(new WordDiff.Token(WordDiff.Op.EQUAL, "Antal nystartade företag per"),
                        new WordDiff.Token(WordDiff.Op.DELETE, "1000"), new WordDiff.Token(WordDiff.Op.INSERT, "1 000"),
                        new WordDiff.Token(WordDiff.Op.EQUAL, "invånare"), new WordDiff.Token(WordDiff.Op.INSERT, "(ska öka)"));
        assertThat(WordDiff.diff("", "Ny")).containsExactly(new WordDiff.Token(WordDiff.Op.INSERT, "Ny"));
    }

    @Test
    void a_new_years_plan_gets_proposed_matches_that_a_person_confirms_or_corrects() throws Exception {
        // a 2027 plan for RTN typed afresh: reworded items, no lineage yet
        UUID body = Acting.as("admin", () -> organisation.unitByCode("RTN").orElseThrow().id());
        PlanSummary next = Acting.as("admin", () -> editing.createPlan(new CreatePlan(body, 2027, "Verksamhetsplan med budget 2027", null, null)));
        PlanItem focus = Acting.as("admin", () -> editing.addItem(new AddItem(next.id(), null, ItemType.GOAL, "Fokusområde", "4.2",
                "Tidiga insatser för alla barn och unga", null, null, null)));
        PlanItem assignment = Acting.as("admin", () -> editing.addItem(new AddItem(next.id(), focus.id(), ItemType.ASSIGNMENT, null, "32",
                "Att främja att fler barn och unga klarar sina studier.", "FM 2027", "FM", null)));
        PlanItem fresh = Acting.as("admin", () -> editing.addItem(new AddItem(next.id(), null, ItemType.GOAL, "Fokusområde", "4.4",
                "Rymdindustrins leverantörskedjor i Bergslagen", null, null, null)));
        UUID from = plan("rtn-2026");

        List<MatchProposal> proposals = Acting.as("controller", () -> matching.propose(from, next.id()));
        MatchProposal forFocus = proposals.stream().filter(p -> p.item().id().equals(focus.id())).findFirst().orElseThrow();
        assertThat(forFocus.status()).isEqualTo(MatchProposal.Status.PROPOSED);
        assertThat(forFocus.best().entry().text()).isEqualTo("Tidiga insatser för barn och unga");
        MatchProposal forAssignment = proposals.stream().filter(p -> p.item().id().equals(assignment.id())).findFirst().orElseThrow();
        assertThat(forAssignment.best().entry().text()).isEqualTo("Att främja att fler barn och unga klarar av sina studier.");
        assertThat(proposals.stream().filter(p -> p.item().id().equals(fresh.id())).findFirst().orElseThrow().status())
                .isEqualTo(MatchProposal.Status.NONE);
        // the count the plan page shows is kept per pair of plans, and follows every change of their items
        assertThat(Acting.as("controller", () -> matching.openProposals(from, next.id()))).isEqualTo(2);
        assertThat(Acting.as("controller", () -> matching.openProposals(from, next.id()))).isEqualTo(2);
        PlanItem similar = Acting.as("admin", () -> editing.addItem(new AddItem(next.id(), null, ItemType.GOAL, "Fokusområde", "4.5",
                "Tidiga insatser för barn och unga", null, null, null)));
        assertThat(Acting.as("controller", () -> matching.openProposals(from, next.id())))
                .isEqualTo(Acting.as("controller", () -> matching.countOpen(from, next.id()))).isEqualTo(3);
        Acting.as("admin", () -> {
            return editing.removeItem(similar.id(), similar.version());
        });
        assertThat(Acting.as("controller", () -> matching.openProposals(from, next.id()))).isEqualTo(2);

        // the controller confirms the focus area on the page; the comparison then sees it as changed, not new
        mvc.perform(post("/planer/" + next.id() + "/koppla").with(user("controller")).with(csrf())
                        .param("fran", from.toString()).param("punkt", focus.id().toString()).param("val", forFocus.best().entry().id().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(Acting.as("admin", () -> model.item(focus.id())).lineageId()).isEqualTo(forFocus.best().entry().item().lineageId());
        Comparison c = Acting.as("admin", () -> comparison.compare(from, next.id()));
        assertThat(entry(c, "Tidiga insatser för alla barn och unga").change()).isEqualTo(Change.CHANGED);
        assertThat(Acting.as("controller", () -> matching.openProposals(from, next.id())))
                .isEqualTo(Acting.as("controller", () -> matching.countOpen(from, next.id()))).isEqualTo(1);

        // a correction: the assignment is new after all; and a second item cannot take a lineage already taken
        mvc.perform(post("/api/v1/plans/" + next.id() + "/matches").with(httpBasic("controller", "controller"))
                        .contentType("application/json").content("{\"from\":\"" + from + "\",\"toItemId\":\"" + assignment.id() + "\",\"fromItemId\":null}"))
                .andExpect(status().isNoContent());
        assertThatThrownBy(() -> Acting.as("controller", () -> matching.confirm(next.id(), from, fresh.id(), forFocus.best().entry().id())))
                .hasMessage("lineage.error.taken");
        String page = mvc.perform(get("/planer/" + next.id() + "/koppla").param("fran", from.toString()).with(user("controller")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rymdindustrins leverantörskedjor i Bergslagen", "Bekräfta");
        // someone without EDIT_PLAN for RTN cannot decide lineage
        mvc.perform(post("/api/v1/plans/" + next.id() + "/matches").with(httpBasic("controller-rs", "controller-rs"))
                        .contentType("application/json").content("{\"from\":\"" + from + "\",\"toItemId\":\"" + fresh.id() + "\",\"fromItemId\":null}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_matcher_proposes_continuations_the_transcription_left_unlinked_between_2023_and_2026() {
        List<MatchProposal> proposals = Acting.as("lasare", () -> matching.propose(plan("rtn-2023"), plan("rtn-2026")));
        assertThat(proposals).hasSize(69);
        assertThat(proposals.stream().filter(p -> p.status() == MatchProposal.Status.LINKED)).hasSize(17);
        // "Andel barn och unga med gott självskattat hälsotillstånd" (2026) resembles 2023's self-rated health indicator
        MatchProposal health = proposals.stream().filter(p -> p.item().text().startsWith("Andel barn och unga med gott självskattat")).findFirst().orElseThrow();
        assertThat(health.status()).isEqualTo(MatchProposal.Status.PROPOSED);
        assertThat(health.best().entry().text()).containsIgnoringCase("hälsotillstånd");
    }
}
