package se.rodtrad.meetings;

/**
 * What someone may do with a body's delegation order: keep it — enter and change its points, and enter delegated
 * decisions to report — when they manage the body's delegation ({@code Permission.MANAGE_DELEGATION}). The pages
 * show their forms by this answer; {@link DelegationOrder} refuses by the same rule.
 */
public record DelegationActions(boolean mayManage) {
}
