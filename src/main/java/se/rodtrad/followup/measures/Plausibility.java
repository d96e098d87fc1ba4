package se.rodtrad.followup.measures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import se.rodtrad.followup.measures.imports.Note;

/**
 * Whether an imported value can be what the measure measures (issue 21: a population table imported into a "%"
 * measure would have overwritten 85,6 with 5 157 443). Two rules, each with its reason: a share in per cent lies
 * between −1 000 and 1 000 (a change in per cent may pass 100, a head count does not fit); and a value more than a
 * hundred times the largest the measure has held for the unit is far outside its history. A value that fails is not
 * written: the import holds it with the reason, and a person who has checked it confirms it by importing again with
 * "confirm implausible values" — or drops it by doing nothing.
 */
final class Plausibility {

    /** Beyond this a per-cent value is no share. */
    static final BigDecimal PERCENT_LIMIT = BigDecimal.valueOf(1000);
    /** A value this many times the largest earlier value of the unit is held. */
    static final BigDecimal HISTORY_FACTOR = BigDecimal.valueOf(100);

    private Plausibility() {
    }

    /**
     * The reason to hold {@code value} for confirmation, or empty when it is plausible.
     *
     * @param largest the largest magnitude the measure has held for the unit (any period and sex), null when none
     * @param periods how many values that history holds
     */
    static Optional<Note> judge(Measure measure, BigDecimal value, BigDecimal largest, int periods) {
        if (value == null) {
            return Optional.empty();
        }
        BigDecimal size = value.abs();
        if (percent(measure.unit()) && size.compareTo(PERCENT_LIMIT) > 0) {
            return Optional.of(Note.of("followup.import.hold.percent", value.toPlainString(), measure.code(), measure.unit()));
        }
        if (largest != null && largest.signum() > 0 && size.compareTo(largest.multiply(HISTORY_FACTOR)) > 0) {
            return Optional.of(Note.of("followup.import.hold.history", value.toPlainString(), measure.code(), largest.toPlainString(), periods));
        }
        return Optional.empty();
    }

    static boolean percent(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.strip().toLowerCase(Locale.ROOT);
        return u.equals("%") || u.equals("procent") || u.startsWith("andel") || u.equals("andel (%)") || u.endsWith("(%)");
    }
}
