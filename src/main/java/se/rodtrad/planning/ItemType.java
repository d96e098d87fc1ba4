package se.rodtrad.planning;

/** What a steering item is. Goals of every level share GOAL; the level is its {@code kind} as written. */
public enum ItemType {
    PERSPECTIVE, GOAL, INDICATOR, ASSIGNMENT, STRATEGY, ACTIVITY
}
