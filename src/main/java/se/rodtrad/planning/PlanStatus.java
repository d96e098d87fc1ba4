package se.rodtrad.planning;

/** A plan moves draft → proposal → decided; a decided plan is never changed in place. */
public enum PlanStatus {
    DRAFT, PROPOSAL, DECIDED;

    public boolean isDecided() {
        return this == DECIDED;
    }
}
