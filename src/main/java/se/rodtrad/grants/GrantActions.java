package se.rodtrad.grants;

import java.util.UUID;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;

/**
 * What someone may do in a body's grant register: decide grants within the delegation order ({@code mayDecide},
 * DECIDE_GRANT), and manage the grants — the steering decision and appropriation, the support rules, payments and
 * mobility support ({@code mayManage}, MANAGE_GRANTS). The pages show their forms by this answer; the use cases
 * refuse by the same permissions.
 */
public record GrantActions(boolean mayDecide, boolean mayManage) {

    static GrantActions of(AccessPolicy access, UUID bodyId) {
        return new GrantActions(access.allows(Permission.DECIDE_GRANT, bodyId), access.allows(Permission.MANAGE_GRANTS, bodyId));
    }
}
