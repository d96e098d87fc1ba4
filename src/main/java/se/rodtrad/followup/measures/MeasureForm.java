package se.rodtrad.followup.measures;

/** A measure as typed in the form or sent to the API; {@code byGender} says whether values come per sex. */
public record MeasureForm(
        String code,
        String koladaId,
        String name,
        String shortName,
        String unit,
        String subject,
        String denominator,
        String description,
        String source,
        Boolean byGender) {
}
