package se.rodtrad.followup.assessment;

import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.Target;

/**
 * What is judged: the indicator as written (its text says what it asks for), its target, the period, the
 * unit whose value is judged (Region Örebro län) and the measure that holds the data (null when none is
 * linked).
 */
public record AssessmentInput(String indicatorText, Target target, Period period, Unit subject, Measure measure) {
}
