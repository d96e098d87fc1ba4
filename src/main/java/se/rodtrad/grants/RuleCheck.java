package se.rodtrad.grants;

/**
 * One rule as judged for a decision: which rule (its text and the version it belongs to), the result, whether breaking
 * it refuses the decision ({@code hard}; a soft one is a warning, e.g. a part of the appropriation overrun), and the
 * sentence that cites the rule and shows the numbers.
 */
public record RuleCheck(String rule, RuleResult result, boolean hard, Explanation explanation) {

    public boolean refuses() {
        return hard && result == RuleResult.BROKEN;
    }

    public boolean warns() {
        return !hard && result == RuleResult.BROKEN;
    }
}
