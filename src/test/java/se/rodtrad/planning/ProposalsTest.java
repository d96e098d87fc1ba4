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

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;

/**
 * Change proposals: party groups, the committee or the administration propose; the committee's decision is
 * recorded; accepted changes enter the plan all together and every item shows the proposal it came from. Each
 * test works on a draft plan of its own.
 */
@RodtradTest
class ProposalsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanModel model;
    @Autowired
    PlanEditing editing;
    @Autowired
    Proposals proposals;
    @Autowired
    Plans plans;
    @Autowired
    Organisation organisation;

    record Fixture(PlanSummary plan, PlanItem goal, PlanItem indicator, PlanItem assignment) {
    }

    private Fixture draft(int year) {
        return Acting.as("admin", () -> {
            UUID rtn = organisation.unitByCode("RTN").orElseThrow().id();
            PlanSummary plan = editing.createPlan(new CreatePlan(rtn, year, "Verksamhetsplan med budget " + year, null, null));
            PlanItem goal = editing.addItem(new AddItem(plan.id(), null, ItemType.GOAL, "Fokusområde", "4.2", "Tidiga insatser för barn och unga", null, null, null));
            PlanItem indicator = editing.addItem(new AddItem(plan.id(), goal.id(), ItemType.INDICATOR, null, null,
                    "Andel elever i åk 9 med gymnasiebehörighet. Ska öka.", null, null,
                    new TargetDraft("PREVIOUS_VALUE", "INCREASE", null, null, null, null, null, null, null, null, null, null, null, null)));
            PlanItem assignment = editing.addItem(new AddItem(plan.id(), goal.id(), ItemType.ASSIGNMENT, null, "32",
                    "Att främja att fler barn och unga klarar av sina studier.", "FM " + year, "FM", null));
            // the plan as it is after its items were added (each save moves the plan's version)
            return new Fixture(plans.plan(plan.id()), goal, indicator, assignment);
        });
    }

    private List<PlanItem> items(UUID planId) {
        return Acting.as("admin", () -> model.items(planId));
    }

    @Test
    void a_party_group_proposes_on_the_page_the_committee_accepts_and_every_item_shows_the_proposal() throws Exception {
        Fixture f = draft(2093);
        String location = mvc.perform(post("/planer/" + f.plan().id() + "/forslag").with(user("politiker")).with(csrf())
                        .param("submitterType", "PARTY_GROUP").param("submitter", "Centerpartiets partigrupp")
                        .param("title", "Förslag gällande justering av fokusområden och uppdrag")
                        .param("motivation", "Landsbygdens barn ska nås av tidiga insatser.")
                        .param("changes[0].action", "ADD").param("changes[0].itemId", f.goal().id().toString())
                        .param("changes[0].type", "ASSIGNMENT").param("changes[0].text", "Att utveckla tidiga insatser för barn och unga på landsbygden.")
                        .param("changes[1].action", "CHANGE").param("changes[1].itemId", f.goal().id().toString())
                        .param("changes[1].text", "Tidiga insatser för alla barn och unga i hela länet")
                        .param("changes[2].action", "REMOVE").param("changes[2].itemId", f.indicator().id().toString())
                        .param("changes[3].action", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Proposal p = Acting.as("admin", () -> proposals.forPlan(f.plan().id()).get(0));
        assertThat(location).endsWith("/forslag/" + p.id());
        assertThat(p.number()).isEqualTo(1);
        assertThat(p.status()).isEqualTo(Proposal.Status.SUBMITTED);
        assertThat(p.changes()).extracting(Proposal.ProposalChange::action)
                .containsExactly(Proposal.Action.ADD, Proposal.Action.CHANGE, Proposal.Action.REMOVE);
        // nothing changes in the plan before the committee decides
        assertThat(items(f.plan().id())).hasSize(3);

        String page = mvc.perform(get(location).with(user("sekreterare"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Centerpartiets partigrupp", "Partigrupp", "Inlämnat", "<ins>", "<del>", "Bifall");

        // the controller edits plans but does not record the committee's decisions
        mvc.perform(post("/api/v1/plans/proposals/" + p.id() + "/accept").with(httpBasic("controller", "controller"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + p.version() + "}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/planer/" + f.plan().id() + "/forslag/" + p.id() + "/beslut").with(user("sekreterare")).with(csrf())
                        .param("beslut", "accept").param("version", String.valueOf(p.version())).param("note", "RTN § 91"))
                .andExpect(status().is3xxRedirection());

        Proposal accepted = Acting.as("admin", () -> proposals.proposal(p.id()));
        assertThat(accepted.status()).isEqualTo(Proposal.Status.ACCEPTED);
        assertThat(accepted.decidedBy()).isEqualTo("sekreterare");
        List<PlanItem> after = items(f.plan().id());
        assertThat(after).extracting(PlanItem::text).containsExactly("Tidiga insatser för alla barn och unga i hela länet",
                "Att främja att fler barn och unga klarar av sina studier.", "Att utveckla tidiga insatser för barn och unga på landsbygden.");
        PlanEntry added = Acting.as("admin", () -> model.entry(after.get(2).id()));
        assertThat(added.proposalId()).isEqualTo(p.id());
        assertThat(added.item().parentId()).isEqualTo(f.goal().id());
        assertThat(Acting.as("admin", () -> model.entry(f.goal().id())).proposalId()).isEqualTo(p.id());
        assertThat(Acting.as("admin", () -> model.entry(f.assignment().id())).proposalId()).isNull();
        assertThat(accepted.changes().get(0).appliedItemId()).isEqualTo(added.id());

        // every item shows the proposal it came from, in the tree and on its own page
        assertThat(mvc.perform(get("/planer/" + f.plan().id()).with(user("lasare"))).andReturn().getResponse().getContentAsString())
                .contains("Förslag 1");
        assertThat(mvc.perform(get("/planer/punkter/" + added.id()).with(user("lasare"))).andReturn().getResponse().getContentAsString())
                .contains("Förslag 1: Förslag gällande justering av fokusområden och uppdrag");
        mvc.perform(get("/api/v1/plans/" + f.plan().id() + "/items").with(httpBasic("lasare", "lasare")))
                .andExpect(jsonPath("$[2].proposalId").value(p.id().toString()))
                .andExpect(jsonPath("$[2].provenance").value("Förslag 1"));
    }

    @Test
    void a_proposal_needs_a_submitter_a_title_and_complete_changes_each_with_a_swedish_message() throws Exception {
        Fixture f = draft(2094);
        String page = mvc.perform(post("/planer/" + f.plan().id() + "/forslag").with(user("politiker")).with(csrf())
                        .param("changes[0].action", "ADD").param("changes[0].type", "")
                        .param("changes[1].action", "CHANGE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ange om förslaget kommer från en partigrupp, nämnden eller förvaltningen.", "Ange vem som lämnar förslaget.",
                "Ge förslaget en rubrik.", "Ändring 1: välj typ för den nya punkten.", "Ändring 1: skriv lydelsen.",
                "Ändring 2: välj vilken punkt som ska ändras eller tas bort.");
        mvc.perform(post("/api/v1/plans/" + f.plan().id() + "/proposals").with(httpBasic("politiker", "politiker"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"submitterType\":\"ADMINISTRATION\",\"submitter\":\"Förvaltningen\",\"title\":\"Tomt\",\"changes\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Förslaget måste innehålla minst en ändring."));
        assertThat(Acting.as("admin", () -> proposals.forPlan(f.plan().id()))).isEmpty();
        // the reader may not propose
        mvc.perform(post("/api/v1/plans/" + f.plan().id() + "/proposals").with(httpBasic("lasare", "lasare"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"submitterType\":\"ADMINISTRATION\",\"submitter\":\"X\",\"title\":\"X\","
                                + "\"changes\":[{\"action\":\"REMOVE\",\"itemId\":\"" + f.assignment().id() + "\"}]}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void accepting_applies_all_changes_or_none_and_a_rejection_leaves_the_plan_as_it_was() throws Exception {
        Fixture f = draft(2095);
        Proposal both = Acting.as("politiker", () -> proposals.submit(new SubmitProposal(f.plan().id(), Proposal.SubmitterType.ADMINISTRATION,
                "Förvaltningen för regional utveckling", "Förslag till ändringar av styrtal och uppdrag",
                null, List.of(new SubmitProposal.ChangeDraft("REMOVE", f.assignment().id(), null, null, null, null, null),
                        new SubmitProposal.ChangeDraft("CHANGE", f.indicator().id(), null, null, null, "Andel barn och unga med gott självskattat hälsotillstånd. Ska öka.", null)))));
        // the indicator goes before the committee decides: the proposal can no longer be applied as a whole
        Acting.as("admin", () -> editing.removeItem(f.indicator().id(), f.indicator().version()));
        assertThatThrownBy(() -> Acting.as("sekreterare", () -> proposals.accept(both.id(), both.version(), null)))
                .hasMessage("proposal.error.gone");
        assertThat(items(f.plan().id())).extracting(PlanItem::id).contains(f.assignment().id());
        assertThat(Acting.as("admin", () -> proposals.proposal(both.id())).status()).isEqualTo(Proposal.Status.SUBMITTED);

        Proposal rejected = Acting.as("sekreterare", () -> proposals.reject(both.id(), both.version(), "Uppdraget kvarstår enligt FM."));
        assertThat(rejected.status()).isEqualTo(Proposal.Status.REJECTED);
        assertThat(rejected.decisionNote()).isEqualTo("Uppdraget kvarstår enligt FM.");
        assertThat(items(f.plan().id())).extracting(PlanItem::id).contains(f.assignment().id());
        assertThatThrownBy(() -> Acting.as("sekreterare", () -> proposals.accept(both.id(), rejected.version(), null)))
                .hasMessage("proposal.error.decided");
    }

    @Test
    void a_decided_plan_takes_no_proposals() throws Exception {
        Fixture f = draft(2096);
        Acting.as("admin", () -> {
            editing.changeStatus(f.plan().id(), f.plan().version(), PlanStatus.PROPOSAL, null);
            return editing.changeStatus(f.plan().id(), plans.plan(f.plan().id()).version(), PlanStatus.DECIDED,
                    new Decision(LocalDate.of(2025, 11, 18), "RTN", "§ 120"));
        });
        mvc.perform(post("/api/v1/plans/" + f.plan().id() + "/proposals").with(httpBasic("politiker", "politiker"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"submitterType\":\"PARTY_GROUP\",\"submitter\":\"(M)\",\"title\":\"Sent\","
                                + "\"changes\":[{\"action\":\"REMOVE\",\"itemId\":\"" + f.assignment().id() + "\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("är beslutad och kan inte ändras")));
        assertThat(mvc.perform(get("/planer/" + f.plan().id() + "/forslag").with(user("politiker"))).andReturn().getResponse().getContentAsString())
                .contains("Planen är beslutad; nya förslag kan inte lämnas.").doesNotContain("/forslag/ny");
    }
}
