package se.rodtrad.planning;

import java.util.UUID;

/**
 * Which assignments to list across plans: of a body, given by an issuer (FM, RS, DN …), of a plan year, with a
 * responsible unit (that unit or any below it is the caller's to resolve: {@code ownerUnitIds}). Null means any.
 */
public record AssignmentQuery(UUID bodyId, String issuer, Integer year, java.util.List<UUID> ownerUnitIds) {

    public static final AssignmentQuery ALL = new AssignmentQuery(null, null, null, null);
}
