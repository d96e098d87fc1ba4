package se.rodtrad.planning;

/**
 * What someone may do with a task of the yearly cycle now: work on it — write its activities and deliver it — until
 * it is delivered, when they report for its unit or edit the plan ({@code mayWork}); open a delivered task again,
 * when they edit the plan ({@code mayReopen}). The task's page shows its forms by this answer; {@link PlanCycle}
 * refuses by the same rules.
 */
public record TaskActions(boolean mayWork, boolean mayReopen) {
}
