package se.rodtrad.documents;

import se.rodtrad.planning.PlanSummary;

/**
 * A section of a plan document's prose found by full-text search: the plan, the section's number and heading, a snippet
 * with the matching words between {@code PlanTextSearch.START} and {@code STOP}, and {@code ts_rank}'s rank.
 */
public record PlanTextHit(PlanSummary plan, String number, String heading, String snippet, double rank) {

    public String numberedHeading() {
        return number == null ? heading : number + " " + heading;
    }
}
