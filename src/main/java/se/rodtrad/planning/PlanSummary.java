package se.rodtrad.planning;

import java.util.UUID;

/**
 * A plan as other modules see it. {@code key} is the stable readable id of the demo data ("rtn-2023");
 * {@code revision} counts revisions of the same body and year (1 = first); a revision names the plan it revises
 * ({@code revisesId}) and why ({@code revisionReason}). {@code kind} tells a body's verksamhetsplan (VP) from the
 * regional development strategy (RUS) and the action plans (ACTION_PLAN). {@code caseNumber} is the plan's case in the
 * diary ("19RS9687"), by which a meeting's decision finds it; {@code decisionId} the meeting's decision (§) that decided
 * it, null when the decision was entered by hand. {@code version} is the optimistic lock.
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
        String source,
        String kind,
        String period,
        String note,
        UUID revisesId,
        String revisionReason,
        String caseNumber,
        UUID decisionId,
        int version) {

    /** "2023", "2019–2022" or "2018–2030": the years the plan is for. */
    public String years() {
        return period != null ? period : String.valueOf(year);
    }
}
