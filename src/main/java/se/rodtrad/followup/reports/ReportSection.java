package se.rodtrad.followup.reports;

import java.time.Instant;
import java.util.UUID;
import se.rodtrad.followup.assessment.AssessmentStatus;

/**
 * One goal's section of a follow-up report as it is written: the report's judgement of the goal (null = the
 * assessment stands), the analysis, who is assigned to write it (a unit, and the person there) and, when its text
 * was carried over from the previous report and nobody has edited or confirmed it yet, that report
 * ({@code copiedFrom}). Each section has its own {@code version}, so two people writing different goals never
 * stand in each other's way; -1 = nothing is stored for the goal yet.
 */
public record ReportSection(String goal, AssessmentStatus status, String analysis, UUID copiedFrom, UUID writerUnitId, String writerName,
        int version, Instant updatedAt, String updatedBy) {

    static ReportSection blank(String goal) {
        return new ReportSection(goal, null, null, null, null, null, -1, null, null);
    }

    /** Its text came from the previous report and nobody has looked at it since. */
    public boolean copied() {
        return copiedFrom != null;
    }

    /** Written for this report: an analysis that is not an unconfirmed copy. */
    public boolean done() {
        return analysis != null && !analysis.isBlank() && copiedFrom == null;
    }

    boolean stored() {
        return version >= 0;
    }

    ReportSection with(AssessmentStatus newStatus, String newAnalysis, UUID newCopiedFrom) {
        return new ReportSection(goal, newStatus, newAnalysis, newCopiedFrom, writerUnitId, writerName, version, updatedAt, updatedBy);
    }

    ReportSection writtenBy(UUID unitId, String name) {
        return new ReportSection(goal, status, analysis, copiedFrom, unitId, name, version, updatedAt, updatedBy);
    }
}
