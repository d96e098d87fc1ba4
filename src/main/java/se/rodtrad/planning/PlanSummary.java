package se.rodtrad.planning;

import java.util.UUID;

/**
 * A plan as other modules see it. {@code key} is the stable readable id of the demo data ("rtn-2023");
 * {@code version} counts revisions of the same body and year (1 = first).
 */
public record PlanSummary(
        UUID id,
        String key,
        UUID bodyId,
        String bodyCode,
        String bodyName,
        int year,
        String title,
        String planningYears,
        PlanStatus status,
        Decision decision,
        int revision,
        String source) {
}
