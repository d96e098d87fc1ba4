package se.rodtrad.planning;

/**
 * A target as a person typed it: every parameter as text, so "6,3" and "2 030" can be read the Swedish way and a
 * bad value is reported on its own field instead of failing the whole request. {@link TargetPolicy} turns it into a
 * {@link Target} or says what is missing.
 */
public record TargetDraft(String form, String direction, String reference, String baseYear, String targetYear, String percent,
        String group, String measure, String lower, String upper, String unit, String between, String threshold, String unitsOf) {

    public static TargetDraft of(Target t) {
        if (t == null) {
            return new TargetDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new TargetDraft(t.form().name(), t.direction().name(), t.reference(), str(t.baseYear()), str(t.targetYear()),
                plain(t.percent()), t.group(), t.measure(), plain(t.lower()), plain(t.upper()), t.unit(), t.between(),
                plain(t.threshold()), t.unitsOf());
    }

    private static String str(Integer i) {
        return i == null ? null : String.valueOf(i);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
