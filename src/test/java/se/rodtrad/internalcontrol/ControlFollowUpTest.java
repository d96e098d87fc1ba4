package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import se.rodtrad.RodtradTest;
import se.rodtrad.internalcontrol.Commands.AddAction;
import se.rodtrad.internalcontrol.Commands.AddControl;
import se.rodtrad.internalcontrol.Commands.AddRegionRisk;
import se.rodtrad.internalcontrol.Commands.AddRisk;
import se.rodtrad.internalcontrol.Commands.AssessRisk;
import se.rodtrad.internalcontrol.Commands.DecideRisk;
import se.rodtrad.internalcontrol.Commands.JudgeControl;
import se.rodtrad.internalcontrol.Commands.RecordControlResult;
import se.rodtrad.internalcontrol.Commands.UpdateControl;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * Controls of treated risks, their results per report occasion, deviations and the actions they lead to;
 * the ISK judgement; region-wide risks reaching every body's plan of the year; what a report reads.
 */
@RodtradTest
@WithMockUser("controller")
class ControlFollowUpTest {

    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    InternalControl internalControl;
    @Autowired
    JdbcClient jdbc;

    private RiskView treatedRisk(UUID plan) {
        RiskView risk = internalControl.addRisk(new AddRisk(plan, "Ekonomi", "Risken att projektmedel betalas ut utan rekvisition.", "c"));
        risk = internalControl.assess(new AssessRisk(risk.id(), risk.version(), 2, 4));
        return internalControl.decide(new DecideRisk(risk.id(), risk.version(), RiskDecision.TREAT, null));
    }

    /** Runs as another demo account (the use cases look the person up by name). */
    private static void as(String username, Runnable action) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(username, null, "ROLE_USER"));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private UUID startedRtnPlan(String status) {
        UUID plan = TestPlans.create(context, "RTN", TestPlans.newYear(), status);
        internalControl.start(plan);
        return plan;
    }

    @Test
    void a_treated_risk_gets_controls_with_what_how_how_often_and_who() {
        UUID plan = startedRtnPlan("DRAFT");
        RiskView risk = treatedRisk(plan);
        risk = internalControl.addControl(new AddControl(risk.id(), "Att varje utbetalning har en godkänd rekvisition.",
                "Stickprov på tio utbetalningar", "Varje tertial", "Controller"));
        assertThat(risk.controls()).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("Att varje utbetalning har en godkänd rekvisition.");
            assertThat(c.how()).isEqualTo("Stickprov på tio utbetalningar");
            assertThat(c.frequency()).isEqualTo("Varje tertial");
            assertThat(c.responsible()).isEqualTo("Controller");
            assertThat(c.exempeldata()).isFalse();
        });
        ControlView control = risk.controls().get(0);
        risk = internalControl.updateControl(new UpdateControl(control.id(), control.version(), control.what(), "Stickprov på tjugo utbetalningar",
                "Varje tertial", "Controller"));
        assertThat(risk.controls().get(0).how()).isEqualTo("Stickprov på tjugo utbetalningar");
        assertThatThrownBy(() -> internalControl.updateControl(new UpdateControl(control.id(), control.version(), "X", "Y", "Z", "Å")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void controls_need_a_treated_risk_and_every_field() {
        UUID plan = startedRtnPlan("DRAFT");
        RiskView risk = internalControl.addRisk(new AddRisk(plan, "HR", "Risken att rekryteringsrutiner inte efterlevs.", null));
        assertThatThrownBy(() -> internalControl.addControl(new AddControl(risk.id(), "Vad", "Hur", "Ofta", "Vem")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.controlNeedsTreatedRisk"));
        RiskView treated = treatedRisk(plan);
        assertThatThrownBy(() -> internalControl.addControl(new AddControl(treated.id(), "Vad", " ", null, "Vem")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("how", "frequency"));
    }

    @Test
    void results_are_recorded_per_report_occasion_and_a_deviation_must_be_described() {
        // risks are not added to a decided plan: this one is added while the plan is a draft, then the plan is decided
        UUID plan = startedRtnPlan("DRAFT");
        RiskView risk = treatedRisk(plan);
        risk = internalControl.addControl(new AddControl(risk.id(), "Rekvisitioner", "Stickprov", "Varje tertial", "Controller"));
        jdbc.sql("update plan set status = 'DECIDED' where id = ?").param(plan).update();
        UUID control = risk.controls().get(0).id();

        risk = internalControl.recordResult(new RecordControlResult(control, ReportOccasion.DELARSRAPPORT_1, null, ControlOutcome.NO_DEVIATION,
                "Tio av tio utbetalningar hade rekvisition.", "ignoreras"));
        ControlResultView first = risk.controls().get(0).result(ReportOccasion.DELARSRAPPORT_1);
        assertThat(first.outcome()).isEqualTo(ControlOutcome.NO_DEVIATION);
        assertThat(first.deviation()).isNull();

        assertThatThrownBy(() -> internalControl.recordResult(new RecordControlResult(control, ReportOccasion.VERKSAMHETSBERATTELSE, null,
                ControlOutcome.DEVIATION, "Nio av tio.", " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("deviation");
                    assertThat(f.messageKey()).isEqualTo("ic.validation.deviationRequired");
                }));
        risk = internalControl.recordResult(new RecordControlResult(control, ReportOccasion.VERKSAMHETSBERATTELSE, null,
                ControlOutcome.DEVIATION, "Nio av tio utbetalningar hade rekvisition.", "En utbetalning saknade rekvisition."));
        ControlResultView yearEnd = risk.controls().get(0).result(ReportOccasion.VERKSAMHETSBERATTELSE);
        assertThat(risk.controls().get(0).results()).hasSize(2);

        // a new action because of the deviation, even though the plan is decided
        risk = internalControl.addAction(new AddAction(risk.id(), "Påminn handläggarna om rutinen för rekvisition.", "Enhetschef",
                "2027-02-28", yearEnd.id()));
        assertThat(risk.actions()).singleElement().satisfies(a -> {
            assertThat(a.originResultId()).isEqualTo(yearEnd.id());
            assertThat(a.originOccasion()).isEqualTo(ReportOccasion.VERKSAMHETSBERATTELSE);
            assertThat(a.owner()).isEqualTo("Enhetschef");
            assertThat(a.deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        });
        // but not an action on its own
        UUID riskId = risk.id();
        assertThatThrownBy(() -> internalControl.addAction(new AddAction(riskId, "Ny åtgärd", null, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("ic.error.planDecided"));

        // a second person recording the same occasion again without having seen the first is refused
        assertThatThrownBy(() -> internalControl.recordResult(new RecordControlResult(control, ReportOccasion.DELARSRAPPORT_1, null,
                ControlOutcome.NOT_PERFORMED, "Inte genomförd", null)))
                .isInstanceOf(ConflictException.class);
        internalControl.recordResult(new RecordControlResult(control, ReportOccasion.DELARSRAPPORT_1, first.version(),
                ControlOutcome.NOT_PERFORMED, "Kontrollen sköts upp till delårsrapport 2.", null));

        InternalControlFollowUp dr1 = internalControl.followUp(plan, ReportOccasion.DELARSRAPPORT_1);
        assertThat(dr1.controls()).isEqualTo(1);
        assertThat(dr1.controlsReported()).isEqualTo(1);
        assertThat(dr1.deviations()).isZero();
        assertThat(dr1.judgement()).isNull();
        InternalControlFollowUp dr2 = internalControl.followUp(plan, ReportOccasion.DELARSRAPPORT_2);
        assertThat(dr2.controlsReported()).isZero();
        InternalControlFollowUp vb = internalControl.followUp(plan, ReportOccasion.VERKSAMHETSBERATTELSE);
        assertThat(vb.deviations()).isEqualTo(1);
        assertThat(vb.risks().get(0).controls().get(0).newActions()).extracting(ActionView::text)
                .containsExactly("Påminn handläggarna om rutinen för rekvisition.");
        assertThat(vb.containsExempeldata()).isFalse();
    }

    @Test
    void a_deadline_that_is_not_a_date_is_refused_with_the_field_named() {
        UUID plan = startedRtnPlan("DRAFT");
        RiskView risk = treatedRisk(plan);
        assertThatThrownBy(() -> internalControl.addAction(new AddAction(risk.id(), "Utbilda handläggarna.", "HR", "31/12", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement().satisfies(f -> {
                    assertThat(f.field()).isEqualTo("deadline");
                    assertThat(f.messageKey()).isEqualTo("ic.validation.date");
                }));
        assertThat(internalControl.plan(plan).risks().get(0).actions()).isEmpty();
    }

    @Test
    void the_body_states_its_isk_judgement_with_reasons_once_and_then_revises_it() {
        UUID plan = startedRtnPlan("DECIDED");
        assertThatThrownBy(() -> internalControl.judge(new JudgeControl(plan, null, null, " ")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(ValidationException.FieldError::field).containsExactly("sufficient", "reasons"));
        JudgementView judgement = internalControl.judge(new JudgeControl(plan, null, false,
                "Två av fyra kontroller genomfördes inte; den interna kontrollen har inte varit tillräcklig."));
        assertThat(judgement.sufficient()).isFalse();
        assertThat(judgement.updatedBy()).isEqualTo("controller");
        assertThatThrownBy(() -> internalControl.judge(new JudgeControl(plan, null, true, "Tillräcklig.")))
                .isInstanceOf(ConflictException.class);
        JudgementView revised = internalControl.judge(new JudgeControl(plan, judgement.version(), true, "Kontrollerna genomfördes i december."));
        assertThat(revised.sufficient()).isTrue();
        assertThat(internalControl.followUp(plan, ReportOccasion.VERKSAMHETSBERATTELSE).judgement()).isEqualTo(revised);

        int year = internalControl.plan(plan).plan().year();
        assertThat(internalControl.judgements(year)).singleElement().satisfies(b -> {
            assertThat(b.bodyCode()).isEqualTo("RTN");
            assertThat(b.judgement().reasons()).isEqualTo("Kontrollerna genomfördes i december.");
        });
    }

    @Test
    @WithMockUser("controller-rs")
    void only_the_bodys_own_people_follow_up_and_judge() {
        UUID plan = TestPlans.create(context, "RTN", TestPlans.newYear(), "DECIDED");
        assertThatThrownBy(() -> internalControl.start(plan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> internalControl.judge(new JudgeControl(plan, null, true, "Tillräcklig")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser("controller-rs")
    void a_region_wide_risk_is_defined_once_and_appears_in_every_bodys_plan_of_the_year() {
        int year = TestPlans.newYear();
        UUID rs = TestPlans.create(context, "RS", year, "DRAFT");
        internalControl.start(rs);
        RegionRiskView defined = internalControl.addRegionRisk(new AddRegionRisk(year, "Informationssäkerhet",
                "Risken att behörigheter inte tas bort när anställningar upphör.", "e",
                List.of("Regionövergripande åtgärd: Månatlig avstämning av behörigheter mot anställningar.", " ")));
        assertThat(defined.actions()).hasSize(1);
        // RS's plan was started before the risk was defined, RTN's is started after: both carry it
        UUID rtn = TestPlans.create(context, "RTN", year, "DRAFT");
        as("controller", () -> internalControl.start(rtn));
        for (UUID plan : List.of(rs, rtn)) {
            assertThat(internalControl.plan(plan).risks()).singleElement().satisfies(r -> {
                assertThat(r.scope()).isEqualTo(RiskScope.REGION_WIDE);
                assertThat(r.text()).isEqualTo("Risken att behörigheter inte tas bort när anställningar upphör.");
                assertThat(r.requirement()).isEqualTo("e");
                assertThat(r.actions()).extracting(ActionView::regionWide).containsExactly(true);
            });
        }
        assertThat(jdbc.sql("select count(*) from ic_region_risk where year = ?").param(year).query(Long.class).single()).isEqualTo(1);
        assertThat(internalControl.regionRisks(year)).singleElement()
                .satisfies(r -> assertThat(r.plans()).extracting(RegionRiskView.PlanRef::bodyCode).containsExactlyInAnyOrder("RS", "RTN"));
        // defined twice for the same year is refused
        assertThatThrownBy(() -> internalControl.addRegionRisk(new AddRegionRisk(year, "Informationssäkerhet",
                "Risken att behörigheter inte tas bort när anställningar upphör.", null, List.of())))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("ic.validation.regionRiskExists"));
    }

    @Test
    @WithMockUser("controller")
    void only_the_region_board_defines_region_wide_risks() {
        assertThatThrownBy(() -> internalControl.addRegionRisk(new AddRegionRisk(TestPlans.newYear(), "HR", "Risk", null, List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
