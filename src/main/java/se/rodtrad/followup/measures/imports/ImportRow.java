package se.rodtrad.followup.measures.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One value as a file gives it, before it is matched to our measures and units. {@code where} names its
 * place in the file for the report; {@code measure} may be null when the import names the measure for
 * the whole file; {@code value} is null when the file says the value is missing ({@code status} says how).
 * {@code unitName} is the name the file gives the unit, checked against ours.
 */
public record ImportRow(
        String where,
        String measure,
        String unit,
        String unitName,
        String period,
        String gender,
        BigDecimal value,
        Integer count,
        String status,
        String source,
        LocalDate published,
        Boolean preliminary) {

    /** A missing value keeps what its source meant by it, in words, never the bare marker ("NA" shown as "– (NA)"). */
    public ImportRow {
        if (value == null) {
            status = Fields.missingMeaning(status);
        }
    }
}
