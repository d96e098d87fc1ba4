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
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;

/**
 * The yearly cycle: seed 004's timetable and the areas' deliveries on the demo data (read only), and an area
 * manager's own task on a plan the test creates.
 */
@RodtradTest
class PlanCycleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanCycle cycles;
    @Autowired
    Plans plans;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;

    private UUID rtn2026() {
        return Acting.as("lasare", () -> plans.byKey("rtn-2026").orElseThrow().id());
    }

    @Test
    void the_vp_2026_timetable_holds_the_five_milestones_of_seed_004_in_order() {
        Cycle cycle = Acting.as("lasare", () -> cycles.cycle(rtn2026()));
        assertThat(cycle.milestones()).extracting(Cycle.Milestone::date).containsExactly(LocalDate.of(2025, 6, 17), LocalDate.of(2025, 9, 4),
                LocalDate.of(2025, 9, 14), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 18));
        assertThat(cycle.milestones()).extracting(Cycle.Milestone::title).containsExactly("Ekonomiska förutsättningar beslutas av fullmäktige",
                "Presentation av förutsättningar", "Partigruppernas förslag lämnas in.", "Utkast Vp 2026 bereds på nämnd",
                "Vp-2026 och budget beslutas på nämnd");
        assertThat(cycle.milestones().get(1).description())
                .isEqualTo("Områdena presenterar hur de ska bidra till positiv förflyttning inom fokusområdena. Vilka utmaningar finns 2026?");
    }

    @Test
    void three_areas_delivered_at_least_three_activities_and_three_challenges_and_utbildning_och_arbetsmarknad_has_not() throws Exception {
        Cycle cycle = Acting.as("lasare", () -> cycles.cycle(rtn2026()));
        List<Cycle.Task> tasks = cycle.milestones().get(1).tasks();
        assertThat(tasks).extracting(Cycle.Task::unitName)
                .containsExactlyInAnyOrder("Näringslivsutveckling", "Utbildning och arbetsmarknad", "Välfärd och folkhälsa", "Energi och klimat");
        assertThat(tasks).allSatisfy(t -> {
            assertThat(t.due()).isEqualTo(LocalDate.of(2025, 8, 10));
            assertThat(t.minActivities()).isEqualTo(3);
            assertThat(t.minChallenges()).isEqualTo(3);
        });
        Cycle.Task nu = tasks.stream().filter(t -> t.unitName().equals("Näringslivsutveckling")).findFirst().orElseThrow();
        assertThat(nu.activities()).isEqualTo(7);
        assertThat(nu.challenges()).isEqualTo(6);
        assertThat(nu.isDelivered()).isTrue();
        assertThat(nu.meetsMinimum()).isTrue();
        assertThat(nu.activitiesByFocus()).containsEntry("Omställning och förnyelse", 4L).containsEntry("Utbildning", 1L)
                .containsEntry("Kompetensförsörjning", 2L);
        assertThat(nu.entries()).extracting(Cycle.Entry::text).contains("Arbete och engagemang inom Ung Företagsamhet.",
                "Implementering av digital plattform för besöksnäringen och platsberättelsen");
        Cycle.Task vf = tasks.stream().filter(t -> t.unitName().equals("Välfärd och folkhälsa")).findFirst().orElseThrow();
        assertThat(vf.activities()).isEqualTo(7);
        assertThat(vf.challenges()).isEqualTo(5);
        Cycle.Task ek = tasks.stream().filter(t -> t.unitName().equals("Energi och klimat")).findFirst().orElseThrow();
        assertThat(ek.activities()).isEqualTo(6);
        assertThat(ek.challenges()).isEqualTo(4);

        LocalDate after = LocalDate.of(2025, 9, 1);
        assertThat(cycle.notDelivered(after)).singleElement().satisfies(t -> {
            assertThat(t.unitName()).isEqualTo("Utbildning och arbetsmarknad");
            assertThat(t.isOverdue(after)).isTrue();
        });
        String page = mvc.perform(get("/planer/" + rtn2026() + "/arshjul").with(user("lasare"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Har inte levererat", "Utbildning och arbetsmarknad", "Levererat", "2025-06-17",
                "Ekonomiska förutsättningar beslutas av fullmäktige", "7 / 3");
        mvc.perform(get("/api/v1/plans/" + rtn2026() + "/cycle/not-delivered").with(httpBasic("lasare", "lasare")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].unitName").value("Utbildning och arbetsmarknad"));
        assertThat(mvc.perform(get("/planer/arshjul").with(user("lasare"))).andReturn().getResponse().getContentAsString())
                .contains("Utbildning och arbetsmarknad");
    }

    @Test
    void an_area_manager_fills_in_the_own_task_and_cannot_submit_it_short_of_the_minimum() throws Exception {
        UUID rtn = Acting.as("admin", () -> organisation.unitByCode("RTN").orElseThrow().id());
        UUID nuUnit = Acting.as("admin", () -> organisation.unitByCode("FRU-NU").orElseThrow().id());
        UUID vfUnit = Acting.as("admin", () -> organisation.unitByCode("FRU-VF").orElseThrow().id());
        PlanSummary plan = Acting.as("admin", () -> editing.createPlan(new CreatePlan(rtn, 2097, "Verksamhetsplan med budget 2097", null, null)));
        UUID milestone = Acting.as("controller", () -> cycles.addMilestone(plan.id(), LocalDate.of(2096, 9, 4), "Presentation av förutsättningar", null));
        List<UUID> tasks = Acting.as("controller", () -> cycles.addTasks(plan.id(), milestone, List.of(nuUnit, vfUnit),
                "Presentation av insatser och utmaningar", null, LocalDate.of(2096, 8, 10), 3, 3));
        UUID nuTask = Acting.as("admin", () -> cycles.task(tasks.get(0)).unitId().equals(nuUnit) ? tasks.get(0) : tasks.get(1));
        UUID vfTask = nuTask.equals(tasks.get(0)) ? tasks.get(1) : tasks.get(0);

        for (String text : List.of("Företagsstöd", "ÖMS", "Ung Företagsamhet")) {
            mvc.perform(post("/planer/uppgifter/" + nuTask + "/rader").with(user("omradeschef")).with(csrf())
                            .param("kind", "ACTIVITY").param("text", text))
                    .andExpect(status().is3xxRedirection());
        }
        for (String text : List.of("Statsstödsregler", "Finansiering")) {
            mvc.perform(post("/planer/uppgifter/" + nuTask + "/rader").with(user("omradeschef")).with(csrf())
                            .param("kind", "CHALLENGE").param("text", text))
                    .andExpect(status().is3xxRedirection());
        }
        Cycle.Task before = Acting.as("omradeschef", () -> cycles.task(nuTask));
        assertThatThrownBy(() -> Acting.as("omradeschef", () -> cycles.submit(nuTask, before.version())))
                .isInstanceOf(se.rodtrad.shared.domain.ValidationException.class);
        mvc.perform(post("/planer/uppgifter/" + nuTask + "/lamna").with(user("omradeschef")).with(csrf()).param("version", String.valueOf(before.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errors", java.util.Map.of("challenges", "Minst 3 utmaningar behövs; 2 är angivna.")));
        Acting.as("omradeschef", () -> cycles.addEntry(nuTask, Cycle.EntryKind.CHALLENGE, null, "Svårare finansiella förutsättningar"));
        Cycle.Task delivered = Acting.as("omradeschef", () -> cycles.submit(nuTask, before.version()));
        assertThat(delivered.isDelivered()).isTrue();
        assertThat(delivered.submittedBy()).isEqualTo("omradeschef");
        assertThatThrownBy(() -> Acting.as("omradeschef", () -> cycles.addEntry(nuTask, Cycle.EntryKind.ACTIVITY, null, "Sent")))
                .hasMessage("cycle.error.submitted");

        // the area manager works for Näringslivsutveckling only
        mvc.perform(post("/planer/uppgifter/" + vfTask + "/rader").with(user("omradeschef")).with(csrf()).param("kind", "ACTIVITY").param("text", "X"))
                .andExpect(status().isForbidden());
        Cycle cycle = Acting.as("controller", () -> cycles.cycle(plan.id()));
        assertThat(cycle.notDelivered(LocalDate.of(2096, 9, 1))).extracting(Cycle.Task::unitName).containsExactly("Välfärd och folkhälsa");

        // the controller opens it again
        Cycle.Task reopened = Acting.as("controller", () -> cycles.reopen(nuTask, delivered.version()));
        assertThat(reopened.isDelivered()).isFalse();
    }
}
