package se.rodtrad.internalcontrol;

/** What a control showed at a report occasion. A deviation must be described and may lead to new actions. */
public enum ControlOutcome {
    NO_DEVIATION, DEVIATION, NOT_PERFORMED
}
