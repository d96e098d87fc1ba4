package se.rodtrad.followup.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.rodtrad.followup.measures.imports.Note;

/**
 * What an import did, or — for a dry run — would do: how many values are new, revised, unchanged and
 * rejected, each change and each rejected row with its reason (the lists are cut at
 * {@link Imports#MAX_LISTED}; the counts are exact).
 */
public record ImportReport(
        UUID importId,
        String format,
        List<String> files,
        boolean dryRun,
        int inserted,
        int updated,
        int unchanged,
        int rejected,
        List<Change> changes,
        List<Rejection> rejections,
        List<Note> notes,
        String source,
        LocalDate published,
        boolean exempeldata,
        Instant at,
        String actor) {

    public enum Kind { INSERT, UPDATE }

    /** A value that is (or would be) written: where in the file, what, and from → to. */
    public record Change(String where, Kind kind, String measure, String unit, String period, String gender, String before, String after) {
    }

    /** A row that is not imported, and why. */
    public record Rejection(String where, Note reason) {
    }

    public int total() {
        return inserted + updated + unchanged + rejected;
    }

    public boolean changesCut() {
        return changes.size() < inserted + updated;
    }

    public boolean rejectionsCut() {
        return rejections.size() < rejected;
    }
}
