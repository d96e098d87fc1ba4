package se.rodtrad.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of the product and what each may do. Scoped permissions hold only for the organisation units
 * a person is assigned to and everything below them; the administrator is not scoped.
 */
public enum Role {
    ADMINISTRATOR(EnumSet.allOf(Permission.class)),
    /** Plans and budgets of the bodies they are assigned to; imports the statistics they follow up. */
    CONTROLLER(EnumSet.of(Permission.READ_INTERNAL, Permission.COMMENT, Permission.EDIT_ORGANISATION,
            Permission.EDIT_PLAN, Permission.EDIT_BUDGET, Permission.REPORT, Permission.IMPORT_DATA)),
    /** Nämndsekreterare: the plan's status and decision, proposals, the diary, the meetings and the delegation order of their bodies. */
    SECRETARY(EnumSet.of(Permission.READ_INTERNAL, Permission.COMMENT, Permission.EDIT_PLAN, Permission.DECIDE_PLAN,
            Permission.KEEP_DIARY, Permission.PREPARE_MEETING, Permission.MANAGE_DELEGATION)),
    /** Handläggare, bidrag: prepares and records grant decisions, keeps the grant register of their body. */
    GRANT_OFFICER(EnumSet.of(Permission.READ_INTERNAL, Permission.COMMENT, Permission.DECIDE_GRANT, Permission.MANAGE_GRANTS)),
    /** Områdeschef: reports on their own area. */
    AREA_MANAGER(EnumSet.of(Permission.READ_INTERNAL, Permission.COMMENT, Permission.REPORT)),
    /** Reads everything internal and writes comments. */
    POLITICIAN(EnumSet.of(Permission.READ_INTERNAL, Permission.COMMENT)),
    READER(EnumSet.of(Permission.READ_INTERNAL));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    public boolean isScoped() {
        return this != ADMINISTRATOR;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
