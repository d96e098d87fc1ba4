package se.rodtrad.planning;

/**
 * What someone may do with a proposal to change a plan now: decide it (accept or reject) while it is open and its
 * plan is not decided, when they may decide the plan ({@code Permission.DECIDE_PLAN}). The proposal's page shows
 * its decision form by this answer; {@link Proposals} refuses by the same rule.
 */
public record ProposalActions(boolean mayDecide) {

    static ProposalActions of(Proposal proposal, PlanActions plan) {
        return new ProposalActions(proposal.isOpen() && plan.mayDecide());
    }
}
