package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A document of a case: an uploaded file ({@code UPLOAD}: PDF, DOCX or XLSX), a document the product renders from what
 * it holds ({@code RENDERED}, {@code href} to it — the plan as PDF, the report of delegated decisions), or one listed by
 * its title only ({@code LISTED}, as the meeting papers of the seed print it).
 */
public record CaseDocument(
        UUID id,
        UUID caseId,
        String title,
        String kind,
        String fileName,
        String contentType,
        Long sizeBytes,
        String href,
        boolean confidential,
        String secrecyRef,
        LocalDate registeredOn,
        int version) {

    public boolean downloadable() {
        return "UPLOAD".equals(kind);
    }
}
