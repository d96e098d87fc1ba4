package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A body's decision on one item (a §), published when the minutes holding it are adjusted (justerade): from then on
 * the record of the decision cannot change. {@code caseNumber} is the diary number of the case decided ("19RS9687"),
 * by which other modules find what the decision concerns (a plan, a grant, a project); {@code paragraph} is the §
 * as the minutes print it ("§ 3"); {@code clauses} are the decided att-clauses without the leading "att".
 */
public record DecisionTaken(
        UUID decisionId,
        UUID meetingId,
        UUID bodyId,
        String bodyCode,
        LocalDate meetingDate,
        String paragraph,
        String caseNumber,
        String title,
        DecisionOutcome outcome,
        List<String> clauses,
        LocalDate adjustedOn) {

    public DecisionTaken {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
