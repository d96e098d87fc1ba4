package se.rodtrad.planning;

/**
 * A decided plan got its next version, a draft holding the same items with the same lineage: {@code revision} is the
 * new plan, {@code revises} the decided one (which stays as it was), {@code reason} why it is revised.
 */
public record PlanRevised(PlanId revision, PlanId revises, String reason) {
}
