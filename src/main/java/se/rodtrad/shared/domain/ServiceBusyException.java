package se.rodtrad.shared.domain;

/**
 * The product is busy with this kind of work and says so, instead of letting everyone wait for a pool that is empty:
 * answered 503 with {@code Retry-After} and the sentence of its message key ("försök igen om en stund").
 */
public class ServiceBusyException extends DomainException {

    private final int retryAfterSeconds;

    public ServiceBusyException(int retryAfterSeconds, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
