package se.rodtrad.planning;

/**
 * How an item fares from one plan to another, by lineage: NEW only in the later plan, REMOVED only in the earlier,
 * CHANGED in both with other wording or target, CONTINUED in both with the same wording and target (a new number
 * alone is still CONTINUED: "Effektmål nr 7" in 2020 is "Effektmål 5" in 2023).
 */
public enum Change {
    NEW, CHANGED, CONTINUED, REMOVED
}
