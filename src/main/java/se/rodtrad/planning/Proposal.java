package se.rodtrad.planning;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change proposal against a plan not yet decided: submitted by a party group, the committee or the
 * administration, with its changes in order; accepted (the changes applied to the plan, each resulting item
 * pointing back here) or rejected.
 */
public record Proposal(UUID id, UUID planId, int number, SubmitterType submitterType, String submitter, String title, String motivation,
        Status status, String createdBy, Instant createdAt, String decidedBy, Instant decidedAt, String decisionNote, int version,
        Instant updatedAt, String updatedBy, List<ProposalChange> changes) {

    public enum SubmitterType { PARTY_GROUP, COMMITTEE, ADMINISTRATION }

    public enum Status { SUBMITTED, ACCEPTED, REJECTED }

    public enum Action { ADD, CHANGE, REMOVE }

    /**
     * One proposed change. ADD: a new item (type, kind, number, text, target) last under {@code parentId};
     * CHANGE: new wording for {@code itemId}; REMOVE: {@code itemId} goes. {@code itemLabel} is the item as it read
     * when proposed; {@code appliedItemId} the item the accepted change produced or changed.
     */
    public record ProposalChange(UUID id, int position, Action action, UUID itemId, UUID parentId, ItemType type, String kind, String number,
            String text, Target target, String itemLabel, UUID appliedItemId) {
    }

    public boolean isOpen() {
        return status == Status.SUBMITTED;
    }
}
