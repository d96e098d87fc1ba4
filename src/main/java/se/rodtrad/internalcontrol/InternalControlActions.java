package se.rodtrad.internalcontrol;

/**
 * What someone may do with a plan's internal control now: plan it — risks, their assessment and controls — when
 * they edit the body's plan ({@code mayEdit}); follow it up and judge it when they report for the body
 * ({@code mayReport}). Once the verksamhetsplan it is part of is decided, its risks and their actions are fixed
 * ({@code planDecided}): only the follow-up goes on. The page shows its forms by this answer ({@link ControlPlan#allowedTransitions});
 * the aggregate's verbs refuse by the same rules.
 */
public record InternalControlActions(boolean mayEdit, boolean mayReport, boolean planDecided) {
}
