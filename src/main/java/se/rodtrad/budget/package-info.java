/**
 * The budget of a plan year: the tables as the document prints them (income statement, operating and capital
 * budget, key ratios, savings measures with their consequences, grants, project budgets), the frame
 * (ramanslag) with its uprating and the resource allocation model, and the {@link se.rodtrad.budget.BudgetChecker}
 * that finds every arithmetic slip in them. Amounts are exact decimals, never floating point.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget",
        allowedDependencies = {"planning", "organisation", "shared"})
package se.rodtrad.budget;
