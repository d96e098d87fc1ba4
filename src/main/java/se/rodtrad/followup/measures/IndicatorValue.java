package se.rodtrad.followup.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The current value of a series for one unit, period and sex. {@code value} is exact and null only when
 * the source says the value is missing ({@code status} says why). {@code published} is the publication
 * the value comes from; {@code exempeldata} marks values nobody published (generated for the demo).
 */
public record IndicatorValue(
        UUID id,
        UUID measureId,
        UUID unitId,
        String unitCode,
        String unitName,
        Period period,
        Gender gender,
        BigDecimal value,
        Integer count,
        String status,
        String source,
        LocalDate published,
        boolean preliminary,
        boolean exempeldata,
        UUID importId,
        int version,
        Instant updatedAt,
        String updatedBy) {
}
