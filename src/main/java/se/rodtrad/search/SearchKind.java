package se.rodtrad.search;

/**
 * What a hit is. The plan's items by their type (perspectives, strategies and activities as PLAN_ITEM), a plan
 * document's prose as PLAN_TEXT, the meetings' cases, agenda items and decisions, grants, and the follow-up reports'
 * texts (a summary or a goal's analysis) as REPORT.
 */
public enum SearchKind {
    PLAN_TEXT, GOAL, INDICATOR, ASSIGNMENT, PLAN_ITEM, CASE, AGENDA_ITEM, DECISION, GRANT, REPORT
}
