package se.rodtrad.planning;

import java.math.BigDecimal;
import java.util.List;

/**
 * For one item of the later plan: the item of the earlier plan it continues (LINKED, by lineage), or the best
 * candidates by wording and position (PROPOSED, best first, score 0–1), or none (NONE: a new item).
 */
public record MatchProposal(PlanEntry item, Status status, PlanEntry linked, List<Candidate> candidates) {

    public enum Status { LINKED, PROPOSED, NONE }

    public record Candidate(PlanEntry entry, BigDecimal score) {
    }

    public Candidate best() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
