package se.rodtrad.internalcontrol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The identity of a plan's internal control plan. A record of its own, not a bare {@link UUID}, so that the internal
 * control plan's id can never be passed where the verksamhetsplan's (or a risk's) is meant. Written and read as the
 * UUID's text.
 */
public record ControlPlanId(UUID value) {

    public ControlPlanId {
        if (value == null) {
            throw new IllegalArgumentException("ControlPlanId needs a value");
        }
    }

    @JsonCreator
    public static ControlPlanId of(String text) {
        return new ControlPlanId(UUID.fromString(text.strip()));
    }

    public static ControlPlanId of(UUID value) {
        return value == null ? null : new ControlPlanId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
