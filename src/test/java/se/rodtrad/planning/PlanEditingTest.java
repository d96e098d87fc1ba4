package se.rodtrad.planning;

import se.rodtrad.fixtures.Acting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;

/**
 * Editing plans: validation per target form with Swedish messages, optimistic locking, permissions scoped to the
 * plan's body, the status flow, immutability of a decided plan and revisions. Every test works on plans it creates
 * (for bodies the demo plans do not use); the demo plans are only read.
 */
@RodtradTest
@WithMockUser("admin")
class PlanEditingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    PlanModel model;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcClient jdbc;

    /** A draft plan of its own with one goal and one indicator, so no demo plan and no demo lineage is touched. */
    private PlanSummary draftPlan(String bodyCode, int year) {
        return Acting.as("admin", () -> {
            UUID body = organisation.unitByCode(bodyCode).orElseThrow().id();
            PlanSummary plan = editing.createPlan(new CreatePlan(body, year, "Verksamhetsplan med budget " + year, null, null));
            PlanItem goal = editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Nämndmål", "1", "Kulturen når fler invånare.", null, null, null));
            editing.addItem(new AddItem(plan.id(), goal.id(), ItemType.INDICATOR, null, null, "Antal besök ska öka.", null, null,
                    new TargetDraft("PREVIOUS_VALUE", "INCREASE", null, null, null, null, null, null, null, null, null, null, null, null)));
            // the plan as it is after its items were added (each save moves the plan's version)
            return plans.plan(plan.id());
        });
    }

    private PlanItem firstIndicator(PlanSummary plan) {
        return Acting.as("admin", () -> model.items(plan.id()).stream().filter(i -> i.type() == ItemType.INDICATOR).findFirst().orElseThrow());
    }

    private PlanItem item(UUID id) {
        return Acting.as("admin", () -> model.item(id));
    }

    private List<PlanItem> items(UUID planId) {
        return Acting.as("admin", () -> model.items(planId));
    }

    private PlanSummary plan(UUID id) {
        return Acting.as("admin", () -> plans.plan(id));
    }

    private List<PlanSummary> versions(UUID id) {
        return Acting.as("admin", () -> plans.versions(id));
    }

    private static String json(int version, String text, String targetJson) {
        return "{\"version\":" + version + ",\"text\":\"" + text + "\",\"target\":" + targetJson + "}";
    }

    @Test
    void an_interval_needs_two_bounds_and_a_relative_change_needs_base_year_target_year_and_percent() throws Exception {
        PlanSummary plan = draftPlan("KFN", 2031);
        PlanItem indicator = firstIndicator(plan);
        mvc.perform(put("/api/v1/plans/items/" + indicator.id()).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(indicator.version(), "Andel nöjda besökare.", "{\"form\":\"INTERVAL\",\"lower\":\"77\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.upper"))
                .andExpect(jsonPath("$.errors[0].message").value("Ett intervall behöver en övre gräns."));
        mvc.perform(put("/api/v1/plans/items/" + indicator.id()).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(indicator.version(), "Besöken ska öka med 10 procent.", "{\"form\":\"RELATIVE_CHANGE\",\"direction\":\"INCREASE\"}")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'target.baseYear')].message").value("Ange basår: en relativ förändring och en jämförelse med basår behöver året man jämför med."))
                // "öka med 33 procent jämfört med 2016" (RTN 2023) names no target year: a relative change may do without one
                .andExpect(jsonPath("$.errors[?(@.field == 'target.targetYear')]").isEmpty())
                .andExpect(jsonPath("$.errors[?(@.field == 'target.percent')].message").value("Ange förändringen i procent."));
        assertThat(item(indicator.id()).version()).isEqualTo(indicator.version());

        // the same rules on the page, each message beside its field and the typed text kept
        String page = mvc.perform(post("/planer/punkter/" + indicator.id()).with(user("admin")).with(csrf())
                        .param("version", String.valueOf(indicator.version())).param("text", "Sjukfrånvaron ska minska.")
                        .param("target.form", "INTERVAL").param("target.lower", "6,1").param("target.upper", "5,9"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Den övre gränsen får inte vara mindre än den nedre.", "Sjukfrånvaron ska minska.");

        // a valid relative change is saved exactly, with the Swedish decimal comma read
        mvc.perform(put("/api/v1/plans/items/" + indicator.id()).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(json(indicator.version(), "Besöken ska öka med 12,5 procent till 2030 jämfört med 2024.",
                                "{\"form\":\"RELATIVE_CHANGE\",\"direction\":\"INCREASE\",\"baseYear\":\"2024\",\"targetYear\":2030,\"percent\":\"12,5\"}")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.form").value("RELATIVE_CHANGE"))
                .andExpect(jsonPath("$.target.percent").value(12.5))
                .andExpect(jsonPath("$.target.lower").doesNotExist())
                .andExpect(jsonPath("$.version").value(indicator.version() + 1));
    }

    @Test
    void two_editors_of_the_same_item_get_the_conflict_message_and_neither_edit_is_lost() throws Exception {
        PlanSummary plan = draftPlan("KFN", 2032);
        PlanItem goal = items(plan.id()).get(0);
        mvc.perform(post("/planer/punkter/" + goal.id()).with(user("admin")).with(csrf())
                        .param("version", String.valueOf(goal.version())).param("text", "Kulturen når alla invånare (A)."))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/planer/punkter/" + goal.id()).with(user("admin")).with(csrf())
                        .param("version", String.valueOf(goal.version())).param("text", "Kulturen når fler unga (B)."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Någon annan (admin) sparade en ändring", "Kulturen når alla invånare (A).", "Kulturen når fler unga (B).");
        assertThat(item(goal.id()).text()).isEqualTo("Kulturen når alla invånare (A).");
        mvc.perform(put("/api/v1/plans/items/" + goal.id()).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + goal.version() + ",\"text\":\"C\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.text").value("Kulturen når alla invånare (A)."));
    }

    @Test
    void editing_needs_edit_plan_for_the_plans_body() throws Exception {
        PlanSummary kfn = draftPlan("KFN", 2033);
        PlanItem goal = items(kfn.id()).get(0);
        // the controller works for RTN and FRU, not for Kultur- och fritidsnämnden; the politician never edits
        for (String who : List.of("controller", "politiker", "lasare")) {
            mvc.perform(put("/api/v1/plans/items/" + goal.id()).with(httpBasic(who, who)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":" + goal.version() + ",\"text\":\"X\"}"))
                    .andExpect(status().isForbidden());
        }
        PlanSummary rtn = draftPlan("RTN", 2091);
        PlanItem rtnGoal = items(rtn.id()).get(0);
        mvc.perform(put("/api/v1/plans/items/" + rtnGoal.id()).with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + rtnGoal.version() + ",\"text\":\"Näringslivet växer i hela länet.\"}"))
                .andExpect(status().isOk());
        assertThat(item(goal.id()).text()).isEqualTo("Kulturen når fler invånare.");
    }

    @Test
    void a_plan_goes_draft_proposal_decided_and_then_refuses_every_edit_with_a_clear_message() throws Exception {
        PlanSummary plan = draftPlan("RTN", 2092);
        assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
        // a draft cannot be decided directly
        assertThatThrownBy(() -> Acting.as("admin", () -> editing.changeStatus(plan.id(), plan.version(), PlanStatus.DECIDED, new Decision(LocalDate.of(2091, 11, 18), "RTN", "§ 1"))))
                .hasMessage("plan.error.transition");
        mvc.perform(post("/planer/" + plan.id() + "/status").with(user("controller")).with(csrf())
                        .param("version", String.valueOf(plan.version())).param("status", "PROPOSAL"))
                .andExpect(status().is3xxRedirection());
        PlanSummary proposal = plan(plan.id());
        assertThat(proposal.status()).isEqualTo(PlanStatus.PROPOSAL);

        // deciding is the secretary's (DECIDE_PLAN), not the controller's, and needs date, body and paragraph
        mvc.perform(post("/api/v1/plans/" + plan.id() + "/status").with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + proposal.version() + ",\"status\":\"DECIDED\",\"decisionDate\":\"2025-11-18\",\"decisionBody\":\"RTN\",\"decisionParagraph\":\"§ 88\"}"))
                .andExpect(status().isForbidden());
        String page = mvc.perform(post("/planer/" + plan.id() + "/status").with(user("sekreterare")).with(csrf())
                        .param("version", String.valueOf(proposal.version())).param("status", "DECIDED").param("decisionBody", "RTN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ange beslutsdatum när planen beslutas.", "Ange paragrafen i protokollet");
        mvc.perform(post("/planer/" + plan.id() + "/status").with(user("sekreterare")).with(csrf())
                        .param("version", String.valueOf(proposal.version())).param("status", "DECIDED")
                        .param("decisionDate", "2025-11-18").param("decisionBody", "RTN").param("decisionParagraph", "§ 88"))
                .andExpect(status().is3xxRedirection());
        PlanSummary decided = plan(plan.id());
        assertThat(decided.status()).isEqualTo(PlanStatus.DECIDED);
        assertThat(decided.decision()).isEqualTo(new Decision(LocalDate.of(2025, 11, 18), "RTN", "§ 88"));

        PlanItem item = items(plan.id()).get(0);
        mvc.perform(put("/api/v1/plans/items/" + item.id()).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + item.version() + ",\"text\":\"X\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Planen \"Verksamhetsplan med budget 2092\" för Regional tillväxtnämnd är beslutad och kan inte ändras. Skapa en revision för att göra ändringar."));
        String refused = mvc.perform(post("/planer/punkter/" + item.id()).with(user("admin")).with(csrf())
                        .param("version", String.valueOf(item.version())).param("text", "X"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("är beslutad och kan inte ändras");
        assertThatThrownBy(() -> Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, null, null, "Nytt", null, null, null))))
                .hasMessage("plan.error.decided");
        assertThatThrownBy(() -> Acting.as("admin", () -> editing.removeItem(item.id(), item.version()))).hasMessage("plan.error.decided");
        assertThatThrownBy(() -> Acting.as("admin", () -> editing.changeStatus(plan.id(), decided.version(), PlanStatus.DRAFT, null))).hasMessage("plan.error.decided");
        // and the database itself refuses, whatever path is taken
        assertThatThrownBy(() -> jdbc.sql("update plan_item set text = 'X' where id = ?").param(item.id()).update())
                .hasMessageContaining("beslutad");
        assertThat(item(item.id()).text()).isEqualTo(item.text());
    }

    @Test
    void a_revision_is_a_new_draft_version_with_the_same_lineage_and_the_decided_version_stays_readable() throws Exception {
        PlanSummary draft = draftPlan("SBN", 2037);
        PlanSummary original = Acting.as("admin", () -> {
            editing.changeStatus(draft.id(), draft.version(), PlanStatus.PROPOSAL, null);
            return editing.changeStatus(draft.id(), plans.plan(draft.id()).version(), PlanStatus.DECIDED,
                    new Decision(LocalDate.of(2025, 11, 20), "SBN", "§ 77"));
        });
        List<PlanItem> before = items(original.id());
        mvc.perform(post("/planer/" + original.id() + "/revidera").with(user("admin")).with(csrf()).param("reason", ""))
                .andExpect(status().isOk());   // the reason is required
        mvc.perform(post("/planer/" + original.id() + "/revidera").with(user("admin")).with(csrf())
                        .param("reason", "Nytt uppdrag från regionfullmäktige efter beslut om tilläggsbudget."))
                .andExpect(status().is3xxRedirection());
        PlanSummary revision = versions(original.id()).stream().filter(v -> !v.id().equals(original.id())).findFirst().orElseThrow();
        assertThat(revision.revision()).isEqualTo(original.revision() + 1);
        assertThat(revision.revisesId()).isEqualTo(original.id());
        assertThat(revision.revisionReason()).isEqualTo("Nytt uppdrag från regionfullmäktige efter beslut om tilläggsbudget.");
        assertThat(revision.status()).isEqualTo(PlanStatus.DRAFT);
        List<PlanItem> copied = items(revision.id());
        assertThat(copied).extracting(PlanItem::lineageId).containsExactlyElementsOf(before.stream().map(PlanItem::lineageId).toList());
        assertThat(copied).extracting(PlanItem::text).containsExactlyElementsOf(before.stream().map(PlanItem::text).toList());
        assertThat(copied.get(1).parentId()).isEqualTo(copied.get(0).id());

        // the revision can change; the decided version does not, and stays readable
        PlanItem goal = copied.get(0);
        Acting.as("admin", () -> editing.updateItem(new UpdateItem(goal.id(), goal.version(), goal.kind(), goal.number(),
                "Kulturen når fler invånare i hela länet.", null, null, null, null)));
        assertThat(items(original.id()).get(0).text()).isEqualTo("Kulturen når fler invånare.");
        assertThat(plan(original.id()).status()).isEqualTo(PlanStatus.DECIDED);
        assertThat(mvc.perform(get("/planer/" + original.id()).with(user("lasare"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Kulturen når fler invånare.", "Version 2", "§ 77");
        assertThat(mvc.perform(get("/planer/" + revision.id()).with(user("lasare"))).andReturn().getResponse().getContentAsString())
                .contains("Nytt uppdrag från regionfullmäktige", "Kulturen når fler invånare i hela länet.");
    }

    @Test
    void the_in_place_edit_form_is_an_htmx_fragment_and_a_save_updates_the_tree_line() throws Exception {
        PlanSummary plan = draftPlan("KFN", 2034);
        PlanItem goal = items(plan.id()).get(0);
        String form = mvc.perform(get("/planer/punkter/" + goal.id() + "/redigera").with(user("admin")).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).doesNotContain("<html").contains("<form", "name=\"text\"", "hx-post");
        String saved = mvc.perform(post("/planer/punkter/" + goal.id()).with(user("admin")).with(csrf()).header("HX-Request", "true")
                        .param("version", String.valueOf(goal.version())).param("kind", "Nämndmål").param("number", "1")
                        .param("text", "Kulturen når fler invånare i hela länet."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(saved).contains("Ändringen är sparad.", "hx-swap-oob", "Kulturen når fler invånare i hela länet.");
        // the target fields follow the chosen form
        PlanItem indicator = firstIndicator(plan);
        String fields = mvc.perform(get("/planer/punkter/" + indicator.id() + "/malvardesfalt").with(user("admin")).header("HX-Request", "true")
                        .param("target.form", "RELATIVE_CHANGE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fields).contains("name=\"target.baseYear\"", "name=\"target.targetYear\"", "name=\"target.percent\"").doesNotContain("name=\"target.lower\"");
    }

    @Test
    void an_indicator_is_linked_to_a_kolada_kpi_found_by_title_and_an_unknown_id_is_refused() throws Exception {
        PlanSummary plan = draftPlan("KFN", 2035);
        PlanItem indicator = firstIndicator(plan);
        // with htmx the hits come as radio buttons for the form; without JavaScript the edit page lists them
        String hits = mvc.perform(get("/planer/punkter/" + indicator.id() + "/kolada").with(user("admin")).header("HX-Request", "true")
                        .param("koladaQuery", "växthusgaser totalt"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(hits).contains("name=\"koladaId\" value=\"N07702\"", "Utsläpp till luft av växthusgaser totalt, ton CO2-ekv");
        assertThat(mvc.perform(get("/planer/punkter/" + indicator.id() + "/redigera").with(user("admin")).param("koladaQuery", "N0770"))
                .andReturn().getResponse().getContentAsString()).contains("<html", "N07702");
        mvc.perform(put("/api/v1/plans/items/" + indicator.id()).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + indicator.version() + ",\"text\":\"" + indicator.text() + "\",\"koladaId\":\"X99999\","
                                + "\"target\":{\"form\":\"PREVIOUS_VALUE\",\"direction\":\"INCREASE\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Kolada-id \"X99999\" finns inte i Koladas katalog."));
        mvc.perform(put("/api/v1/plans/items/" + indicator.id()).with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + indicator.version() + ",\"text\":\"" + indicator.text() + "\",\"koladaId\":\"n07702\","
                                + "\"target\":{\"form\":\"PREVIOUS_VALUE\",\"direction\":\"DECREASE\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.koladaId").value("N07702"));
    }

    @Test
    void items_are_added_in_document_order_under_their_parent_and_removed_with_their_children() {
        PlanSummary plan = draftPlan("KFN", 2036);
        PlanItem goal = items(plan.id()).get(0);
        PlanItem last = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Nämndmål", "2", "Föreningslivet är starkt.", null, null, null)));
        PlanItem assignment = Acting.as("admin", () -> editing.addItem(new AddItem(plan.id(), goal.id(), ItemType.ASSIGNMENT, null, "7", "Att utveckla biblioteken.", "DN 2036", "DN", null)));
        List<PlanItem> items = items(plan.id());
        assertThat(items).extracting(PlanItem::text).containsExactly("Kulturen når fler invånare.", "Antal besök ska öka.",
                "Att utveckla biblioteken.", "Föreningslivet är starkt.");
        assertThat(items).extracting(PlanItem::position).containsExactly(0, 1, 2, 3);
        assertThat(item(assignment.id()).parentId()).isEqualTo(goal.id());
        int version = item(goal.id()).version();
        assertThat(Acting.as("admin", () -> editing.removeItem(goal.id(), version))).isEqualTo(3);
        assertThat(items(plan.id())).extracting(PlanItem::id).containsExactly(last.id());
        assertThat(items(plan.id()).get(0).position()).isZero();
    }
}
