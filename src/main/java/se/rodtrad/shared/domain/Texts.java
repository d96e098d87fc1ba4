package se.rodtrad.shared.domain;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** Swedish text rules that more than one module needs. */
public final class Texts {

    private Texts() {
    }

    /** Å Ä Ö sort after Z, as in a Swedish dictionary. */
    public static Comparator<String> swedishOrder() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }

    /** Null for blank input; trimmed otherwise. */
    public static String trimToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
