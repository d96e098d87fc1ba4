package se.rodtrad.followup.measures;

import java.util.UUID;

/**
 * A value as a person typed it in the entry form (or sent it to the API): every field as text, so that
 * each can be checked and answered with its own message. {@code valueId} and {@code version} are set when
 * an existing value is revised; {@code reason} says why.
 */
public record EnterValue(
        UUID measureId,
        UUID valueId,
        Integer version,
        String unit,
        String period,
        String gender,
        String value,
        String count,
        String status,
        String source,
        String published,
        Boolean preliminary,
        String reason) {
}
