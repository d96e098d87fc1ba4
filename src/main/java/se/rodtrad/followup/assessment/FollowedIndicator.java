package se.rodtrad.followup.assessment;

import java.time.Instant;
import java.util.UUID;
import se.rodtrad.planning.Target;

/**
 * An indicator of a plan followed up with one of its targets: the plan item it is ({@code planItemId}, in plan
 * {@code planId}, the same indicator across years by {@code lineageId}), its text as the plan says it, the goal it
 * sits under, the target ({@code targetIndex} 0 = the item's target, 1… its further targets), the measure holding
 * its data (null when none is linked) and the unit whose value is judged. {@code targetNote} says how the target
 * was read where the plan's words leave room.
 *
 * <p>The measure is the one a person linked, or else the one the plan names by our code or Kolada id
 * ({@code measureCode}) once the measures know it: {@link Assessments} fills in {@code measureId} from that code
 * whenever it reads the indicator, so a measure imported after the plan was followed is found.
 */
public record FollowedIndicator(
        UUID id,
        UUID planId,
        UUID planItemId,
        UUID lineageId,
        int targetIndex,
        UUID bodyId,
        int sortOrder,
        UUID goalItemId,
        String goalText,
        String text,
        String targetNote,
        String unitLabel,
        UUID subjectUnitId,
        UUID measureId,
        String measureCode,
        Target target,
        int version,
        Instant updatedAt,
        String updatedBy) {

    /** The indicator with the measure its code names. */
    FollowedIndicator withMeasure(UUID measure) {
        return new FollowedIndicator(id, planId, planItemId, lineageId, targetIndex, bodyId, sortOrder, goalItemId, goalText, text, targetNote,
                unitLabel, subjectUnitId, measure, measureCode, target, version, updatedAt, updatedBy);
    }
}
