package se.rodtrad.followup.measures.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import se.rodtrad.followup.measures.Decimals;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.Period;

/**
 * Reading one field of a file. A field that is not what its column promises fails the whole import with
 * the place and the field named — a number that is no number is a broken file, not a row to skip.
 */
public final class Fields {

    /** How sources write "no value": R's NA, PxWeb's dots and dashes, empty. */
    static final Set<String> MISSING = Set.of("", "na", "nan", "null", "..", "...", "…", ".", "-", "–", "..c", "x");

    private Fields() {
    }

    /**
     * What a source means by its marker for a missing value, in words with the marker kept in brackets: R's and Kolada's
     * {@code NA}; SCB's and SSB's {@code ..} (not available or too uncertain), {@code .} (cannot occur), {@code ...}/{@code …}
     * (not available), {@code ..C} and {@code x} (secret, sekretess); a dash. Any other status text (a source's own
     * words, "Sekretess") is kept as it is.
     */
    static String missingMeaning(String marker) {
        String m = marker == null ? "" : marker.strip();
        return switch (m.toLowerCase(Locale.ROOT)) {
            case "" -> "uppgift saknas";
            case "na", "nan", "null" -> "uppgift saknas (" + m + ")";
            case ".." -> "uppgift inte tillgänglig eller för osäker för att anges (..)";
            case "." -> "uppgift kan inte förekomma (.)";
            case "...", "…" -> "uppgift inte tillgänglig (" + m + ")";
            case "..c", "x" -> "sekretess (" + m + ")";
            case "-", "–" -> "uppgift saknas (" + m + ")";
            default -> m;
        };
    }

    static boolean isMissing(String text) {
        return text == null || MISSING.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The number, or null when the field says the value is missing. */
    public static BigDecimal decimal(String where, String field, String text) {
        if (isMissing(text)) {
            return null;
        }
        return Decimals.parse(text).orElseThrow(() -> new ImportFailure("followup.import.error.number", where, field, Text.excerpt(text)));
    }

    static BigDecimal decimal(String where, String field, BigDecimal d) {
        if (d == null) {
            return null;
        }
        return Decimals.bounded(d).orElseThrow(() -> new ImportFailure("followup.import.error.number", where, field,
                Text.excerpt(d.toString())));
    }

    static Integer count(String where, String field, String text) {
        if (isMissing(text)) {
            return null;
        }
        String t = text.strip();
        if (t.endsWith(".0")) {
            t = t.substring(0, t.length() - 2);
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the failure
        }
        throw new ImportFailure("followup.import.error.count", where, field, Text.excerpt(text));
    }

    /** The canonical period code ("2021", "2021-T2", "2021-03"). */
    static String period(String where, String field, String text) {
        return Period.parse(text).map(Period::code)
                .orElseThrow(() -> new ImportFailure("followup.import.error.period", where, field, Text.excerpt(text)));
    }

    /** T, K or M; an empty field is T (totalt). */
    static String gender(String where, String field, String text) {
        if (text == null || text.isBlank()) {
            return Gender.T.name();
        }
        return Gender.parse(text).map(Gender::name)
                .orElseThrow(() -> new ImportFailure("followup.import.error.gender", where, field, Text.excerpt(text)));
    }

    static LocalDate date(String where, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 10 && t.charAt(10) == 'T') {
            t = t.substring(0, 10);
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ImportFailure("followup.import.error.date", where, field, Text.excerpt(text));
        }
    }

    static Boolean bool(String where, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "true", "sant", "1", "yes", "y", "x", "p" -> true;
            case "nej", "n", "false", "falskt", "0", "no" -> false;
            default -> throw new ImportFailure("followup.import.error.bool", where, field, Text.excerpt(text));
        };
    }

    public static String text(String where, String field, String text, int max) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > max) {
            throw new ImportFailure("followup.import.error.tooLong", where, field, max);
        }
        return t;
    }
}
