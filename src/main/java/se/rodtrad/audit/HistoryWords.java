package se.rodtrad.audit;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The trail told in words (issue #18 item 4): who did what to which object, each field by its label, before → after
 * in words and numbers the Swedish way, the entries of one save together. Never a table or column name, an id or a
 * piece of JSON: what has no words (a column without a label, a reference no vocabulary knows) is left out, or told
 * as changed without its values. The technical record stays in the trail for an administrator
 * ({@code audit/web/HistoryPages}). Templates reach it as {@code @historyWords}.
 */
@Component("historyWords")
public class HistoryWords {

    /** One save: a person's changes in one transaction, newest first as the trail reads. */
    public record Save(String key, Instant at, String actor, String person, List<Told> entries) {

        /** The first sentence, for a one-line list ("Cecilia Controller ändrade styrtal 4.1.1 …"). */
        public String headline() {
            return entries.isEmpty() ? "" : entries.get(0).sentence();
        }

        /** How many more objects the save changed than its headline names. */
        public int more() {
            return Math.max(0, entries.size() - 1);
        }
    }

    /** One object's change: the sentence, and each labelled field from → to. */
    public record Told(HistoryEntry entry, String object, String sentence, List<Change> changes) {
    }

    /** A field's change in words; {@code before} or {@code after} null when the field had or has no value. */
    public record Change(String label, String before, String after) {

        /** Known to have changed, but its values have no words (a reference, a structure). */
        public boolean withoutValues() {
            return before == null && after == null;
        }
    }

    static final int SENTENCE_VALUE = 90;
    static final int LIST_VALUE = 400;
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,40}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> NUMBERS = List.of("number", "case_number", "paragraph", "code", "reference");
    private static final List<String> NAMES = List.of("title", "name", "goal", "heading", "text", "recipient", "label", "display_name",
            "username", "printed_type", "activity");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final MessageSource messages;
    private final List<HistoryVocabulary> vocabularies;

    HistoryWords(MessageSource messages, List<HistoryVocabulary> vocabularies) {
        this.messages = messages;
        this.vocabularies = vocabularies;
    }

    /** The entries grouped per save (a person's transaction), in the order given. */
    public List<Save> tell(List<HistoryEntry> entries) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, List<HistoryEntry>> saves = new LinkedHashMap<>();
        for (HistoryEntry e : entries) {
            saves.computeIfAbsent(e.saveKey(), k -> new ArrayList<>()).add(e);
        }
        List<Save> result = new ArrayList<>();
        Map<String, String> people = new java.util.HashMap<>();
        for (Map.Entry<String, List<HistoryEntry>> s : saves.entrySet()) {
            HistoryEntry first = s.getValue().get(0);
            String person = people.computeIfAbsent(first.actor(), a -> person(a, locale));
            List<Told> told = new ArrayList<>();
            for (HistoryEntry e : s.getValue()) {
                told.add(told(e, person, locale));
            }
            result.add(new Save(s.getKey(), first.occurredAt(), first.actor(), person, told));
        }
        return result;
    }

    /** One entry as one sentence ("Cecilia Controller ändrade lydelse för styrtal 4.1.1 från … till …"). */
    public String sentence(HistoryEntry e) {
        Locale locale = LocaleContextHolder.getLocale();
        return told(e, person(e.actor(), locale), locale).sentence();
    }

    /** The person behind a username, as the product names people ("Systemet" for the product itself). */
    public String person(String username) {
        return person(username, LocaleContextHolder.getLocale());
    }

    /** The object an entry is about, in words ("styrtal 4.1.1 ”Andel …”"). */
    public String object(HistoryEntry e) {
        return object(e, LocaleContextHolder.getLocale());
    }

    private Told told(HistoryEntry e, String person, Locale locale) {
        String object = object(e, locale);
        List<Change> changes = new ArrayList<>();
        boolean update = e.operation() == HistoryEntry.Operation.UPDATE;
        // a change tells each field from → to; a creation tells what it was created with (the fields that have a value)
        if (update || e.operation() == HistoryEntry.Operation.INSERT) {
            for (HistoryEntry.FieldChange c : e.changes()) {
                String label = label(e.objectType(), c.field(), locale);
                if (label != null && (update || value(e.objectType(), c.field(), c.after(), LIST_VALUE, locale) != null)) {
                    changes.add(new Change(label, value(e.objectType(), c.field(), c.before(), LIST_VALUE, locale),
                            value(e.objectType(), c.field(), c.after(), LIST_VALUE, locale)));
                }
            }
        }
        String op = e.operation().name();
        String sentence;
        if (update && changes.size() == 1) {
            Change c = changes.get(0);
            String label = c.label().toLowerCase(locale);
            String b = cut(c.before(), SENTENCE_VALUE);
            String a = cut(c.after(), SENTENCE_VALUE);
            if (c.withoutValues()) {
                sentence = msg(locale, "history.sentence.changedField", person, label, object);
            } else if (b == null) {
                sentence = msg(locale, "history.sentence.setField", person, label, object, a);
            } else if (a == null) {
                sentence = msg(locale, "history.sentence.clearedField", person, label, object, b);
            } else {
                sentence = msg(locale, "history.sentence.field", person, label, object, b, a);
            }
        } else {
            sentence = msg(locale, "history.sentence." + op, person, object);
        }
        return new Told(e, object, sentence, changes);
    }

    private String person(String username, Locale locale) {
        if (username == null || "system".equals(username)) {
            return msg(locale, "history.system");
        }
        for (HistoryVocabulary v : vocabularies) {
            Optional<String> p = v.person(username);
            if (p.isPresent()) {
                return p.get();
            }
        }
        return username;
    }

    private String object(HistoryEntry e, Locale locale) {
        for (HistoryVocabulary v : vocabularies) {
            Optional<String> o = v.object(e.objectType(), e.state(), locale);
            if (o.isPresent()) {
                return o.get();
            }
        }
        Map<String, String> s = e.state();
        String word = null;
        if (s.get("type") != null) {
            word = optional(locale, "history.object." + e.objectType() + "." + s.get("type"));
        }
        if (word == null) {
            word = optional(locale, "history.object." + e.objectType());
        }
        if (word == null) {
            word = msg(locale, "history.object.unknown");
        }
        String number = NUMBERS.stream().map(s::get).filter(v -> v != null && !v.isBlank() && !UUID.matcher(v).matches()).findFirst().orElse(null);
        String name = NAMES.stream().map(s::get).filter(v -> v != null && !v.isBlank()).findFirst().orElse(null);
        StringBuilder b = new StringBuilder(word);
        if (number != null) {
            b.append(' ').append(number);
        }
        if (name != null) {
            b.append(" ”").append(cut(name.replaceAll("\\s+", " "), 60)).append('”');
        }
        return b.toString();
    }

    /** The field's label, or null when the field has none (an id, a sort key, a search index): it is left out. */
    private String label(String objectType, String field, Locale locale) {
        return optional(locale, "history." + objectType + "." + field);
    }

    /** A value in words; null when it is empty or has no words a reader could use. */
    String value(String objectType, String field, String raw, int max, Locale locale) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (HistoryVocabulary v : vocabularies) {
            Optional<String> w = v.value(objectType, field, raw, locale);
            if (w.isPresent()) {
                return cut(w.get(), max);
            }
        }
        String named = CODE.matcher(raw).matches() ? optional(locale, "history." + objectType + "." + field + "." + raw) : null;
        if (named != null) {
            return named;
        }
        String format = optional(locale, "history." + objectType + "." + field + ".format");
        if ("ore".equals(format) && INTEGER.matcher(raw).matches()) {
            return number(new BigDecimal(raw).movePointLeft(2), locale) + " kr";
        }
        if ("true".equals(raw) || "false".equals(raw)) {
            return msg(locale, "history.value." + raw);
        }
        if (DATE.matcher(raw).matches()) {
            return raw;
        }
        if (TIMESTAMP.matcher(raw).matches()) {
            try {
                return OffsetDateTime.parse(raw).atZoneSameInstant(STOCKHOLM).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            } catch (DateTimeParseException ex) {
                return raw.substring(0, 10);
            }
        }
        if (INTEGER.matcher(raw).matches() || DECIMAL.matcher(raw).matches()) {
            return number(new BigDecimal(raw), locale) + unit(objectType, field, locale);
        }
        if (UUID.matcher(raw).matches() || raw.startsWith("{") || raw.startsWith("[")) {
            return null;
        }
        return cut(raw, max);
    }

    private String unit(String objectType, String field, Locale locale) {
        String unit = optional(locale, "history." + objectType + "." + field + ".unit");
        return unit == null ? "" : " " + unit;
    }

    /** Swedish grouping with a no-break space and a decimal comma: 1675505 → "1 675 505", 3.10 → "3,1". */
    static String number(BigDecimal n, Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
        if ("sv".equals(locale.getLanguage())) {
            s.setGroupingSeparator('\u00a0');
            s.setDecimalSeparator(',');
        }
        DecimalFormat f = new DecimalFormat("#,##0.########", s);
        return f.format(n);
    }

    static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "…";
    }

    private String optional(Locale locale, String key) {
        return messages.getMessage(key, null, null, locale);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
