package se.rodtrad.followup.assessment;

import java.time.Instant;
import java.util.UUID;

/**
 * A person's judgement of an assessment: the status they set and why, next to the computed status and
 * sentence as they stood when the person judged. {@code active} is false once withdrawn.
 */
public record Judgement(
        UUID id,
        String subjectType,
        String subjectId,
        String period,
        AssessmentStatus computedStatus,
        String computedExplanation,
        AssessmentStatus status,
        String reason,
        boolean active,
        int version,
        Instant updatedAt,
        String updatedBy) {
}
