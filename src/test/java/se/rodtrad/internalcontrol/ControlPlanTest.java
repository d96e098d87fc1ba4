package se.rodtrad.internalcontrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The internal control plan as an aggregate, without Spring: a body plans its risks while its verksamhetsplan is not
 * decided; assessment, decision, controls, their results and the ISK judgement are recorded against it during the
 * year; a decided plan takes new actions only from a deviation a control showed.
 */
class ControlPlanTest {

    static final UUID BODY = UUID.randomUUID();
    static final Instant SAVED = Instant.parse("2023-05-20T10:00:00Z");

    static PlanSummary plan(PlanStatus status) {
        return new PlanSummary(UUID.randomUUID(), "rtn-vp-2023", BODY, "RTN", "Regional tillväxtnämnd", 2023,
                "Verksamhetsplan med budget 2023", null, status, null, 0, null, null, null, null, null, null, null, null, 0);
    }

    static Risk risk(String text, Integer probability, RiskDecision decision, ControlView... controls) {
        return new Risk(UUID.randomUUID(), UUID.randomUUID(), text, 2, probability, probability, false, decision,
                decision == RiskDecision.ACCEPT ? "Låg risk." : null, false, List.of(controls));
    }

    static ControlView control(UUID riskId, ControlResultView... results) {
        Map<ReportOccasion, ControlResultView> byOccasion = new java.util.EnumMap<>(ReportOccasion.class);
        for (ControlResultView r : results) {
            byOccasion.put(r.occasion(), r);
        }
        return new ControlView(UUID.randomUUID(), riskId, "Stickprov av attester", "Tio fakturor per tertial", "Per tertial", "Controller",
                false, 1, byOccasion);
    }

    static ControlResultView deviation(ReportOccasion occasion) {
        return new ControlResultView(UUID.randomUUID(), null, occasion, ControlOutcome.DEVIATION, "Två av tio saknade attest.",
                "Attest saknades.", false, 0, "controller", SAVED);
    }

    static ControlPlan of(PlanSummary plan, Risk... risks) {
        return ControlPlan.of(new ControlPlanId(UUID.randomUUID()), plan, List.of(risks), null);
    }

    @Test
    void a_plan_starts_with_the_region_wide_risks_of_its_year_and_only_once() {
        UUID regionRisk = UUID.randomUUID();
        ControlPlan ic = ControlPlan.start(plan(PlanStatus.DRAFT), false, List.of(regionRisk));

        assertThat(ic.isNew()).isTrue();
        assertThat(ic.changes()).containsExactly(new ControlPlan.RegionRiskCarried(regionRisk));
        assertThatThrownBy(() -> ControlPlan.start(plan(PlanStatus.DRAFT), true, List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.alreadyStarted"));
    }

    @Test
    void only_a_verksamhetsplan_without_one_gets_an_internal_control_plan() {
        Set<Permission> editor = EnumSet.of(Permission.EDIT_PLAN);
        PlanSummary vp = plan(PlanStatus.DRAFT);
        PlanSummary actionPlan = new PlanSummary(UUID.randomUUID(), "hp", BODY, "RTN", "Regional tillväxtnämnd", 2023, "Handlingsplan för x",
                null, PlanStatus.DRAFT, null, 0, null, null, null, null, null, null, null, null, 0);

        assertThat(ControlPlan.mayStart(vp, false, editor)).isTrue();
        assertThat(ControlPlan.mayStart(vp, true, editor)).isFalse();
        assertThat(ControlPlan.mayStart(actionPlan, false, editor)).isFalse();
        assertThat(ControlPlan.mayStart(vp, false, EnumSet.of(Permission.REPORT))).isFalse();
    }

    @Test
    void a_draft_plan_takes_the_bodys_own_risks_with_their_texts_checked() {
        ControlPlan ic = of(plan(PlanStatus.DRAFT));

        UUID id = ic.addRisk("  Ekonomi ", " Risk att fakturor betalas utan attest. ", "D");

        assertThat(ic.hasRisk(id)).isTrue();
        assertThat(ic.changes()).containsExactly(new ControlPlan.RiskAdded(id, "Ekonomi", "Risk att fakturor betalas utan attest.", "d"));
        assertThatThrownBy(() -> ic.addRisk("", "x".repeat(ControlPlan.MAX_TEXT + 1), "a"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field, ValidationException.FieldError::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("activity", "validation.required"),
                                org.assertj.core.groups.Tuple.tuple("text", "validation.tooLong"),
                                org.assertj.core.groups.Tuple.tuple("requirement", "ic.validation.requirement")));
    }

    @Test
    void a_decided_plan_refuses_new_risks_and_planned_actions() {
        Risk risk = risk("Risk att fakturor betalas utan attest.", 3, RiskDecision.TREAT);
        ControlPlan ic = of(plan(PlanStatus.DECIDED), risk);

        assertThatThrownBy(() -> ic.addRisk("Ekonomi", "Ny risk", null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("ic.error.planDecided");
                    assertThat(e.arguments()).containsExactly("Verksamhetsplan med budget 2023", "Regional tillväxtnämnd");
                });
        assertThatThrownBy(() -> ic.addAction(risk.id(), "Utbilda attestanter", null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.planDecided"));
        assertThat(ic.changes()).isEmpty();
    }

    @Test
    void a_decided_plan_takes_an_action_that_a_deviation_of_the_same_risk_led_to() {
        UUID riskId = UUID.randomUUID();
        ControlResultView found = deviation(ReportOccasion.DELARSRAPPORT_1);
        Risk risk = new Risk(riskId, UUID.randomUUID(), "Risk att fakturor betalas utan attest.", 2, 3, 3, false, RiskDecision.TREAT, null,
                false, List.of(control(riskId, found)));
        Risk other = risk("Annan risk", 2, RiskDecision.TREAT);
        ControlPlan ic = of(plan(PlanStatus.DECIDED), risk, other);

        ic.addAction(riskId, "Påminn attestanterna", "Ekonomichef", "2023-06-30", found.id());

        assertThat(ic.changes()).containsExactly(
                new ControlPlan.ActionAdded(riskId, "Påminn attestanterna", "Ekonomichef", LocalDate.of(2023, 6, 30), found.id()));
        assertThatThrownBy(() -> ic.addAction(other.id(), "Fel risk", null, null, found.id()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.originOtherRisk"));
        assertThatThrownBy(() -> ic.addAction(riskId, "Okänt resultat", null, null, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ic.addAction(riskId, "Datum", null, "30/6", found.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("ic.validation.date"));
    }

    @Test
    void a_decision_needs_an_assessment_and_an_accepted_risk_needs_a_reason() {
        Risk unassessed = risk("Risk att avtal inte följs.", null, null);
        Risk assessed = risk("Risk att fakturor betalas utan attest.", 3, null);
        ControlPlan ic = of(plan(PlanStatus.DECIDED), unassessed, assessed);

        assertThatThrownBy(() -> ic.decide(unassessed.id(), 2, RiskDecision.TREAT, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.notAssessed"));
        assertThatThrownBy(() -> ic.decide(assessed.id(), 2, RiskDecision.ACCEPT, "  "))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("ic.validation.acceptReason"));
        assertThatThrownBy(() -> ic.decide(assessed.id(), 2, null, null)).isInstanceOf(ValidationException.class);

        ic.assess(unassessed.id(), 2, 4, 2);
        ic.decide(assessed.id(), 2, RiskDecision.ACCEPT, "Kostnaden för kontroll överstiger risken.");

        assertThat(unassessed.probability()).isEqualTo(4);
        assertThat(assessed.decision()).isEqualTo(RiskDecision.ACCEPT);
        assertThat(ic.changes()).containsExactly(new ControlPlan.RiskChanged(unassessed), new ControlPlan.RiskChanged(assessed));
    }

    @Test
    void a_control_needs_a_treated_risk() {
        Risk accepted = risk("Risk att avtal inte följs.", 1, RiskDecision.ACCEPT);
        Risk treated = risk("Risk att fakturor betalas utan attest.", 3, RiskDecision.TREAT);
        ControlPlan ic = of(plan(PlanStatus.DECIDED), accepted, treated);

        assertThatThrownBy(() -> ic.addControl(accepted.id(), "Stickprov", "Tio per tertial", "Per tertial", "Controller"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.controlNeedsTreatedRisk"));
        assertThatThrownBy(() -> ic.addControl(treated.id(), "Stickprov", "", "Per tertial", "x".repeat(ControlPlan.MAX_SHORT + 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("how", "responsible"));

        ic.addControl(treated.id(), "Stickprov", "Tio per tertial", "Per tertial", "Controller");

        assertThat(ic.changes()).containsExactly(new ControlPlan.ControlAdded(treated.id(), "Stickprov", "Tio per tertial", "Per tertial", "Controller"));
    }

    @Test
    void a_result_needs_a_control_and_a_deviation_must_be_described() {
        UUID riskId = UUID.randomUUID();
        ControlView control = control(riskId);
        Risk risk = new Risk(riskId, UUID.randomUUID(), "Risk att fakturor betalas utan attest.", 2, 3, 3, false, RiskDecision.TREAT, null,
                false, List.of(control));
        ControlPlan ic = of(plan(PlanStatus.DECIDED), risk);

        assertThatThrownBy(() -> ic.recordResult(UUID.randomUUID(), ReportOccasion.DELARSRAPPORT_1, null, ControlOutcome.NO_DEVIATION, "Inga fel.", null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ic.recordResult(control.id(), ReportOccasion.DELARSRAPPORT_1, null, ControlOutcome.DEVIATION, "Två fel.", " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("ic.validation.deviationRequired");
                    assertThat(e.errors().get(0).arguments()).containsExactly("Stickprov av attester");
                });

        ic.recordResult(control.id(), ReportOccasion.DELARSRAPPORT_1, null, ControlOutcome.NO_DEVIATION, "Inga fel.", "glömd text");

        assertThat(ic.changes()).singleElement().isInstanceOfSatisfying(ControlPlan.ResultRecorded.class, c -> {
            assertThat(c.existing()).isNull();
            assertThat(c.deviation()).as("only a deviation keeps its description").isNull();
        });
    }

    @Test
    void the_first_result_of_an_occasion_wins_and_the_second_writer_sees_it() {
        UUID riskId = UUID.randomUUID();
        ControlResultView theirs = deviation(ReportOccasion.DELARSRAPPORT_1);
        ControlView control = control(riskId, theirs);
        Risk risk = new Risk(riskId, UUID.randomUUID(), "R", 2, 3, 3, false, RiskDecision.TREAT, null, false, List.of(control));
        ControlPlan ic = of(plan(PlanStatus.DECIDED), risk);

        assertThatThrownBy(() -> ic.recordResult(control.id(), ReportOccasion.DELARSRAPPORT_1, null, ControlOutcome.NO_DEVIATION, "Mitt resultat.", null))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.current()).isEqualTo(theirs);
                    assertThat(e.changedBy()).isEqualTo("controller");
                });
        assertThatThrownBy(() -> ic.recordResult(control.id(), ReportOccasion.DELARSRAPPORT_2, 0, ControlOutcome.NO_DEVIATION, "Ingen finns.", null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_year_is_judged_with_reasons_once_and_then_rewritten_against_its_version() {
        JudgementView given = new JudgementView(UUID.randomUUID(), true, "Tillräcklig.", false, 0, "controller", SAVED);
        ControlPlan fresh = of(plan(PlanStatus.DECIDED));
        ControlPlan judged = ControlPlan.of(new ControlPlanId(UUID.randomUUID()), plan(PlanStatus.DECIDED), List.of(), given);

        assertThatThrownBy(() -> fresh.judge(null, null, ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("sufficient", "reasons"));
        assertThatThrownBy(() -> judged.judge(null, false, "Inte tillräcklig."))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.current()).isEqualTo(given));

        judged.judge(0, false, "Två kontroller visade avvikelser.");

        assertThat(judged.changes()).containsExactly(new ControlPlan.Judged(0, false, "Två kontroller visade avvikelser."));
    }

    @Test
    void the_page_offers_planning_to_editors_and_follow_up_to_reporters() {
        ControlPlan draft = of(plan(PlanStatus.DRAFT));
        ControlPlan decided = of(plan(PlanStatus.DECIDED));

        assertThat(draft.allowedTransitions(EnumSet.of(Permission.EDIT_PLAN))).isEqualTo(new InternalControlActions(true, false, false));
        assertThat(decided.allowedTransitions(EnumSet.of(Permission.REPORT))).isEqualTo(new InternalControlActions(false, true, true));
        assertThat(decided.allowedTransitions(EnumSet.noneOf(Permission.class))).isEqualTo(new InternalControlActions(false, false, true));
    }
}
