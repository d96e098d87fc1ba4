package se.rodtrad.followup.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.planning.ReportOccasion;

/**
 * A follow-up report of a body's plan year at one occasion (delårsrapport 1 or 2, verksamhetsberättelse):
 * a draft whose texts are edited and whose figures are read live, or a submitted, dated and immutable
 * snapshot. {@code previousId}: the report its texts and judgements were carried over from.
 */
public record FollowReport(UUID id, UUID planId, UUID bodyId, String bodyName, int year, ReportOccasion occasion, Status status,
        String summary, List<GoalText> goals, UUID previousId, boolean exempeldata, Instant submittedAt, String submittedBy, int version,
        Instant updatedAt, String updatedBy) {

    public enum Status {
        DRAFT, SUBMITTED
    }

    /** The report's own judgement of a goal (null = the assessment stands) and its analysis. */
    public record GoalText(String goal, AssessmentStatus status, String analysis) {
    }

    public boolean submitted() {
        return status == Status.SUBMITTED;
    }

    public GoalText goal(String goal) {
        return goals.stream().filter(g -> g.goal().equals(goal)).findFirst().orElse(null);
    }
}
