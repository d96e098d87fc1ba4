package se.rodtrad.documents;

import se.rodtrad.planning.PlanSummary;

/**
 * A section of a plan document's prose found by full-text search: the plan, the section's position, number and heading,
 * a snippet with the matching words between {@code PlanTextSearch.START} and {@code STOP} (null until
 * {@code PlanTexts.withSnippets} cut it), and {@code ts_rank}'s rank.
 */
public record PlanTextHit(PlanSummary plan, int position, String number, String heading, String snippet, double rank) {

    public String numberedHeading() {
        return number == null ? heading : number + " " + heading;
    }
}
