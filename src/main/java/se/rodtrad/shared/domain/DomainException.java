package se.rodtrad.shared.domain;

import java.util.List;

/**
 * A rule of the domain was broken. Carries a message key from the bundles and its arguments, so the
 * user reads a sentence in their language that says what is wrong and where.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
