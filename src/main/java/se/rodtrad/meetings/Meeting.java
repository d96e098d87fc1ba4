package se.rodtrad.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A body's meeting as the rest of the product sees it; {@code version} is the optimistic lock. */
public record Meeting(
        UUID id,
        UUID bodyId,
        String bodyCode,
        String bodyName,
        LocalDate date,
        LocalTime startsAt,
        String place,
        MeetingStatus status,
        LocalDate adjustmentDeadline,
        String secretary,
        UUID chairMemberId,
        Instant agendaPublishedAt,
        Instant noticeSentAt,
        Instant openedAt,
        Instant closedAt,
        Instant adjustedAt,
        String source,
        boolean exempeldata,
        int version,
        Instant updatedAt,
        String updatedBy) {

    /** What the secretary is told after a signature: the minutes adjusted now (the last signature), or one signature of several. */
    public String signedMessageKey() {
        return isAdjusted() ? "minutes.adjustedNow" : "minutes.signed";
    }

    public boolean isAdjusted() {
        return adjustedAt != null;
    }

    public boolean isAgendaPublished() {
        return agendaPublishedAt != null;
    }

    /** The deadline in words as the notice prints it: "5 februari 2020". */
    public String adjustmentDeadlineInWords() {
        return adjustmentDeadline == null ? null
                : adjustmentDeadline.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("sv-SE")));
    }

    /** The deadline for justering has passed and the minutes are not adjusted. */
    public boolean adjustmentOverdue(LocalDate today) {
        return adjustmentDeadline != null && !isAdjusted() && today.isAfter(adjustmentDeadline);
    }
}
