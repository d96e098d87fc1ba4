package se.rodtrad.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the body did with an item: the § (numbered per body and year), the outcome, the decided att-clauses, how it was
 * decided (acclamation, or a roll call with ja/nej/avstår per member and the result computed), reservations with their
 * reasons and a protocol note.
 */
public record ItemDecision(
        UUID id,
        UUID itemId,
        UUID meetingId,
        int paragraph,
        DecisionOutcome outcome,
        List<String> clauses,
        String voteMethod,
        Integer yesCount,
        Integer noCount,
        Integer abstainCount,
        String voteResult,
        String protocolNote,
        Map<UUID, String> votes,
        List<Reservation> reservations,
        Instant decidedAt,
        int version) {

    public ItemDecision {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        votes = votes == null ? Map.of() : Map.copyOf(votes);
        reservations = reservations == null ? List.of() : List.copyOf(reservations);
    }

    /** "§ 3", as the minutes print it. */
    public String paragraphLabel() {
        return "§ " + paragraph;
    }

    public boolean rollCall() {
        return "ROLL_CALL".equals(voteMethod);
    }

    /** A member's reservation against the decision, with the reason as the member gave it. */
    public record Reservation(UUID memberId, String memberName, String reason) {
    }
}
