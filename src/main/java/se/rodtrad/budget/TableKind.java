package se.rodtrad.budget;

/**
 * What a budget table is. {@link #FRAME} holds figures quoted from the document's prose (the frame, turnover,
 * reductions) so they can be checked against the tables; {@link #OTHER} is used for project co-financing budgets.
 */
public enum TableKind {
    INCOME_STATEMENT, OPERATING, CAPITAL, KEY_RATIOS, SAVINGS, ALLOCATION, GRANTS_TO_ORGANISATIONS, FRAME, OTHER
}
