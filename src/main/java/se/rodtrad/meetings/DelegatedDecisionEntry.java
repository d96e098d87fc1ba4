package se.rodtrad.meetings;

/**
 * A delegated decision entered by hand, for decisions that no module of the product takes (e.g. an urgent decision by
 * the chair, KL 6 kap. 39 §): the point, the day, the reference (Dnr or NypsID), the matter and type, recipient, sector,
 * owner's sex, municipality, the amount in kronor as typed (empty for a refusal), the outcome and who decided.
 */
public record DelegatedDecisionEntry(String point, String decidedOn, String referenceKind, String reference, String matter,
        String decisionType, String recipient, String sector, String ownerSex, String municipality, String amountKr, Boolean granted,
        String outcomeText, String decidedBy, String decidedByTitle) {
}
