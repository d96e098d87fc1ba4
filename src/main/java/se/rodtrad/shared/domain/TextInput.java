package se.rodtrad.shared.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text on its way in, the one place every form field and JSON string passes: Unicode NFC (an "å" typed on a Mac is
 * the same "å" as one typed on Windows, so search and comparison find it), and refused — never silently dropped — when
 * it holds what cannot be stored or shown honestly: NUL (PostgreSQL refuses 0x00; it was a 500 in 43 fields), other
 * control characters (a BEL in a table title made a corrupt workbook that the portal served), and the bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a text read differently from what is
 * stored. Tab, line feed and carriage return are text. The length is checked after normalisation against the field's
 * {@link Limits.TextKind}.
 */
public final class TextInput {

    private TextInput() {
    }

    /** Text that was refused, with the field, the message key and its arguments for the person. */
    public static class Refused extends ValidationException {
        public Refused(String field, String messageKey, Object... arguments) {
            super(java.util.List.of(new FieldError(field == null ? "" : field, messageKey, arguments)));
        }

        /** The one field error, for channels that show a single sentence. */
        public FieldError error() {
            return errors().get(0);
        }
    }

    /** The text normalised, or {@link Refused} naming the field and what is wrong. Null stays null. */
    public static String accept(String field, String text) {
        return accept(field, text, Limits.kindOf(field));
    }

    public static String accept(String field, String text, Limits.TextKind kind) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == 0) {
                throw new Refused(field, "limit.text.nul", i + 1);
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                throw new Refused(field, "limit.text.control", codePoint(c), i + 1);
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                throw new Refused(field, "limit.text.bidi", codePoint(c), i + 1);
            }
            if (Character.isHighSurrogate(c) && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                throw new Refused(field, "limit.text.surrogate", i + 1);
            }
        }
        String normal = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        int length = normal.codePointCount(0, normal.length());
        if (length > kind.maxLength()) {
            throw new Refused(field, "limit.text.length." + kind.name().toLowerCase(Locale.ROOT), kind.maxLength(), length);
        }
        return normal;
    }

    /** The text with what {@link #accept} refuses taken out, for text read from files, where no one can retype it. */
    public static String clean(String text, Limits.TextKind kind) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c != '\t' && c != '\n' && c != '\r' && (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF');
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            boolean lone = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!control && !bidi && !lone) {
                sb.append(c);
            }
        }
        String normal = Normalizer.normalize(sb, Normalizer.Form.NFC);
        return normal.length() > kind.maxLength() ? normal.substring(0, kind.maxLength()) : normal;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
