package se.rodtrad.grants;

import java.util.UUID;

/**
 * A grant found by full-text search: the decision, a title naming the recipient (for the public only a legal person's
 * name) and project, a snippet with the matching words between {@code \u0002} and {@code \u0003}, the body's code, the
 * year (of the decision, else of the application) and {@code ts_rank}'s rank.
 */
public record GrantSearchHit(UUID decisionId, String title, String snippet, String bodyCode, int year, double rank) {
}
