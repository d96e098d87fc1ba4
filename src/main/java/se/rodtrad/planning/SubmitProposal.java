package se.rodtrad.planning;

import java.util.List;
import java.util.UUID;

/** A proposal as submitted; changes with a blank action are ignored (empty rows of a form). */
public record SubmitProposal(UUID planId, Proposal.SubmitterType submitterType, String submitter, String title, String motivation,
        List<ChangeDraft> changes) {

    /** One change as typed: {@code action} ADD, CHANGE or REMOVE; {@code itemId} the item changed or removed, or the parent of an addition. */
    public record ChangeDraft(String action, UUID itemId, String type, String kind, String number, String text, TargetDraft target) {
    }
}
