/**
 * Economy, a room of follow-up: budget, booked outcome and year forecast per area and budget line, month by month, and
 * the period report built from them ({@link se.rodtrad.followup.economy.Economy},
 * {@link se.rodtrad.followup.economy.PeriodReport}).
 *
 * <p>The budget is the decided one: the room keeps its own copy of each body's decided budget by version, from the
 * budget module's {@code BudgetDecided} ({@code DecidedBudgetCopies}), and compares each area's outcome and forecast
 * with that area's line of the newest version; an area no decided budget has a line for is compared with a budget
 * imported in the template. The outcomes and forecasts come in as the economy template through the measures room's import path; this room reads the template
 * and writes its figures behind that path's port ({@code EconomyImports} implements
 * {@link se.rodtrad.followup.measures.EconomyImport}).
 */
@org.springframework.modulith.NamedInterface("economy")
package se.rodtrad.followup.economy;
