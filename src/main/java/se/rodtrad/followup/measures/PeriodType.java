package se.rodtrad.followup.measures;

/**
 * How long a period of statistics or outcome is: a year, a tertial (four months, the interim reports'), a month, a
 * quarter (SCB's and SSB's "2022K1", Statistics Finland's "2022Q1") or a half year ("2022H1").
 */
public enum PeriodType {
    YEAR, TERTIAL, MONTH, QUARTER, HALF_YEAR
}
