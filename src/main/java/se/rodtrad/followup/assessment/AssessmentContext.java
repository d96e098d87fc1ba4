package se.rodtrad.followup.assessment;

import java.util.List;
import java.util.Optional;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.Unit;

/** What {@link TargetAssessment} reads: values, comparison groups, the nation, a region's municipalities. */
public interface AssessmentContext {

    /** The stored value (null value = the source says it is missing). */
    Optional<IndicatorValue> value(Measure measure, Unit unit, Period period, Gender gender);

    /** A comparison group by code ("jamforbara-lan"). */
    Optional<ComparisonGroup> group(String code);

    /** Riket (Kolada 0000). */
    Optional<Unit> nation();

    /** The municipalities of a region (for "antal kommuner som …"). */
    List<Unit> municipalities(Unit region);

    /** Other series of the same subject (BRP per sysselsatt next to BRP per invånare), to name them, never to use them. */
    List<Measure> siblings(Measure measure);

    /** Whether a measure has any value at all for the unit and period (any sex). */
    default boolean hasValue(Measure measure, Unit unit, Period period) {
        return value(measure, unit, period, Gender.T).map(v -> v.value() != null).orElse(false);
    }
}
