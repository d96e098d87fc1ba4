package se.rodtrad.followup.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;

/** A measure's value as the API shows it: of a measure ({@code /api/v1/measures/{id}/values}) or of an indicator's linked measure. */
public record ValueJson(UUID id, String unitCode, String unitName, String period, Gender gender, BigDecimal value, Integer count,
        String status, String source, LocalDate published, boolean preliminary, boolean exempeldata, int version) {

    public static ValueJson of(IndicatorValue v) {
        return new ValueJson(v.id(), v.unitCode(), v.unitName(), v.period().code(), v.gender(), v.value(), v.count(), v.status(),
                v.source(), v.published(), v.preliminary(), v.exempeldata(), v.version());
    }
}
