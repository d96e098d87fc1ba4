package se.rodtrad.planning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The identity of one item in one plan. A record of its own, not a bare {@link UUID},
 * so that an id of one kind can never be passed where another is meant. Written and read as the UUID's text
 * (paths, JSON, templates).
 */
public record PlanItemId(UUID value) {

    public PlanItemId {
        if (value == null) {
            throw new IllegalArgumentException("PlanItemId needs a value");
        }
    }

    @JsonCreator
    public static PlanItemId of(String text) {
        return new PlanItemId(UUID.fromString(text.strip()));
    }

    public static PlanItemId of(UUID value) {
        return value == null ? null : new PlanItemId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
