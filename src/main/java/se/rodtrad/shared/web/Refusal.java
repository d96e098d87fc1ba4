package se.rodtrad.shared.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * Why a form was refused, in the reader's language: one sentence per field (a {@link ValidationException}'s field
 * errors, several for one field joined), or one sentence for the form as a whole (any other rule, a conflict). The page
 * shows it beside what the user typed, so nothing typed is lost.
 *
 * @param errors  field name → sentence, in the order the rule reported them; empty when the refusal concerns the form
 * @param message the sentence for the form as a whole (a validation refusal: its first field's sentence)
 * @param cause   what refused it
 */
public record Refusal(Map<String, String> errors, String message, DomainException cause) {

    public Refusal {
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static Refusal of(DomainException e, Messages messages) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e instanceof ValidationException v) {
            v.errors().forEach(f -> errors.merge(f.field(), messages.of(f), (a, b) -> a.equals(b) ? a : a + " " + b));
        }
        String message = errors.isEmpty() ? messages.of(e) : errors.values().iterator().next();
        return new Refusal(errors, message, e);
    }

    /** The sentence for one field, or null. */
    public String error(String field) {
        return errors.get(field);
    }

    /**
     * The sentences by field, with a refusal of the whole form shown at {@code field} (the field the form's message
     * belongs beside, e.g. the status of a status change refused by a conflict).
     */
    public Map<String, String> errorsAt(String field) {
        if (!errors.isEmpty()) {
            return errors;
        }
        Map<String, String> at = new LinkedHashMap<>();
        at.put(field, message);
        return at;
    }

    /**
     * Every sentence, for a page that lists them above the form rather than beside each field: the fields' in the order
     * the rule reported them, or the one sentence of the whole form.
     */
    public List<String> sentences() {
        return errors.isEmpty() ? List.of(message) : List.copyOf(errors.values());
    }

    /** Someone else saved first: the other person's version is in {@link #current()}. */
    public boolean conflict() {
        return cause instanceof ConflictException;
    }

    /** The object as the other person saved it (a conflict), else null. */
    public Object current() {
        return cause instanceof ConflictException c ? c.current() : null;
    }
}
