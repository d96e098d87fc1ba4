package se.rodtrad.internalcontrol;

import java.time.Instant;
import java.util.UUID;

/** The body's ISK judgement for the year: was the internal governance and control sufficient, and why. */
public record JudgementView(UUID id, boolean sufficient, String reasons, boolean exempeldata, int version, String updatedBy,
        Instant updatedAt) {
}
