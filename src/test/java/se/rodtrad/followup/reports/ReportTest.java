package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The follow-up report as an aggregate, without Spring: its life from draft to submitted, the copy marks that follow
 * a text from one report to the next until someone edits or confirms it, each goal's own version, and who may write
 * what.
 */
class ReportTest {

    static final UUID PLAN = UUID.randomUUID();
    static final UUID BODY = UUID.randomUUID();
    static final UUID AREA = UUID.randomUUID();
    static final String GOAL_1 = "Fler i arbete";
    static final String GOAL_2 = "Fler företag";

    /** A report as the store gives it back after a save: stored, with versions. */
    static Report stored(ReportOccasion occasion, String summary, UUID summaryCopiedFrom, UUID previous, FollowReport.Status status,
            ReportSection... sections) {
        return new Report(new ReportId(UUID.randomUUID()), PLAN, BODY, "Regional tillväxtnämnd", 2023, occasion, status, summary,
                summaryCopiedFrom, previous, false, null, status == FollowReport.Status.SUBMITTED ? Instant.parse("2023-05-20T10:00:00Z") : null,
                status == FollowReport.Status.SUBMITTED ? "controller" : null, 3, Instant.parse("2023-05-20T10:00:00Z"), "controller",
                List.of(sections), false);
    }

    static ReportSection section(String goal, AssessmentStatus status, String analysis, UUID copiedFrom, int version) {
        return new ReportSection(goal, status, analysis, copiedFrom, null, null, version, Instant.parse("2023-05-20T10:00:00Z"), "controller");
    }

    static Report dr1() {
        return stored(ReportOccasion.DELARSRAPPORT_1, "Under årets första fyra månader har nämnden arbetat enligt planen.", null, null,
                FollowReport.Status.SUBMITTED, section(GOAL_1, AssessmentStatus.DELVIS_UPPFYLLT, "Arbetet går framåt.", null, 2));
    }

    @Test
    void delarsrapport_2_starts_from_delarsrapport_1_with_every_text_marked_as_copied() {
        Report dr1 = dr1();
        Report dr2 = Report.start(new ReportId(UUID.randomUUID()), PLAN, BODY, "RTN", 2023, ReportOccasion.DELARSRAPPORT_2, dr1, null, false);

        assertThat(dr2.previousId()).isEqualTo(dr1.id().value());
        assertThat(dr2.summary()).startsWith("Under årets första fyra månader");
        assertThat(dr2.summaryCopiedFrom()).isEqualTo(dr1.id().value());
        assertThat(dr2.section(GOAL_1).copied()).isTrue();
        assertThat(dr2.section(GOAL_1).analysis()).isEqualTo("Arbetet går framåt.");
        assertThat(dr2.section(GOAL_1).done()).isFalse();
        assertThat(dr2.submitted()).isFalse();
        assertThat(dr2.progress(List.of(GOAL_1, GOAL_2))).isEqualTo(new Report.Progress(0, 1, 2));
    }

    @Test
    void editing_a_copied_goal_takes_the_mark_away_and_counts_it_as_written() {
        Report dr2 = stored(ReportOccasion.DELARSRAPPORT_2, "x", null, UUID.randomUUID(), FollowReport.Status.DRAFT,
                section(GOAL_1, null, "Gammal text.", UUID.randomUUID(), 0));

        ReportSection written = dr2.write(GOAL_1, "UPPFYLLT", "  Per augusti är målet nått.  ", 0);

        assertThat(written.copied()).isFalse();
        assertThat(written.analysis()).isEqualTo("Per augusti är målet nått.");
        assertThat(written.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(dr2.changedSections()).extracting(ReportSection::goal).containsExactly(GOAL_1);
        assertThat(dr2.progress(List.of(GOAL_1, GOAL_2))).isEqualTo(new Report.Progress(1, 0, 2));
        assertThat(dr2.progress(List.of(GOAL_1, GOAL_2)).percent()).isEqualTo(50);
    }

    @Test
    void a_save_that_changes_nothing_keeps_the_copy_mark_but_confirming_takes_it_away() {
        UUID from = UUID.randomUUID();
        Report dr2 = stored(ReportOccasion.DELARSRAPPORT_2, "x", null, from, FollowReport.Status.DRAFT,
                section(GOAL_1, null, "Gammal text.", from, 0));

        assertThat(dr2.write(GOAL_1, "", "Gammal text.", 0).copied()).isTrue();
        assertThat(dr2.changedSections()).isEmpty();

        ReportSection confirmed = dr2.confirmCopied(GOAL_1);
        assertThat(confirmed.copied()).isFalse();
        assertThat(confirmed.analysis()).isEqualTo("Gammal text.");
        assertThat(confirmed.done()).isTrue();
    }

    @Test
    void the_copied_summary_is_marked_until_edited_or_confirmed() {
        UUID from = UUID.randomUUID();
        Report edited = stored(ReportOccasion.DELARSRAPPORT_2, "Första fyra månader.", from, from, FollowReport.Status.DRAFT);
        edited.writeSummary("Per augusti.", 3);
        assertThat(edited.summaryCopiedFrom()).isNull();

        Report confirmed = stored(ReportOccasion.DELARSRAPPORT_2, "Första fyra månader.", from, from, FollowReport.Status.DRAFT);
        confirmed.confirmCopiedSummary();
        assertThat(confirmed.summaryCopiedFrom()).isNull();
        assertThat(confirmed.summary()).isEqualTo("Första fyra månader.");
    }

    @Test
    void each_goal_is_checked_against_its_own_version_so_two_writers_of_different_goals_never_conflict() {
        Report r = stored(ReportOccasion.DELARSRAPPORT_2, null, null, null, FollowReport.Status.DRAFT,
                section(GOAL_1, null, "A", null, 4), section(GOAL_2, null, "B", null, 1));

        // the report's version (3) has nothing to do with a goal's: goal 2 seen at its own version 1 is saved
        assertThat(r.write(GOAL_2, null, "B2", 1).analysis()).isEqualTo("B2");
        // a goal nobody has written yet is seen at -1
        assertThat(r.write("Nytt mål", null, "C", -1).analysis()).isEqualTo("C");
        // the same goal seen at an older version is a conflict that carries the other person's text
        assertThatThrownBy(() -> r.write(GOAL_1, null, "Min text", 3)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(((ReportSection) e.current()).analysis()).isEqualTo("A");
            assertThat(e.changedBy()).isEqualTo("controller");
        });
        assertThatThrownBy(() -> r.write("Nytt mål 2", null, "D", 0)).isInstanceOf(ConflictException.class);
        assertThat(r.section(GOAL_1).analysis()).isEqualTo("A");
    }

    @Test
    void a_stale_summary_or_submission_is_a_conflict() {
        Report r = stored(ReportOccasion.DELARSRAPPORT_1, "Först.", null, null, FollowReport.Status.DRAFT);
        assertThatThrownBy(() -> r.writeSummary("Sen.", 2)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.submit(null, List.of(GOAL_1), "controller", Instant.now())).isInstanceOf(ConflictException.class);
        assertThat(r.summary()).isEqualTo("Först.");
    }

    @Test
    void a_submitted_report_refuses_every_verb_with_the_day_it_was_submitted() {
        Report r = dr1();
        for (Runnable verb : List.<Runnable>of(() -> r.writeSummary("x", 3), () -> r.write(GOAL_1, null, "x", 2), () -> r.confirmCopied(GOAL_1),
                r::confirmCopiedSummary, () -> r.assignWriter(GOAL_1, AREA, null), () -> r.submit(3, List.of(GOAL_1), "controller", Instant.now()),
                () -> r.dueOn(LocalDate.of(2023, 9, 1)))) {
            assertThatThrownBy(verb::run).isInstanceOfSatisfying(DomainException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("followup.report.submitted");
                assertThat(e.arguments()).containsExactly("2023-05-20");
            });
        }
    }

    @Test
    void submitting_freezes_the_draft() {
        Report r = stored(ReportOccasion.DELARSRAPPORT_1, "Klart.", null, null, FollowReport.Status.DRAFT);
        r.submit(3, List.of(GOAL_1), "controller", Instant.parse("2023-05-31T08:00:00Z"));
        assertThat(r.submitted()).isTrue();
        assertThat(r.view().submittedBy()).isEqualTo("controller");
        assertThat(r.allowedTransitions(EnumSet.allOf(Permission.class))).isEqualTo(new ReportActions(false, false));
    }

    @Test
    void a_report_is_not_submitted_while_copied_texts_are_unreviewed_and_the_refusal_counts_the_goals() {
        UUID dr1 = UUID.randomUUID();
        Report dr2 = stored(ReportOccasion.DELARSRAPPORT_2, "Per april.", dr1, dr1, FollowReport.Status.DRAFT,
                section(GOAL_1, AssessmentStatus.DELVIS_UPPFYLLT, "Under årets första fyra månader …", dr1, 0),
                section(GOAL_2, null, "Fyra nya företag per april.", dr1, 0),
                section("Ett mål som inte längre följs", null, "Gammal text.", dr1, 0));

        assertThat(dr2.unreviewedCopies(List.of(GOAL_1, GOAL_2))).containsExactly(GOAL_1, GOAL_2);
        assertThatThrownBy(() -> dr2.submit(3, List.of(GOAL_1, GOAL_2), "controller", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("followup.report.error.unreviewedCopies");
                    assertThat(e.arguments()).containsExactly(2);
                });

        dr2.confirmCopied(GOAL_1);
        dr2.write(GOAL_2, null, "Per augusti: sju nya företag.", 0);
        assertThatThrownBy(() -> dr2.submit(3, List.of(GOAL_1, GOAL_2), "controller", Instant.now()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("followup.report.error.unreviewedSummary"));

        dr2.confirmCopiedSummary();
        dr2.submit(3, List.of(GOAL_1, GOAL_2), "controller", Instant.now());
        assertThat(dr2.submitted()).as("a goal the report no longer lists does not hold it back").isTrue();
    }

    @Test
    void the_buttons_follow_the_state_and_the_permissions() {
        Report draft = stored(ReportOccasion.DELARSRAPPORT_1, null, null, null, FollowReport.Status.DRAFT);
        assertThat(draft.allowedTransitions(Set.of(Permission.READ_INTERNAL, Permission.REPORT))).isEqualTo(new ReportActions(true, true));
        assertThat(draft.allowedTransitions(Set.of(Permission.READ_INTERNAL))).isEqualTo(new ReportActions(false, false));
    }

    @Test
    void a_goals_writer_may_write_that_goal_and_no_other_while_the_body_reporter_writes_all() {
        Report r = stored(ReportOccasion.DELARSRAPPORT_2, null, null, null, FollowReport.Status.DRAFT);
        r.assignWriter(GOAL_1, AREA, "  Omar Områdeschef ");
        assertThat(r.section(GOAL_1).writerName()).isEqualTo("Omar Områdeschef");

        Set<Permission> areaManagerOnBody = Set.of(Permission.READ_INTERNAL, Permission.COMMENT);
        assertThat(r.mayWrite(GOAL_1, areaManagerOnBody, AREA::equals)).isTrue();
        assertThat(r.mayWrite(GOAL_2, areaManagerOnBody, AREA::equals)).isFalse();
        assertThat(r.mayWrite(GOAL_2, Set.of(Permission.REPORT), u -> false)).isTrue();
        assertThat(dr1().mayWrite(GOAL_1, Set.of(Permission.REPORT), u -> true)).isFalse();
    }

    @Test
    void bad_input_is_refused_in_swedish_terms_and_changes_nothing() {
        Report r = stored(ReportOccasion.DELARSRAPPORT_2, null, null, null, FollowReport.Status.DRAFT, section(GOAL_1, null, "A", null, 0));
        assertThatThrownBy(() -> r.write(GOAL_1, "KANSKE", "x".repeat(Report.MAX_TEXT + 1), 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(ValidationException.FieldError::messageKey)
                        .containsExactly("followup.report.validation.status", "followup.report.validation.analysisLength"));
        assertThatThrownBy(() -> r.write("  ", null, "x", -1)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> r.assignWriter(GOAL_1, AREA, "x".repeat(201))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> r.assignWriter(GOAL_1, null, "Omar")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> r.dueOn(LocalDate.of(2030, 1, 1))).isInstanceOf(ValidationException.class);
        assertThat(r.section(GOAL_1).analysis()).isEqualTo("A");
        assertThat(r.changedSections()).isEmpty();
    }
}
