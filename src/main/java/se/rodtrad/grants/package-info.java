/**
 * Grants ("Bidrag och stöd"): the yearly steering decision (inriktningsbeslut) of the state appropriation 1:1 with its
 * sources, indicative split into parts and ranked priorities, and the decisions that extend or change it; the support
 * types with their rules as dated versions in data, each judged when a grant is decided (passed, broken, or cannot be
 * judged — with the missing fact named); applications and decisions, with earlier grants to the same organisation
 * counted towards per-company and de minimis totals; co-financed projects with their cost and financing budgets as
 * printed and the checks that find their slips; payments under förordning (2003:596) 11 §; mobility support to folk
 * high schools; and the statistics that feed the plans' indicators.
 *
 * <p>Decisions taken by a delegate are checked against the body's delegation order in {@code meetings} before they are
 * saved and reported to it ({@link se.rodtrad.meetings.DelegatedDecisionMade}); a body's § that decides a grant or
 * changes the steering decision arrives as {@link se.rodtrad.meetings.DecisionTaken}. The statistics go to
 * {@code followup} as {@link se.rodtrad.grants.GrantStatisticsChanged}; the grants and projects that serve a goal are
 * offered to its röd tråd through {@link se.rodtrad.planning.ThreadContributions}. A project's budgets are checked with
 * the budget module's {@link se.rodtrad.budget.BudgetChecker}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bidrag och stöd",
        allowedDependencies = {"meetings", "planning", "organisation", "audit", "shared", "budget"})
package se.rodtrad.grants;
