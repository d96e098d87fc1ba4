package se.rodtrad.organisation;

/** What a use case needs. {@link #isScoped()} ones are checked against the target's organisation unit. */
public enum Permission {
    READ_INTERNAL(false),
    COMMENT(false),
    EDIT_ORGANISATION(true),
    EDIT_PLAN(true),
    DECIDE_PLAN(true),
    EDIT_BUDGET(true),
    REPORT(true),
    IMPORT_DATA(false),
    MANAGE_USERS(false),
    /** Registers cases and documents in the diary (diarium) of the bodies in scope. */
    KEEP_DIARY(true),
    /** Prepares and holds a body's meetings: agenda, notice, attendance, decisions, minutes, dispatch. */
    PREPARE_MEETING(true);

    private final boolean scoped;

    Permission(boolean scoped) {
        this.scoped = scoped;
    }

    public boolean isScoped() {
        return scoped;
    }
}
