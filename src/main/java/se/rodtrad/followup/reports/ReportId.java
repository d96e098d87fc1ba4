package se.rodtrad.followup.reports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * The identity of a follow-up report: one plan at one report occasion. A record of its own, not a bare {@link UUID},
 * so that a report's id can never be passed where a plan's is meant. Written and read as the UUID's text.
 */
public record ReportId(UUID value) {

    public ReportId {
        if (value == null) {
            throw new IllegalArgumentException("ReportId needs a value");
        }
    }

    @JsonCreator
    public static ReportId of(String text) {
        return new ReportId(UUID.fromString(text.strip()));
    }

    public static ReportId of(UUID value) {
        return value == null ? null : new ReportId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
