package se.rodtrad.budget;

import java.util.List;
import se.rodtrad.planning.PlanSummary;

/** A plan's budget tables in document order and what the checker finds in them. */
public record PlanBudget(PlanSummary plan, List<BudgetTable> tables, List<Finding> findings) {
}
