/**
 * The steering model: each body's yearly plan (verksamhetsplan med budget) with its status and decision,
 * perspectives, goals, indicators with targets, assignments and strategies, the regional development
 * strategy (RUS) and action plans, lineage across years and the yearly cycle. The heart of the röd tråd.
 * Depends on {@code organisation} (bodies) and {@code audit}, and on {@code meetings} for the decision (§) that decides a
 * plan by its case number ({@link se.rodtrad.planning.MeetingDecisions}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planering",
        allowedDependencies = {"organisation", "audit", "shared", "meetings"})
package se.rodtrad.planning;
