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

    /**
     * A comparison's proposals counted: how many items are linked, proposed or new, and those not yet linked (what
     * the page shows unless asked for all).
     */
    public record Tally(List<MatchProposal> all, List<MatchProposal> unlinked, long linked, long proposed, long none) {

        public static Tally of(List<MatchProposal> proposals) {
            return new Tally(List.copyOf(proposals), proposals.stream().filter(p -> p.status() != Status.LINKED).toList(), count(proposals, Status.LINKED),
                    count(proposals, Status.PROPOSED), count(proposals, Status.NONE));
        }

        private static long count(List<MatchProposal> proposals, Status status) {
            return proposals.stream().filter(p -> p.status() == status).count();
        }
    }

    public Candidate best() {
        return candidates.isEmpty() ? null : candidates.get(0);
    }
}
