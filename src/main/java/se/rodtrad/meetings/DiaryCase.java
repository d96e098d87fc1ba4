package se.rodtrad.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case in the diary: its number as the organisation writes it ({@code caseNumber}, "19RS9687"), title, the body
 * that decides it, the unit and case officer (handläggare) preparing it, its status, and — when confidential — the
 * secrecy paragraph it rests on ({@code secrecyRef}, e.g. "OSL 31 kap. 16 §"). {@code version} is the optimistic lock.
 */
public record DiaryCase(
        UUID id,
        String caseNumber,
        String seriesCode,
        int year,
        int number,
        String title,
        LocalDate registeredOn,
        UUID bodyId,
        String bodyCode,
        String bodyName,
        UUID unitId,
        String unitName,
        String caseOfficer,
        CaseStatus status,
        boolean confidential,
        String secrecyRef,
        String voidReason,
        String source,
        boolean exempeldata,
        int version,
        Instant updatedAt,
        String updatedBy) {

    /** The unit whose people may keep this case: the deciding body, else the preparing unit. */
    public UUID scopeUnitId() {
        return bodyId != null ? bodyId : unitId;
    }
}
