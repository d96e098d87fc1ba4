package se.rodtrad.shared.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Someone else saved the object after the caller read it. The save is refused and the other person's
 * change is shown, so nothing is overwritten silently and nothing the caller typed is lost.
 */
public class ConflictException extends DomainException {

    private static final DateTimeFormatter STOCKHOLM = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Europe/Stockholm"));

    private final Object current;
    private final String changedBy;
    private final Instant changedAt;

    public ConflictException(Object current, String changedBy, Instant changedAt) {
        super("error.conflict", changedBy, STOCKHOLM.format(changedAt));
        this.current = current;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The object as the other person saved it. */
    public Object current() {
        return current;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
