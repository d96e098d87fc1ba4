package se.rodtrad.planning;

import java.util.List;
import java.util.UUID;

/**
 * A plan item with what the pages need beside it: its depth in the tree, its readable lineage key, the printed
 * recipient ("Regionala tillväxtnämnden får i uppdrag"), a group heading printed above it, a note, the proposal it
 * came from and what it serves outside its plan; for an assignment, who is responsible and by when ({@code work}).
 */
public record PlanEntry(PlanItem item, int depth, String lineageKey, String assignee, String heading, String note,
        String section, UUID proposalId, Integer proposalNumber, String proposalTitle, String source, List<ServesLink> serves,
        AssignmentWork work) {

    public PlanEntry {
        serves = serves == null ? List.of() : List.copyOf(serves);
        work = work == null ? AssignmentWork.NONE : work;
    }

    public UUID id() {
        return item.id();
    }

    public ItemType type() {
        return item.type();
    }

    public String text() {
        return item.text();
    }
}
