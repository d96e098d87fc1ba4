package se.rodtrad.shared.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.rodtrad.shared.domain.ValidationException;

/**
 * Typed values read from a form's text, once for every page. A form is bound as text so that what the user typed is
 * shown again as typed; each reading here turns it into a date, a time, a number, an id or a choice and, when it is not
 * one, notes the field's error. {@link #check()} then refuses the form with every field's error at once — inside a
 * {@link FormSubmission}, so the page shows them beside the fields. Blank text is no value (null): whether a field is
 * required is the use case's rule.
 *
 * <p>The static {@code …OrNull} readings are for filters and links (a query parameter that is no date is no filter).
 */
public final class FormInput {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public LocalDate date(String field, String text) {
        return date(field, text, "validation.plan.dateFormat");
    }

    public LocalDate date(String field, String text, String messageKey) {
        if (blank(text)) {
            return null;
        }
        LocalDate date = dateOrNull(text);
        return date != null ? date : refuse(field, messageKey, text);
    }

    public LocalTime time(String field, String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return refuse(field, "meeting.validation.time", text);
        }
    }

    /** A whole number (a year, a count); spaces between thousands are allowed. */
    public Integer integer(String field, String text, String messageKey) {
        Long value = whole(field, text, messageKey);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            return refuse(field, messageKey, text);
        }
        return value == null ? null : value.intValue();
    }

    public Integer year(String field, String text) {
        return integer(field, text, "validation.target.yearFormat");
    }

    private Long whole(String field, String text, String messageKey) {
        if (blank(text)) {
            return null;
        }
        String digits = text.strip().replaceAll("[\\s\u00a0\u202f]", "");
        if (!digits.matches("[-−]?\\d{1,18}")) {
            return refuse(field, messageKey, text);
        }
        return Long.valueOf(digits.replace('−', '-'));
    }

    /** An id chosen in the form (a select's option); one that is no id (sent by hand) is the field's error, not a 500. */
    public UUID id(String field, String text) {
        if (blank(text)) {
            return null;
        }
        UUID id = uuidOrNull(text);
        return id != null ? id : refuse(field, "error.request.badValue", field, text);
    }

    /** One of a fixed set of choices (a select's option) sent as something else: the field's error naming the value. */
    public <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
        if (blank(text)) {
            return null;
        }
        E value = enumOrNull(type, text);
        return value != null ? value : refuse(field, "error.request.badValue", field, text);
    }

    /** One of a fixed set of choices (a select's option); anything else is the field's error. */
    public <E extends Enum<E>> E choice(Class<E> type, String field, String text, String messageKey) {
        if (blank(text)) {
            return null;
        }
        E value = enumOrNull(type, text);
        return value != null ? value : refuse(field, messageKey, text);
    }

    /** Notes an error of a field the reading found (a required choice left out). */
    public <T> T refuse(String field, String messageKey, Object... arguments) {
        errors.add(new ValidationException.FieldError(field, messageKey, arguments));
        return null;
    }

    /** Refuses the form with every error noted so far; does nothing when all was read. */
    public void check() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** A choice named in an API request: null when left out, refused (400 naming the field) when it is none of them. */
    public static <E extends Enum<E>> E choiceOrRefuse(Class<E> type, String field, String text) {
        E value = enumOrNull(type, text);
        if (value == null && text != null && !text.isBlank()) {
            throw ValidationException.of(field, "error.request.badValue", field, text);
        }
        return value;
    }

    /** A form record's fields by name, as typed: what a page shows again in the form after a refusal. */
    public static java.util.Map<String, Object> valuesOf(Record form) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        for (var component : form.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                values.put(component.getName(), accessor.invoke(form));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return values;
    }

    public static UUID uuidOrNull(String text) {
        if (blank(text)) {
            return null;
        }
        String s = text.strip();
        if (!s.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            return null;
        }
        return UUID.fromString(s);
    }

    public static LocalDate dateOrNull(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static <E extends Enum<E>> E enumOrNull(Class<E> type, String text) {
        if (blank(text)) {
            return null;
        }
        String name = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    public static Integer intOrNull(String text) {
        if (blank(text) || !text.strip().matches("-?\\d{1,9}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
