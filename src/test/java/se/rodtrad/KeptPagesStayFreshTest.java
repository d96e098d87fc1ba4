package se.rodtrad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestMeasures;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.reports.AssignmentStatuses;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.organisation.NewUnit;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.organisation.UpdateUnit;
import se.rodtrad.planning.PlanContents;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanId;
import se.rodtrad.planning.PlanSummary;

/**
 * The pages that keep what they rendered (a decided plan's page and tree, an item's röd tråd, a measure's values,
 * the navigation) never show stale data: each is viewed until it is kept, then something it shows is changed through
 * a use case of the module that owns it, and the next view shows the change. One invalidation scheme stands behind
 * all of them (shared.db.ChangeCounters); this test is what fails when a page starts to show data whose module its
 * stamp does not name.
 */
@RodtradTest
class KeptPagesStayFreshTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Organisation organisation;
    @Autowired
    PlanEditing editing;
    @Autowired
    AssignmentStatuses statuses;
    @Autowired
    PlanContents contents;

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("lasare"))).andReturn().getResponse().getContentAsString();
    }

    /** A committee of its own under Region Örebro län's assembly, with a decided plan: goal, indicator, assignment. */
    private record Committee(Unit body, TestPlans.Made plan) {
    }

    private Committee committee() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID assembly = organisation.unitByCode("RF").orElseThrow().id();
        Unit body = Acting.briefly("admin", () -> organisation.addUnit(new NewUnit("FN-" + tag, "Färsknämnd " + tag, UnitType.COMMITTEE, assembly)));
        TestPlans p = TestPlans.plan(context, body.code(), TestPlans.newYear());
        int goal = p.goal("Nämndmål", "1", "Sidorna visar alltid det som gäller " + tag);
        p.indicator(goal, "Andelen färska sidor ska öka.", TestPlans.target("PREVIOUS_VALUE", "INCREASE"));
        p.assignment(goal, "1", "Att hålla sidorna färska " + tag, "DN", "DN");
        return new Committee(body, p.decided(java.time.LocalDate.of(2025, 11, 20), "§ 9"));
    }

    @Test
    void a_decided_plans_page_shows_a_renamed_body_a_new_version_and_a_reported_assignment() throws Exception {
        Committee c = committee();
        String path = "/planer/" + c.plan().id();
        page(path);
        assertThat(page(path)).contains(c.body().name()).doesNotContain("Ny ram efter tilläggsbudget");

        // organisation: the body is renamed
        Unit body = organisation.unit(c.body().id());
        Acting.briefly("admin", () -> organisation.updateUnit(new UpdateUnit(body.id(), body.version(), body.name() + " (omdöpt)", null)));
        assertThat(page(path)).contains(body.name() + " (omdöpt)");

        // planning: the next version is made
        PlanSummary revision = Acting.briefly("admin", () -> editing.revise(c.plan().id(), "Ny ram efter tilläggsbudget"));
        assertThat(page(path)).contains("/planer/" + revision.id());

        // followup: the assignment's status at the interim report, which the plan's history tells
        Acting.briefly("admin", () -> statuses.set(c.plan().id(), ReportOccasion.DELARSRAPPORT_1,
                new AssignmentStatuses.Change(c.plan().item(2).id(), "PAGAR", "Sidorna hålls färska varje vecka.", null)));
        assertThat(page(path)).contains("Sidorna hålls färska varje vecka.");
    }

    @Test
    void an_items_rod_trad_shows_a_renamed_body_and_the_item_in_a_new_version() throws Exception {
        Committee c = committee();
        String path = "/planer/punkter/" + c.plan().item(0).id();
        page(path);
        String before = page(path);
        assertThat(before).contains(c.body().name());

        Unit body = organisation.unit(c.body().id());
        Acting.briefly("admin", () -> organisation.updateUnit(new UpdateUnit(body.id(), body.version(), body.name() + " (ny)", null)));
        assertThat(page(path)).contains(body.name() + " (ny)");

        PlanSummary revision = Acting.briefly("admin", () -> editing.revise(c.plan().id(), "Ny version för röda tråden"));
        // the same goal over the years: the revision holds it too, under an id of its own
        UUID inRevision = contents.content(new PlanId(revision.id())).orElseThrow().entries().get(0).id();
        assertThat(page(path)).contains("/planer/punkter/" + inRevision);
    }

    @Test
    void a_measures_page_shows_a_new_value_and_a_renamed_unit() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Unit municipality = Acting.briefly("admin", () -> organisation.addUnit(new NewUnit("FK" + tag, "Färskby " + tag, UnitType.MUNICIPALITY, null)));
        TestMeasures measures = new TestMeasures(context);
        UUID measure = measures.measure("TEST-FRESH-" + tag, "Färska sidor " + tag, "Färska sidor", "procent");
        measures.value(measure, municipality.code(), 2023, new BigDecimal("41.5"));
        String path = "/uppfoljning/matt/" + measure;
        page(path);
        assertThat(page(path)).contains("41,5").doesNotContain("47,25");

        measures.value(measure, municipality.code(), 2024, new BigDecimal("47.25"));
        assertThat(page(path)).contains("47,25");

        Unit unit = organisation.unit(municipality.id());
        Acting.briefly("admin", () -> organisation.updateUnit(new UpdateUnit(unit.id(), unit.version(), "Nyfärskby " + tag, null)));
        assertThat(page(path)).contains("Nyfärskby " + tag);
    }

    @Test
    void the_navigation_shows_a_new_body() throws Exception {
        page("/planer");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID assembly = organisation.unitByCode("RF").orElseThrow().id();
        Acting.briefly("admin", () -> organisation.addUnit(new NewUnit("NN-" + tag, "Nynämnd " + tag, UnitType.COMMITTEE, assembly)));
        assertThat(page("/planer")).contains("Nynämnd " + tag);
    }
}
