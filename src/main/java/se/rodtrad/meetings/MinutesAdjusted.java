package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The minutes of a meeting were adjusted: every appointed adjuster and the chair signed, and they are final.
 * Published after the meeting's {@link DecisionTaken} events. {@code postedOn} is the day the adjustment went up on
 * the notice board (KL 8 kap. 12 §), from which the appeal period runs (KL 13 kap. 5 §).
 */
public record MinutesAdjusted(UUID meetingId, UUID bodyId, String bodyCode, LocalDate meetingDate, LocalDate adjustedOn, LocalDate postedOn) {
}
