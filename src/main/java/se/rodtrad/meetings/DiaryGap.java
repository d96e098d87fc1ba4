package se.rodtrad.meetings;

import java.time.Instant;
import java.util.UUID;

/** Numbers of a series and year that no case carries, with the reason: they are never given to a case. */
public record DiaryGap(UUID id, String seriesCode, int year, int fromNumber, int toNumber, String reason, Instant recordedAt, String recordedBy) {
}
