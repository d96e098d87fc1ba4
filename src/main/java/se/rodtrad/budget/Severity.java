package se.rodtrad.budget;

/**
 * How serious a finding is: ERROR — the figures disagree beyond any rounding; WARNING — the text and a table
 * disagree, or a sign breaks the pattern of its lines (a person must judge); INFO — the difference is within
 * what rounding to the printed decimals can explain.
 */
public enum Severity {
    ERROR, WARNING, INFO
}
