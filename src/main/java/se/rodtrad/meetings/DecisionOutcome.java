package se.rodtrad.meetings;

/**
 * What a body did with an item: decided as proposed, decided with an amendment, returned for further preparation
 * (återremiss) or postponed to a later meeting (bordläggning). Only the first two decide the matter.
 */
public enum DecisionOutcome {
    AS_PROPOSED, AMENDED, RETURNED, POSTPONED;

    /** What a decision form proposes before the chair says otherwise: the body decides as proposed. */
    public static DecisionOutcome usual() {
        return AS_PROPOSED;
    }

    /** Whether the matter is decided (as proposed or amended); a returned or postponed item decides nothing yet. */
    public boolean decides() {
        return this == AS_PROPOSED || this == AMENDED;
    }
}
