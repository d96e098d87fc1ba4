package se.rodtrad.organisation;

/** What kind of organisation unit a row is; the message key {@code unitType.X} names it in the UI. */
public enum UnitType {
    /** Riket, Kolada 0000. */
    NATION,
    /** A region (county council), Kolada "00" + länskod. */
    REGION,
    MUNICIPALITY,
    /** Regionfullmäktige. */
    ASSEMBLY,
    /** Regionstyrelsen. */
    BOARD,
    /** A nämnd. */
    COMMITTEE,
    /** Arbetsutskott. */
    WORKING_COMMITTEE,
    /** Beredning. */
    PREPARATORY_COMMITTEE,
    /** Revision and other political bodies. */
    OTHER_BODY,
    /** A förvaltning. */
    ADMINISTRATION,
    /** An område within an administration. */
    AREA,
    /** An enhet, school or other unit within an area. */
    UNIT;

    public boolean isPoliticalBody() {
        return this == ASSEMBLY || this == BOARD || this == COMMITTEE || this == WORKING_COMMITTEE
                || this == PREPARATORY_COMMITTEE || this == OTHER_BODY;
    }
}
