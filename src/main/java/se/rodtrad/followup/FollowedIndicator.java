package se.rodtrad.followup;

import java.time.Instant;
import java.util.UUID;
import se.rodtrad.planning.Target;

/**
 * An indicator of a plan followed up with one of its targets: which plan and item (lineage key), its text
 * as decided, the goal it sits under, the target, the measure holding its data (null when none is linked)
 * and the unit whose value is judged. {@code targetNote} says how the target was read where the plan's
 * words leave room.
 */
public record FollowedIndicator(
        UUID id,
        String key,
        UUID bodyId,
        String planKey,
        String lineage,
        int sortOrder,
        String goalText,
        String text,
        String targetNote,
        String unitLabel,
        UUID subjectUnitId,
        UUID measureId,
        Target target,
        int version,
        Instant updatedAt,
        String updatedBy) {
}
