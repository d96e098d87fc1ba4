package se.rodtrad.planning;

import java.util.UUID;

/**
 * The body decided the plan: from now on it never changes (a revision is the way to change it). {@code decision}
 * names the date, the body and the § of the minutes; {@code decisionId} is the meeting's decision when the plan was
 * decided through the minutes, null when the decision was entered by hand.
 */
public record PlanDecided(PlanId planId, UUID bodyId, int year, String kind, Decision decision, UUID decisionId) {
}
