package se.rodtrad.internalcontrol;

/**
 * What someone may do with the region-wide risks of a year: define them when they edit the regional board's plans
 * (regionstyrelsen's risks come into every body's internal control plan that year). The page shows its form by this
 * answer; {@link InternalControl} refuses by the same rule.
 */
public record RegionRiskActions(boolean mayEdit) {
}
