package se.rodtrad.documentimport;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rodtrad.planning.TargetDraft;

/**
 * One item of a kept proposal as the review shows it: what was read (see {@link ProposedItem}), its place in the
 * proposal's tree ({@code parentId}, {@code parentIndex}, {@code depth}) and what a person has done with it
 * ({@code status}: PROPOSED, ACCEPTED, CORRECTED, DROPPED), under its own version.
 */
public record ImportItem(UUID id, int position, String type, String kind, String number, String text, String tag, String issuer,
        String assignee, String heading, String section, UUID parentId, int parentIndex, int depth, int page, int firstLine, int lastLine,
        int confidence, String reason, TargetDraft target, List<TargetDraft> additionalTargets, String targetReason,
        Map<String, Object> details, String status, int version) {

    public boolean dropped() {
        return "DROPPED".equals(status);
    }

    /** "Effektmål 5", "Uppdrag 27", the kind and number as far as they are known. */
    public String label() {
        return ((kind == null ? "" : kind) + (number == null ? "" : " " + number)).strip();
    }
}
