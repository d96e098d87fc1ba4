package se.rodtrad.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A decision as proposed, with the facts the rules need: the support type as the decision table prints it
 * ("Mikrobidrag", "Konsulttjänst"), the amount and the eligible cost (investment cost) in kronor, where the firm is
 * (municipality, and locality such as "Örebro tätort"), its employees and full-time equivalents (årsarbetskrafter), the
 * owner's sex (K, M, B or "-"), whether it is run by people born outside the Nordic countries and whether the grant is for
 * a new innovative idea in an existing firm, its organisation number, the decision date, de minimis aid from other
 * grantors in the period as the firm declares it (kronor), and further yes/no facts a rule names
 * ({@code externalConsultant}, {@code smallNewInnovative}, {@code noVehicles}, {@code municipalSupplyPlan}).
 * Every fact may be missing: a rule that needs it says so.
 */
public record ProposedDecision(
        String bodyCode,
        String supportType,
        BigDecimal amount,
        BigDecimal eligibleCost,
        String municipality,
        String locality,
        BigDecimal employees,
        BigDecimal fte,
        String ownerSex,
        Boolean foundersBornOutsideNordics,
        Boolean newInnovativeIdea,
        String organisationNumber,
        LocalDate decisionDate,
        BigDecimal otherDeMinimis,
        Map<String, Boolean> facts) {

    public ProposedDecision {
        facts = facts == null ? Map.of() : Map.copyOf(facts);
    }
}
