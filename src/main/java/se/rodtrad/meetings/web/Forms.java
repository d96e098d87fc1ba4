package se.rodtrad.meetings.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.web.Messages;

/** What the meetings' forms share: reading typed dates, times, ids and line lists, and collecting errors per field. */
final class Forms {

    private Forms() {
    }

    static LocalDate date(String field, String value, Map<String, String> errors, Messages messages) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.get("validation.plan.dateFormat", value));
            return null;
        }
    }

    static LocalTime time(String field, String value, Map<String, String> errors, Messages messages) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, messages.get("meeting.validation.time", value));
            return null;
        }
    }

    static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A textarea's lines, one entry per non-blank line. */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Clauses typed one per paragraph (separated by a blank line), so a clause may hold several lines (bullets). */
    static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    static String joinParagraphs(List<String> values) {
        return String.join("\n\n", values);
    }

    static void collect(ValidationException e, Map<String, String> errors, Messages messages) {
        e.errors().forEach(f -> errors.merge(f.field(), messages.of(f), (a, b) -> a + " " + b));
    }
}
