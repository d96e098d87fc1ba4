package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import java.time.Instant;
import java.util.UUID;

/** What a control showed at one report occasion. */
public record ControlResultView(UUID id, UUID controlId, ReportOccasion occasion, ControlOutcome outcome, String result, String deviation,
        boolean exempeldata, int version, String updatedBy, Instant updatedAt) {
}
