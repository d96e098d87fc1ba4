package se.rodtrad.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.organisation.Organisation;

/**
 * Planning on its own — its beans and those of the modules it depends on, not the whole product: a plan is made,
 * proposed and decided through its use cases, and the world learns of it by planning's events.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PlanningModuleTest {

    @Autowired
    PlanEditing editing;
    @Autowired
    Plans plans;
    @Autowired
    Organisation organisation;

    @Test
    void a_plan_proposed_and_decided_tells_the_world_it_was_decided(Scenario scenario) {
        UUID rtn = organisation.unitByCode("RTN").orElseThrow().id();
        PlanSummary draft = Acting.as("admin", () -> editing.createPlan(new CreatePlan(rtn, 2077, "Verksamhetsplan med budget 2077", null, null)));
        PlanSummary proposal = Acting.as("admin", () -> editing.changeStatus(draft.id(), draft.version(), PlanStatus.PROPOSAL, null));
        scenario.stimulate(() -> Acting.as("admin", () -> editing.changeStatus(proposal.id(), proposal.version(), PlanStatus.DECIDED,
                        new Decision(LocalDate.of(2025, 11, 20), "RTN", "§ 12"))))
                .andWaitForEventOfType(PlanDecided.class)
                .matching(e -> e.planId().value().equals(draft.id()))
                .toArriveAndVerify(e -> assertThat(e.decision()).isEqualTo(new Decision(LocalDate.of(2025, 11, 20), "RTN", "§ 12")));
        assertThat(plans.plan(draft.id()).status()).isEqualTo(PlanStatus.DECIDED);
    }
}
