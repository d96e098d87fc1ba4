package se.rodtrad.meetings;

import java.util.Set;

/**
 * A case's way through the diary: registered (diariefört) → prepared (berett, ready for a meeting's agenda) → decided
 * (a § decided it) → dispatched (the decision sent to its distribution list, expedierat) → closed (avslutat). A case
 * registered by mistake is voided (makulerat) and keeps its number. Status is never shown by colour alone: each has
 * its word and icon ({@code case.status.X}).
 */
public enum CaseStatus {
    REGISTERED, PREPARED, DECIDED, DISPATCHED, CLOSED, VOIDED;

    /** The steps a secretary may take by hand; decided comes from the meeting's § (and may be set by hand for older cases). */
    public Set<CaseStatus> next() {
        return switch (this) {
            case REGISTERED -> Set.of(PREPARED, VOIDED);
            case PREPARED -> Set.of(REGISTERED, DECIDED);
            case DECIDED -> Set.of(DISPATCHED, CLOSED);
            case DISPATCHED -> Set.of(CLOSED);
            case CLOSED, VOIDED -> Set.of();
        };
    }
}
