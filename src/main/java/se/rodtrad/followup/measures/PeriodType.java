package se.rodtrad.followup.measures;

/** How long a period of statistics or outcome is: a year, a tertial (four months) or a month. */
public enum PeriodType {
    YEAR, TERTIAL, MONTH
}
