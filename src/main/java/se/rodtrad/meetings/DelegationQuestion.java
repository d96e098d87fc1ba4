package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a decision may be taken under the body's delegation order: which body's order, which point the decision
 * cites (null: any point that covers the matter), the matter ("Företagsstöd", "Regionala utvecklingsstöd") and the
 * type of decision ("Mikrobidrag"), the amount in kronor (null for a refusal), who decides, on which day, and whether
 * the case is of a principled nature or otherwise of greater importance (KL 6 kap. 38 § 3: never delegated).
 */
public record DelegationQuestion(UUID bodyId, String point, String matter, String decisionType, Long amountKr, String decidedBy,
        LocalDate decidedOn, boolean principal) {
}
