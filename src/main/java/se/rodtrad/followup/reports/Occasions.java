package se.rodtrad.followup.reports;

import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.shared.domain.ValidationException;

/** Reading a report occasion from a request: DELARSRAPPORT_1, DELARSRAPPORT_2 or VERKSAMHETSBERATTELSE. */
public final class Occasions {

    private Occasions() {
    }

    /** The occasion named, or a clear refusal that says which occasions exist. */
    public static ReportOccasion parse(String text) {
        if (text != null) {
            for (ReportOccasion o : ReportOccasion.values()) {
                if (o.name().equalsIgnoreCase(text.strip())) {
                    return o;
                }
            }
        }
        throw ValidationException.of("occasion", "followup.occasion.validation", text == null ? "" : text);
    }

    /** The occasion named, or the year's first (delårsrapport 1) when none is. */
    public static ReportOccasion orFirst(String text) {
        return text == null || text.isBlank() ? ReportOccasion.values()[0] : parse(text);
    }

    /** The last month of the period the occasion reports on: april, august, december. */
    public static int lastMonth(ReportOccasion occasion) {
        return switch (occasion) {
            case DELARSRAPPORT_1 -> 4;
            case DELARSRAPPORT_2 -> 8;
            case VERKSAMHETSBERATTELSE -> 12;
        };
    }
}
