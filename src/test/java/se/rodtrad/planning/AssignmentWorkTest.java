package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

/** Assignments as work: an owner and dates set through the plan's verb, in any status, each save guarded by its version. */
@RodtradTest
class AssignmentWorkTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanEditing editing;
    @Autowired
    PlanModel model;
    @Autowired
    Organisation organisation;
    @Autowired
    MockMvc mvc;
    @Autowired
    AssignmentOverview overview;

    private TestPlans.Made decidedPlanWithAnAssignment() {
        TestPlans builder = TestPlans.plan(context, "RTN", TestPlans.newYear());
        int goal = builder.goal("Effektmål", "1", "Ett starkt näringsliv");
        builder.assignment(goal, "27", "Att främja det strategiska påverkansarbetet", "FM 2026", "FM");
        return builder.in(PlanStatus.DECIDED);
    }

    @Test
    void a_decided_plans_assignment_gets_an_owner_and_dates_while_its_wording_stays_decided() {
        TestPlans.Made plan = decidedPlanWithAnAssignment();
        PlanItem assignment = plan.item(1);
        String unit = organisation.unitByCode("FRU-NU").orElseThrow().id().toString();
        AssignmentWork saved = Acting.as("controller", () -> editing.assignWork(new AssignWork(assignment.id(), null, unit,
                "Områdeschef näringslivsutveckling", "2026-01-01", "2026-06-30")));
        assertThat(saved.ownerPerson()).isEqualTo("Områdeschef näringslivsutveckling");
        assertThat(saved.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(saved.exempeldata()).isFalse();
        PlanEntry entry = Acting.as("lasare", () -> model.entry(assignment.id()));
        assertThat(entry.work().ownerUnitId().toString()).isEqualTo(unit);
        assertThat(entry.item().text()).isEqualTo("Att främja det strategiska påverkansarbetet");

        // a second save against the version first read is someone else's change: refused with theirs
        AssignmentWork again = Acting.as("controller", () -> editing.assignWork(new AssignWork(assignment.id(), saved.version(), unit,
                "Näringslivsstrateg", "2026-01-01", "2026-09-30")));
        assertThat(again.version()).isEqualTo(saved.version() + 1);
        assertThatThrownBy(() -> Acting.as("controller", () -> editing.assignWork(new AssignWork(assignment.id(), saved.version(), unit,
                "Någon annan", null, null))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(((AssignmentWork) e.current()).ownerPerson()).isEqualTo("Näringslivsstrateg"));
    }

    /**
     * An assignment continues through its lineage: the revision of a decided plan and next year's plan copied from it
     * hold the same uppdrag, so whoever carries it out (unit and person) and its dates come along until someone
     * changes them there — and changing them in the new plan leaves the decided one as it was.
     */
    @Test
    void an_assignments_owner_and_deadline_follow_it_to_the_revision_and_to_next_years_plan() {
        TestPlans.Made plan = decidedPlanWithAnAssignment();
        PlanItem assignment = plan.item(1);
        String unit = organisation.unitByCode("FRU-NU").orElseThrow().id().toString();
        Acting.as("controller", () -> editing.assignWork(new AssignWork(assignment.id(), null, unit, "Områdeschef näringslivsutveckling",
                "2026-01-01", "2026-06-30")));

        PlanSummary revision = Acting.as("controller", () -> editing.revise(plan.id(), "Nytt uppdrag från fullmäktige"));
        AssignmentWork revised = workOf(revision.id(), assignment.lineageId());
        assertThat(revised.ownerUnitId().toString()).isEqualTo(unit);
        assertThat(revised.ownerPerson()).isEqualTo("Områdeschef näringslivsutveckling");
        assertThat(revised.start()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(revised.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));

        PlanSummary nextYear = Acting.as("controller", () -> editing.createPlan(new CreatePlan(plan.plan().bodyId(), TestPlans.newYear(),
                "Verksamhetsplan med budget", null, revision.id())));
        AssignmentWork continued = workOf(nextYear.id(), assignment.lineageId());
        assertThat(continued.ownerUnitId().toString()).isEqualTo(unit);
        assertThat(continued.ownerPerson()).isEqualTo("Områdeschef näringslivsutveckling");
        assertThat(continued.deadline()).isEqualTo(LocalDate.of(2026, 6, 30));

        // a new owner in next year's plan is that plan's own: the decided plan keeps who carried it out that year
        PlanItem nextItem = Acting.as("lasare", () -> model.entries(nextYear.id())).stream().map(PlanEntry::item)
                .filter(i -> i.lineageId().equals(assignment.lineageId())).findFirst().orElseThrow();
        Acting.as("controller", () -> editing.assignWork(new AssignWork(nextItem.id(), continued.version(), unit, "Näringslivsstrateg",
                null, "2027-06-30")));
        assertThat(workOf(plan.id(), assignment.lineageId()).ownerPerson()).isEqualTo("Områdeschef näringslivsutveckling");
        assertThat(workOf(nextYear.id(), assignment.lineageId()).ownerPerson()).isEqualTo("Näringslivsstrateg");
    }

    private AssignmentWork workOf(java.util.UUID planId, java.util.UUID lineage) {
        return Acting.as("lasare", () -> model.entries(planId)).stream().filter(e -> e.item().lineageId().equals(lineage))
                .findFirst().orElseThrow().work();
    }

    @Test
    void bad_dates_an_unknown_unit_and_a_start_after_the_deadline_are_refused_in_swedish() {
        TestPlans.Made plan = decidedPlanWithAnAssignment();
        PlanItem assignment = plan.item(1);
        assertThatThrownBy(() -> Acting.as("controller", () -> editing.assignWork(new AssignWork(assignment.id(), null, "inte-en-enhet", null,
                "1 januari", "2026-02-30"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("ownerUnitId", "start", "deadline"));
        assertThatThrownBy(() -> Acting.as("controller", () -> editing.assignWork(new AssignWork(assignment.id(), null, null, null,
                "2026-07-01", "2026-06-30"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("plan.work.validation.startAfterDeadline"));
        assertThatThrownBy(() -> Acting.as("controller", () -> editing.assignWork(new AssignWork(plan.item(0).id(), null, null, "X", null, null))))
                .isInstanceOf(DomainException.class).hasMessageContaining("notAnAssignment");
        assertThatThrownBy(() -> Acting.as("lasare", () -> editing.assignWork(new AssignWork(assignment.id(), null, null, "X", null, null))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_assignments_of_rtn_2023_have_owners_and_deadlines_marked_as_exempeldata() {
        List<SearchHit> rtn2023 = Acting.as("lasare", () -> model.assignments(new AssignmentQuery(null, null, 2023, null), 100)).stream()
                .filter(h -> h.plan().key().equals("rtn-2023")).toList();
        assertThat(rtn2023).hasSize(9).allSatisfy(h -> {
            assertThat(h.entry().work().deadline()).isNotNull();
            assertThat(h.entry().work().exempeldata()).isTrue();
        });
    }

    @Test
    void the_item_page_shows_the_form_and_a_refused_date_is_marked_invalid_in_place() throws Exception {
        TestPlans.Made plan = decidedPlanWithAnAssignment();
        PlanItem assignment = plan.item(1);
        String page = mvc.perform(get("/planer/punkter/" + assignment.id()).with(user("controller"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Ansvar och tider").contains("name=\"deadline\"");
        String refused = mvc.perform(post("/planer/punkter/" + assignment.id() + "/ansvar").with(user("controller")).with(csrf())
                        .header("HX-Request", "true").param("deadline", "snart").param("ownerPerson", "Områdeschef"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("aria-invalid=\"true\"").contains("skriv datumet som ÅÅÅÅ-MM-DD").contains("value=\"Områdeschef\"");
        String reader = mvc.perform(get("/planer/punkter/" + assignment.id()).with(user("lasare"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(reader).contains("Ansvar och tider").doesNotContain("name=\"deadline\"");
    }

    @Test
    void the_politicians_behind_schedule_list_shows_rtn_2023s_late_demo_assignments_but_not_the_one_done() {
        MyAssignments mine = Acting.as("politiker", () -> overview.mine());
        assertThat(mine.focus()).isEqualTo(MyAssignments.Focus.BEHIND);
        assertThat(mine.lines()).allSatisfy(l -> assertThat(l.state()).isEqualTo(AssignmentState.LATE));
        List<String> rtn2023 = mine.lines().stream().filter(l -> l.plan().key().equals("rtn-2023")).map(l -> l.entry().lineageKey()).toList();
        assertThat(rtn2023).contains("rtn-upp-ai", "rtn-upp-elforsorjning", "rtn-upp-grythyttan", "rtn-upp-kris-beredskap")
                .doesNotContain("rtn-upp-ekonomisk-handlingsplan").hasSize(8);
        // the one reported genomfört at delårsrapport 1 is closed, not late, although its deadline passed
        AssignmentLine done = Acting.as("politiker", () -> overview.list(new AssignmentQuery(null, null, 2023, null), null, null)).stream()
                .filter(l -> l.entry().lineageKey().equals("rtn-upp-ekonomisk-handlingsplan")).findFirst().orElseThrow();
        assertThat(done.state()).isEqualTo(AssignmentState.FINISHED);
        assertThat(done.latest().status()).isEqualTo("GENOMFORT");
    }

    @Test
    void the_area_manager_sees_the_open_work_of_their_own_unit_late_first() {
        MyAssignments mine = Acting.as("omradeschef", () -> overview.mine());
        assertThat(mine.focus()).isEqualTo(MyAssignments.Focus.OWNED);
        assertThat(mine.lines()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.ownerUnitName()).isEqualTo("Näringslivsutveckling");
            assertThat(l.state()).isNotEqualTo(AssignmentState.FINISHED);
        });
        assertThat(mine.lines()).extracting(l -> l.entry().lineageKey()).contains("rtn-upp-ai", "rtn-upp-innovationsframjande-systemet");
        int firstOpen = mine.lines().stream().map(AssignmentLine::late).toList().indexOf(false);
        assertThat(mine.lines().subList(0, firstOpen)).allSatisfy(l -> assertThat(l.late()).isTrue());
        assertThat(mine.lines().subList(firstOpen, mine.lines().size())).noneSatisfy(l -> assertThat(l.late()).isTrue());
    }

    @Test
    void the_list_filters_by_state_and_body_and_exports_the_same_lines_for_a_spreadsheet() throws Exception {
        String rtn = organisation.unitByCode("RTN").orElseThrow().id().toString();
        String page = mvc.perform(get("/uppdrag").param("state", "LATE").param("body", rtn).param("year", "2023").with(user("politiker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("8 uppdrag").contains("Försenat").contains("Exempeldata").contains("Pågår");
        assertThat(page).doesNotContain("upprätta och genomföra ekonomisk handlingsplan");
        String csv = new String(mvc.perform(get("/uppdrag.csv").param("state", "LATE").param("body", rtn).param("year", "2023").with(user("politiker")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"Organ\";\"Plan\"");
        assertThat(csv.lines().count()).isEqualTo(9);
        assertThat(csv).contains("\"Försenat\"").contains("\"Pågår\"").contains("\"Näringslivsutveckling\"");
    }

    @Test
    void each_role_finds_its_own_assignments_on_the_start_page() throws Exception {
        String politician = mvc.perform(get("/").with(user("politiker"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(politician).contains("Uppdrag som ligger efter").contains("Försenat").contains("Exempeldata");
        String areaManager = mvc.perform(get("/").with(user("omradeschef"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(areaManager).contains("Uppdrag som din enhet ansvarar för").contains("Näringslivsutveckling");
        String controller = mvc.perform(get("/").with(user("controller"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(controller).contains("Mina uppgifter").contains("Uppdrag som ligger efter").contains("Försenat");
    }
}
