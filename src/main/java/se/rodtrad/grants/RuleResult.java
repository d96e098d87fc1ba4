package se.rodtrad.grants;

/** How a rule was judged: passed, broken, or not judged because a fact it needs is missing (named in the sentence). */
public enum RuleResult {
    PASSED, BROKEN, NOT_JUDGED
}
