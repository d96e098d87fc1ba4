package se.rodtrad.shared.domain;

import java.util.List;

/** Input that breaks a rule, with one message per field so the form can show each where it belongs. */
public class ValidationException extends DomainException {

    public record FieldError(String field, String messageKey, List<Object> arguments) {
        public FieldError(String field, String messageKey, Object... arguments) {
            this(field, messageKey, DomainException.shown(arguments));
        }
    }

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("error.validation");
        this.errors = List.copyOf(errors);
    }

    public static ValidationException of(String field, String messageKey, Object... arguments) {
        return new ValidationException(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
