package se.rodtrad.budget;

/**
 * What someone may do with a plan's budget now (its tables, or its frame): change it while the plan is not decided,
 * when they edit the body's budget ({@code Permission.EDIT_BUDGET}); a decided plan's budget is the decided one and
 * changes only with a revision of the plan. The pages show their forms by this answer; {@link Budgets} and
 * {@link Frames} refuse by the same rule.
 */
public record BudgetActions(boolean mayEdit) {
}
