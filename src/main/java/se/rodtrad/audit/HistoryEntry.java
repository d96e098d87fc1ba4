package se.rodtrad.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded change of an object: who, when, what kind of change, and each field from → to. {@code transaction}
 * names the database transaction that wrote it (null for entries older than that), so the entries of one save can be
 * told together; {@code aggregateType}/{@code aggregateId} name the whole it belongs to (the plan of an item).
 * {@code state} is the object as it stood after the change (before it, for a removal): what a reader needs to name it.
 * {@code rawBefore} and {@code rawAfter} are the technical record as the database wrote it, for an administrator.
 */
public record HistoryEntry(long id, Instant occurredAt, String actor, String objectType, String objectId, Operation operation,
        List<FieldChange> changes, String aggregateType, String aggregateId, Long transaction, Map<String, String> state,
        String rawBefore, String rawAfter) {

    public enum Operation { INSERT, UPDATE, DELETE }

    public record FieldChange(String field, String before, String after) {
    }

    /** The save this entry belongs to: its transaction, or the entry alone when the transaction is not known. */
    public String saveKey() {
        return (transaction == null ? "e" + id : "t" + transaction) + ":" + actor;
    }
}
