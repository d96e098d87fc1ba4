package se.rodtrad.meetings;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the secretary records for an item at the meeting: the outcome, the decided att-clauses, how it was decided
 * ({@code ACCLAMATION} or {@code ROLL_CALL} with ja/nej/avstår per member — {@code YES}, {@code NO}, {@code ABSTAIN}),
 * reservations (member → reason) and a protocol note. {@code version} is the decision's when it is recorded again.
 */
public record RecordDecision(UUID itemId, Integer version, DecisionOutcome outcome, List<String> clauses, String voteMethod,
        Map<UUID, String> votes, Map<UUID, String> reservations, String protocolNote) {
}
