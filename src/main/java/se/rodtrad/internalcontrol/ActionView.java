package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An action (åtgärd) of a risk. {@code regionWide}: a region-wide action that comes with a region-wide
 * risk. {@code originResultId}/{@code originOccasion}: decided in the follow-up because of a deviation, not part of the plan
 * as decided. {@code exempeldata}: invented for the demo (no seed prints it), shown as such.
 */
public record ActionView(UUID id, String text, String owner, LocalDate deadline, boolean regionWide, UUID originResultId,
        ReportOccasion originOccasion, boolean exempeldata) {

    /** Whether the action stands in the plan as decided (not added in its follow-up). */
    public boolean planned() {
        return originResultId == null;
    }
}
