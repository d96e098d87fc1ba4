/**
 * The steering model: each body's yearly plan (verksamhetsplan med budget) with its status and decision,
 * perspectives, goals, indicators with targets, assignments and strategies, the regional development
 * strategy (RUS) and action plans, lineage across years and the yearly cycle. The heart of the röd tråd.
 * A plan is decided at a meeting: the § on the case it is filed under decides it ({@code MeetingDecisions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planering",
        allowedDependencies = {"organisation", "meetings", "audit", "shared"})
package se.rodtrad.planning;
