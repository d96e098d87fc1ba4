package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import java.util.UUID;

/**
 * What a person asks the internal control to do. Every command that changes an existing object carries the
 * version the person read; a stale version is refused with the other person's version. Values arrive as
 * typed (nullable), so that the use case can name what is missing or wrong.
 */
public final class Commands {

    private Commands() {
    }

    /** Sannolikhet and konsekvens on the 1–4 scales. */
    public record AssessRisk(UUID riskId, Integer version, Integer probability, Integer consequence) {
    }

    /** Accept (with a reason) or treat. */
    public record DecideRisk(UUID riskId, Integer version, RiskDecision decision, String reason) {
    }

    /** A body's own risk in a plan that is not yet decided. */
    public record AddRisk(UUID planId, String activity, String text, String requirement) {
    }

    /** An action of a risk; {@code originResultId} when the follow-up decided it because of a deviation. */
    public record AddAction(UUID riskId, String text, String owner, String deadline, UUID originResultId) {
    }

    public record AddControl(UUID riskId, String what, String how, String frequency, String responsible) {
    }

    public record UpdateControl(UUID controlId, Integer version, String what, String how, String frequency, String responsible) {
    }

    /** A control's result at a report occasion; {@code version} null when none is recorded yet. */
    public record RecordControlResult(UUID controlId, ReportOccasion occasion, Integer version, ControlOutcome outcome, String result,
            String deviation) {
    }

    /** The ISK judgement of a plan's year; {@code version} null when none is given yet. */
    public record JudgeControl(UUID planId, Integer version, Boolean sufficient, String reasons) {
    }

    /** A region-wide risk for a year, with its region-wide actions (one per line). */
    public record AddRegionRisk(Integer year, String activity, String text, String requirement, java.util.List<String> actions) {
    }
}
