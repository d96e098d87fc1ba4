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
        this.arguments = shown(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /**
     * The arguments as the message shows them: a missing value (a field left out of a request) as "–". They were taken with
     * List.of, which refused the null — and the refusal of a request without the value became a 500 (issue 21).
     */
    static List<Object> shown(Object... arguments) {
        if (arguments == null) {
            return List.of();
        }
        return java.util.Arrays.stream(arguments).map(a -> a == null ? (Object) "–" : a).toList();
    }
}
