package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A new case for the diary. Without {@code caseNumber} the next number of the series and year is given; with one (a
 * case registered before the product kept the diary) it must be written in the series' format and not be taken.
 */
public record RegisterCase(String seriesCode, String caseNumber, String title, LocalDate registeredOn, UUID bodyId, UUID unitId,
        String caseOfficer, Boolean confidential, String secrecyRef) {
}
