package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.reports.ReportFixtures.Fixture;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The follow-up reports and the assignments' status: a draft gathers goals, indicators, assignments, economy and
 * internal control; submitting freezes a snapshot (also at database level) that does not change when values do,
 * while a new draft sees the new value; the next report starts from the previous one's texts; only the body's
 * reporters write.
 */
@RodtradTest
@WithMockUser("controller")
class ReportsTest {

    @Autowired
    Reports reports;
    @Autowired
    AssignmentStatuses statuses;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    static <T> T as(String username, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken(username, null, "ROLE_USER"));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    // --- assignment status ---

    @Test
    void an_assignment_gets_a_status_and_comment_per_occasion_and_every_save_is_audited() {
        Fixture f = ReportFixtures.rtnPlan(context);
        assertThat(statuses.forPlan(f.planId(), ReportOccasion.DELARSRAPPORT_1)).hasSize(2).allMatch(l -> !l.reported());

        var saved = statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_1,
                new AssignmentStatuses.Change(f.assignment1(), "PAGAR", "  Förstudie klar i mars.  ", null));
        assertThat(saved.status()).isEqualTo(AssignmentStatus.PAGAR);
        assertThat(saved.comment()).isEqualTo("Förstudie klar i mars.");
        statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_2, new AssignmentStatuses.Change(f.assignment1(), "GENOMFORT", null, null));

        assertThat(statuses.line(f.planId(), f.assignment1(), ReportOccasion.DELARSRAPPORT_1).status()).isEqualTo(AssignmentStatus.PAGAR);
        assertThat(statuses.line(f.planId(), f.assignment1(), ReportOccasion.DELARSRAPPORT_2).status()).isEqualTo(AssignmentStatus.GENOMFORT);
        assertThat(statuses.line(f.planId(), f.assignment2(), ReportOccasion.DELARSRAPPORT_1).reported()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'assignment_status' and aggregate_id = ?")
                .param(f.planId().toString()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_stale_status_save_is_refused_and_keeps_the_other_persons_status() {
        Fixture f = ReportFixtures.rtnPlan(context);
        var first = statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_1, new AssignmentStatuses.Change(f.assignment1(), "PAGAR", "a", null));
        statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_1, new AssignmentStatuses.Change(f.assignment1(), "GENOMFORT", "b", first.version()));

        assertThatThrownBy(() -> statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_1,
                new AssignmentStatuses.Change(f.assignment1(), "EJ_PABORJAT", "c", first.version())))
                .isInstanceOf(ConflictException.class);
        assertThat(statuses.line(f.planId(), f.assignment1(), ReportOccasion.DELARSRAPPORT_1).comment()).isEqualTo("b");
    }

    @Test
    void a_bad_status_names_the_assignment_and_nothing_of_the_batch_is_written() {
        Fixture f = ReportFixtures.rtnPlan(context);
        assertThatThrownBy(() -> statuses.setAll(f.planId(), ReportOccasion.DELARSRAPPORT_1, List.of(
                new AssignmentStatuses.Change(f.assignment1(), "PAGAR", null, null),
                new AssignmentStatuses.Change(f.assignment2(), "KANSKE", null, null))))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors()).singleElement().satisfies(x -> {
                        assertThat(x.field()).isEqualTo("changes[1].status");
                        assertThat(x.arguments()).contains("Uppdrag 3");
                    });
                });
        assertThat(statuses.forPlan(f.planId(), ReportOccasion.DELARSRAPPORT_1)).noneMatch(AssignmentStatuses.Line::reported);
    }

    @Test
    void a_reader_and_a_controller_of_another_body_cannot_set_a_status() {
        Fixture f = ReportFixtures.rtnPlan(context);
        for (String who : List.of("lasare", "controller-rs", "politiker")) {
            assertThatThrownBy(() -> as(who, () -> statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_1,
                    new AssignmentStatuses.Change(f.assignment1(), "PAGAR", null, null)))).as(who).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(as("lasare", () -> statuses.forPlan(f.planId(), ReportOccasion.DELARSRAPPORT_1))).hasSize(2);
    }

    // --- reports ---

    @Test
    void a_draft_gathers_goals_indicators_with_values_and_chart_and_assignments() {
        Fixture f = ReportFixtures.rtnPlan(context);
        statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_1, new AssignmentStatuses.Change(f.assignment2(), "AVSLUTAT_EJ_GENOMFORT", "Upphör.", null));
        FollowReport r = reports.create(f.planId(), "DELARSRAPPORT_1");
        ReportContent c = reports.content(r.id());

        assertThat(r.submitted()).isFalse();
        assertThat(c.bodyCode()).isEqualTo("RTN");
        assertThat(c.periodMonth()).isEqualTo(4);
        assertThat(c.assessmentYear()).isEqualTo(f.year());
        assertThat(c.goals()).singleElement().satisfies(g -> {
            assertThat(g.goal()).isEqualTo(f.goal());
            assertThat(g.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
            ReportContent.IndicatorSection i = g.indicators().get(0);
            assertThat(i.latest().value()).isEqualByComparingTo("12.5");
            assertThat(i.explanation()).contains("12,5");
            assertThat(i.chart().periods()).containsExactly(String.valueOf(f.year() - 1), String.valueOf(f.year()));
            assertThat(i.chart().series().get(0).values()).usingElementComparator(BigDecimal::compareTo)
                    .containsExactly(new BigDecimal("10"), new BigDecimal("12.5"));
        });
        assertThat(c.assignments()).extracting(ReportContent.AssignmentLine::status).containsExactly(null, AssignmentStatus.AVSLUTAT_EJ_GENOMFORT);
        assertThat(c.economy()).isNull();
        assertThat(c.internalControl()).isNull();
    }

    @Test
    void a_submitted_report_keeps_its_snapshot_when_values_change_while_a_new_draft_sees_the_new_value() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport dr1 = reports.create(f.planId(), "DELARSRAPPORT_1");
        dr1 = reports.saveTexts(dr1.id(), dr1.version(), "Året började väl.", List.of());
        FollowReport submitted = reports.submit(dr1.id(), dr1.version());
        assertThat(submitted.submitted()).isTrue();
        assertThat(submitted.submittedBy()).isEqualTo("controller");

        jdbc.sql("update indicator_value set value = 8.0, updated_by = 'test' where measure_id = ? and year = ?")
                .params(f.measureId(), f.year()).update();
        statuses.set(f.planId(), ReportOccasion.DELARSRAPPORT_1, new AssignmentStatuses.Change(f.assignment1(), "GENOMFORT", null, null));

        ReportContent frozen = reports.content(dr1.id());
        ReportContent.IndicatorSection before = frozen.goals().get(0).indicators().get(0);
        assertThat(before.latest().value()).isEqualByComparingTo("12.5");
        assertThat(before.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(frozen.summary()).isEqualTo("Året började väl.");
        assertThat(frozen.assignments().get(0).status()).isNull();

        FollowReport dr2 = reports.create(f.planId(), "DELARSRAPPORT_2");
        ReportContent.IndicatorSection now = reports.content(dr2.id()).goals().get(0).indicators().get(0);
        assertThat(now.latest().value()).isEqualByComparingTo("8.0");
        assertThat(now.status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
    }

    @Test
    void a_submitted_report_cannot_be_changed_by_the_application_or_in_the_database() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport r = reports.create(f.planId(), "VERKSAMHETSBERATTELSE");
        FollowReport s = reports.submit(r.id(), r.version());

        assertThatThrownBy(() -> reports.saveTexts(r.id(), s.version(), "Ändrad", List.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("followup.report.submitted"));
        assertThatThrownBy(() -> reports.submit(r.id(), s.version())).isInstanceOf(DomainException.class);

        assertThatThrownBy(() -> jdbc.sql("update follow_report set summary = 'Smygändring' where id = ?").param(r.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("inlämnad");
        assertThatThrownBy(() -> jdbc.sql("update follow_report set status = 'DRAFT', submitted_at = null where id = ?").param(r.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update follow_report_snapshot set content = '{}'::jsonb where report_id = ?").param(r.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("ögonblicksbild");
        assertThatThrownBy(() -> jdbc.sql("delete from follow_report_snapshot where report_id = ?").param(r.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into follow_report_goal (report_id, goal, analysis) values (?, 'x', 'y')").param(r.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select status from follow_report where id = ?").param(r.id()).query(String.class).single()).isEqualTo("SUBMITTED");
        assertThat(jdbc.sql("select count(*) from follow_report_snapshot where report_id = ?").param(r.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_next_report_starts_from_the_previous_ones_texts_and_judgements() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport dr1 = reports.create(f.planId(), "DELARSRAPPORT_1");
        dr1 = reports.saveTexts(dr1.id(), dr1.version(), "Sammanfattning efter april.",
                List.of(new Reports.GoalInput(f.goal(), "DELVIS_UPPFYLLT", "Arbetet går framåt men inte överallt.")));
        reports.submit(dr1.id(), dr1.version());

        FollowReport dr2 = reports.create(f.planId(), "DELARSRAPPORT_2");
        assertThat(dr2.previousId()).isEqualTo(dr1.id());
        assertThat(dr2.summary()).isEqualTo("Sammanfattning efter april.");
        assertThat(dr2.goal(f.goal())).isEqualTo(new FollowReport.GoalText(f.goal(), AssessmentStatus.DELVIS_UPPFYLLT,
                "Arbetet går framåt men inte överallt."));
        ReportContent.GoalSection g = reports.content(dr2.id()).goals().get(0);
        assertThat(g.status()).isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
        assertThat(g.ruleStatus()).isEqualTo(AssessmentStatus.UPPFYLLT);

        // the verksamhetsberättelse starts from DR2 (a draft, with its own edits), not from DR1
        dr2 = reports.saveTexts(dr2.id(), dr2.version(), "Efter augusti.", List.of(new Reports.GoalInput(f.goal(), "", "Nu uppfyllt.")));
        FollowReport vb = reports.create(f.planId(), "VERKSAMHETSBERATTELSE");
        assertThat(vb.previousId()).isEqualTo(dr2.id());
        assertThat(vb.summary()).isEqualTo("Efter augusti.");
        assertThat(vb.goal(f.goal()).status()).isNull();
        assertThat(vb.goal(f.goal()).analysis()).isEqualTo("Nu uppfyllt.");

        assertThatThrownBy(() -> reports.create(f.planId(), "DELARSRAPPORT_2"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("followup.report.exists"));
    }

    @Test
    void a_stale_text_save_is_refused() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport r = reports.create(f.planId(), "DELARSRAPPORT_1");
        reports.saveTexts(r.id(), r.version(), "Först.", List.of());
        assertThatThrownBy(() -> reports.saveTexts(r.id(), r.version(), "Sen.", List.of())).isInstanceOf(ConflictException.class);
        assertThat(reports.report(r.id()).summary()).isEqualTo("Först.");
    }

    @Test
    void a_reader_cannot_start_write_or_submit_and_a_controller_of_another_body_cannot_edit() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport r = reports.create(f.planId(), "DELARSRAPPORT_1");
        assertThatThrownBy(() -> as("lasare", () -> reports.submit(r.id(), r.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lasare", () -> reports.create(f.planId(), "DELARSRAPPORT_2"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("controller-rs", () -> reports.saveTexts(r.id(), r.version(), "RS skriver", List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("controller-rs", () -> reports.submit(r.id(), r.version()))).isInstanceOf(AccessDeniedException.class);
        // permission comes before the input: a reader's empty request is refused, not validated
        assertThatThrownBy(() -> as("lasare", () -> reports.create(f.planId(), null))).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.report(r.id()).version()).isEqualTo(r.version());
        assertThat(as("lasare", () -> reports.content(r.id())).goals()).hasSize(1);
    }

    @Test
    void the_public_sees_submitted_reports_and_never_a_draft() {
        Fixture f = ReportFixtures.rtnPlan(context);
        FollowReport draft = reports.create(f.planId(), "DELARSRAPPORT_1");
        FollowReport vb = reports.create(f.planId(), "VERKSAMHETSBERATTELSE");
        reports.submit(vb.id(), vb.version());
        SecurityContextHolder.clearContext();

        assertThatThrownBy(() -> reports.report(draft.id())).isInstanceOf(se.rodtrad.shared.domain.NotFoundException.class);
        assertThatThrownBy(() -> reports.content(draft.id())).isInstanceOf(se.rodtrad.shared.domain.NotFoundException.class);
        assertThat(reports.content(vb.id()).goals()).hasSize(1);
        assertThat(reports.page(null, f.year(), 0, 100).reports()).extracting(FollowReport::id).containsExactly(vb.id());
    }

    @Test
    void rtn_2023_interim_report_2_on_the_demo_data_has_goals_assignments_economy_to_august_and_internal_control() {
        var plan = plans.byKey("rtn-2023").orElseThrow();
        ReportContent c = reports.assemble(transientReport(plan, ReportOccasion.DELARSRAPPORT_2));
        assertThat(c.goals()).isNotEmpty();
        assertThat(c.goals().stream().mapToInt(g -> g.indicators().size()).sum()).isGreaterThan(20);
        assertThat(c.assignments()).hasSize(9);
        assertThat(c.economy().month()).isEqualTo(8);
        assertThat(c.economy().report().exempeldata()).isTrue();
        assertThat(c.economy().report().areas()).isNotEmpty();
        assertThat(c.internalControl().occasion()).isEqualTo(ReportOccasion.DELARSRAPPORT_2);
        assertThat(c.internalControl().judgement()).isNull();
        assertThat(c.riskMatrix()).hasSize(4).allMatch(row -> row.cells().size() == 4);
        assertThat(c.exempeldata()).isTrue();

        ReportContent vb = reports.assemble(transientReport(plan, ReportOccasion.VERKSAMHETSBERATTELSE));
        assertThat(vb.internalControl().judgement()).isNotNull();
        assertThat(vb.economy().month()).isEqualTo(12);
    }

    private static FollowReport transientReport(se.rodtrad.planning.PlanSummary plan, ReportOccasion occasion) {
        return new FollowReport(UUID.randomUUID(), plan.id(), plan.bodyId(), plan.bodyName(), plan.year(), occasion, FollowReport.Status.DRAFT,
                null, List.of(), null, false, null, null, 0, java.time.Instant.now(), "controller");
    }
}
