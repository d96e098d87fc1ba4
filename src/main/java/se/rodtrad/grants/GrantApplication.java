package se.rodtrad.grants;

import java.util.List;

/**
 * An application or decision as typed in the form or sent to the API: the body whose register it is ("RTN"), the
 * reference (Dnr or NypsID), the support type as the decision table prints it, the applicant (name, organisation number,
 * legal form, sector, the owner's sex K/M/B/-, municipality and locality, employees, full-time equivalents, founders
 * born outside the Nordics, a new innovative idea), the further facts some rules need (yes/no), de minimis aid from
 * other grantors in the period as declared, the eligible cost, the applied and the decided amount in kronor as typed
 * ("35 000"), the outcome (GRANTED or REFUSED) with a reason for a refusal, the decision date, who decided under which
 * point of the delegation order — or that the body decides (with the meeting it is proposed for) — whether the case is
 * of a principled nature (KL 6 kap. 38 § 3), the priority rank of the steering decision and the goals (lineage keys) it
 * serves.
 */
public record GrantApplication(String body, String referenceKind, String reference, String supportType, String recipient,
        String organisationNumber, String legalForm, String sector, String ownerSex, String municipality, String locality, String employees,
        String fte, Boolean foundersBornOutsideNordics, Boolean newInnovativeIdea, Boolean externalConsultant, Boolean smallNewInnovative,
        Boolean noVehicles, Boolean municipalSupplyPlan, String otherDeMinimis, String eligibleCost, String applied, String amount, String outcome,
        String outcomeText, String decisionDate, String decidedBy, String decidedByTitle, String delegationPoint, Boolean byCommittee,
        String proposedFor, Boolean principal, String priorityRank, List<String> serves) {

    public GrantApplication {
        serves = serves == null ? List.of() : List.copyOf(serves);
    }
}
