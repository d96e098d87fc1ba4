package se.rodtrad.planning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The identity of a goal, indicator or assignment across plan years, whatever its number and wording. A record of its own, not a bare {@link UUID},
 * so that an id of one kind can never be passed where another is meant. Written and read as the UUID's text
 * (paths, JSON, templates).
 */
public record LineageId(UUID value) {

    public LineageId {
        if (value == null) {
            throw new IllegalArgumentException("LineageId needs a value");
        }
    }

    @JsonCreator
    public static LineageId of(String text) {
        return new LineageId(UUID.fromString(text.strip()));
    }

    public static LineageId of(UUID value) {
        return value == null ? null : new LineageId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
