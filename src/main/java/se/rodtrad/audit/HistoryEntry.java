package se.rodtrad.audit;

import java.time.Instant;
import java.util.List;

/** One recorded change of an object: who, when, what kind of change, and each field from → to. */
public record HistoryEntry(long id, Instant occurredAt, String actor, String objectType, String objectId, Operation operation,
        List<FieldChange> changes) {

    public enum Operation { INSERT, UPDATE, DELETE }

    public record FieldChange(String field, String before, String after) {
    }
}
