package se.rodtrad.planning;

/** Which way is better for an indicator. */
public enum Direction {
    INCREASE, DECREASE, NONE
}
