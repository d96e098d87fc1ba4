package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.CreatePlan;
import se.rodtrad.planning.Decision;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.shared.domain.DomainException;

/**
 * The internal control on its own — its beans and those of the modules it builds on, not the whole product: a body
 * starts the internal control plan of its verksamhetsplan, plans a risk while the plan is a draft, and once the plan
 * is decided assesses, treats, controls and follows the risk up, all through its use cases.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class InternalControlModuleTest {

    @Autowired
    InternalControl internalControl;
    @Autowired
    PlanEditing editing;
    @Autowired
    Organisation organisation;

    @Test
    void a_risk_planned_in_the_draft_is_followed_up_after_the_plan_is_decided() {
        UUID rtn = organisation.unitByCode("RTN").orElseThrow().id();
        PlanSummary draft = Acting.as("admin", () -> editing.createPlan(new CreatePlan(rtn, 2079, "Verksamhetsplan med budget 2079", null, null)));
        Acting.as("admin", () -> internalControl.start(draft.id()));
        RiskView risk = Acting.as("admin", () -> internalControl.addRisk(
                new Commands.AddRisk(draft.id(), "Ekonomi", "Risk att fakturor betalas utan attest.", "d")));

        PlanSummary proposal = Acting.as("admin", () -> editing.changeStatus(draft.id(), draft.version(), PlanStatus.PROPOSAL, null));
        Acting.as("admin", () -> editing.changeStatus(proposal.id(), proposal.version(), PlanStatus.DECIDED,
                new Decision(LocalDate.of(2025, 11, 20), "RTN", "§ 12")));

        assertThatThrownBy(() -> Acting.as("admin", () -> internalControl.addRisk(new Commands.AddRisk(draft.id(), "Ekonomi", "Sen risk", null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.planDecided"));
        RiskView assessed = Acting.as("admin", () -> internalControl.assess(new Commands.AssessRisk(risk.id(), risk.version(), 3, 3)));
        RiskView treated = Acting.as("admin", () -> internalControl.decide(
                new Commands.DecideRisk(risk.id(), assessed.version(), RiskDecision.TREAT, null)));
        RiskView controlled = Acting.as("admin", () -> internalControl.addControl(
                new Commands.AddControl(treated.id(), "Stickprov av attester", "Tio fakturor", "Per tertial", "Controller")));
        RiskView followed = Acting.as("admin", () -> internalControl.recordResult(new Commands.RecordControlResult(
                controlled.controls().get(0).id(), ReportOccasion.DELARSRAPPORT_1, null, ControlOutcome.DEVIATION, "Två av tio saknade attest.",
                "Attest saknades på två fakturor.")));

        assertThat(followed.controls().get(0).result(ReportOccasion.DELARSRAPPORT_1).deviation()).isEqualTo("Attest saknades på två fakturor.");
        assertThat(internalControl.plan(draft.id()).risks()).extracting(RiskView::text).contains("Risk att fakturor betalas utan attest.");
    }
}
