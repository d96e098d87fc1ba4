package se.rodtrad.followup.measures;

import java.time.Instant;
import java.util.UUID;

/**
 * A statistical series values are kept for: a Kolada KPI ({@code code} = {@code koladaId} = "N03700") or
 * one of our own ("SCB-BRP-PER-INV"). {@code subject} and {@code denominator} say what it measures
 * ("BRP" per "invånare"); {@code shortName} is how a sentence names it ("BRP per invånare").
 */
public record Measure(
        UUID id,
        String code,
        String koladaId,
        String name,
        String shortName,
        String unit,
        String subject,
        String denominator,
        String description,
        String source,
        boolean byGender,
        int version,
        Instant updatedAt,
        String updatedBy) {

    /** What the series measures, for a sentence: "BRP per invånare". */
    public String quantity() {
        return denominator == null ? subject : subject + " per " + denominator;
    }

    /** A chart's caption: the short name and the unit ("BRP per invånare (kr)"). */
    public String caption() {
        return shortName + (unit == null ? "" : " (" + unit + ")");
    }

    /** The sexes the series has values for: totals, and women and men when it is kept by sex. */
    public java.util.List<Gender> genders() {
        return byGender ? java.util.List.of(Gender.T, Gender.K, Gender.M) : java.util.List.of(Gender.T);
    }
}
