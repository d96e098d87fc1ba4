package se.rodtrad.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment (uppdrag) as work: the unit and the person responsible, when it starts and by when it must be done.
 * Any part may be unknown (null). {@code exempeldata}: invented for the demo, shown as such. {@code version} is the
 * optimistic lock of this row (−1 for an assignment nobody has assigned yet), saved last by {@code updatedBy} at
 * {@code updatedAt}.
 */
public record AssignmentWork(UUID ownerUnitId, String ownerPerson, LocalDate start, LocalDate deadline, boolean exempeldata, int version,
        String updatedBy, Instant updatedAt) {

    public static final AssignmentWork NONE = new AssignmentWork(null, null, null, null, false, -1, null, null);

    /** New owner and dates as a person sets them (the version and who saved are the store's). */
    public static AssignmentWork of(UUID ownerUnitId, String ownerPerson, LocalDate start, LocalDate deadline) {
        return new AssignmentWork(ownerUnitId, ownerPerson, start, deadline, false, -1, null, null);
    }

    /** Whether anything is set: an owner or a date. */
    public boolean isAssigned() {
        return ownerUnitId != null || ownerPerson != null || start != null || deadline != null;
    }
}
