package se.rodtrad.planning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The identity of a plan: one body, year and revision. A record of its own, not a bare {@link UUID},
 * so that an id of one kind can never be passed where another is meant. Written and read as the UUID's text
 * (paths, JSON, templates).
 */
public record PlanId(UUID value) {

    public PlanId {
        if (value == null) {
            throw new IllegalArgumentException("PlanId needs a value");
        }
    }

    @JsonCreator
    public static PlanId of(String text) {
        return new PlanId(UUID.fromString(text.strip()));
    }

    public static PlanId of(UUID value) {
        return value == null ? null : new PlanId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
