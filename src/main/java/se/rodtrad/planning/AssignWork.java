package se.rodtrad.planning;

import java.util.UUID;

/**
 * An assignment's owner and dates as a person typed them: the responsible unit (its id, blank for none), the
 * responsible person (a name or a title), the start and the deadline as dates ("2026-06-30", blank for none), read at
 * {@code version} (null when nobody had assigned it).
 */
public record AssignWork(UUID itemId, Integer version, String ownerUnitId, String ownerPerson, String start, String deadline) {
}
