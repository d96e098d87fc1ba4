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
    PREPARE_MEETING(true),
    /** Decides a grant (records a decision taken by a delegate or the body) for the body that grants it. */
    DECIDE_GRANT(true),
    /** Keeps a body's grant register: steering decisions, support rules, projects, payments, mobility support. */
    MANAGE_GRANTS(true),
    /** Keeps a body's delegation order (KL 6 kap. 37 §) and enters delegated decisions that no module reports. */
    MANAGE_DELEGATION(true);

    private final boolean scoped;

    Permission(boolean scoped) {
        this.scoped = scoped;
    }

    public boolean isScoped() {
        return scoped;
    }
}
