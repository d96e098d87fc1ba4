package se.rodtrad.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A grant application and its decision as the register holds it. Amounts in öre. {@code status}: APPLIED (not yet
 * decided — the schema allows it; the register records an application together with its decision so far), AWAITING_COMMITTEE (proposed to the body, waiting for its §) or DECIDED; {@code outcome} GRANTED or REFUSED
 * once decided. A delegate's decision names the point of the delegation order; the body's its § and meeting.
 * {@code decidedOnExact} is false where the source prints only the period ("senast 2019-12-03"). {@code ruleChecks} are
 * the rules as judged when it was decided, kept whatever the rules say later.
 */
public record GrantDecision(UUID id, UUID bodyId, String bodyCode, String referenceKind, String reference, UUID supportTypeId, String supportTypeCode,
        String supportType, String status, String recipient, String organisationNumber, String legalForm, String sector, String ownerSex,
        String municipality, String locality, BigDecimal employees, BigDecimal fte, Boolean foundersBornOutsideNordics, Boolean newInnovativeIdea,
        Map<String, Boolean> facts, Long otherDeMinimis, Long eligibleCost, Long applied, Long amount, BigDecimal sharePercent, String outcome,
        String outcomeText, LocalDate decidedOn, boolean decidedOnExact, String decidedBy, String decidedByTitle, String delegationPoint,
        String committeeParagraph, LocalDate committeeMeeting, String proposedFor, UUID partId, String priorityRank, List<String> serves,
        String servesText, String source, long paid, List<StoredCheck> ruleChecks, UUID projectId, int version, Instant updatedAt, String updatedBy) {

    /** A rule as judged at decision time, its sentence kept in Swedish as the decision was made. */
    public record StoredCheck(String rule, RuleResult result, boolean hard, String explanation) {
    }

    public boolean granted() {
        return "GRANTED".equals(outcome);
    }

    public boolean decided() {
        return "DECIDED".equals(status);
    }

    /** "19RS8649", or "NypsID: 214557". */
    public String referenceText() {
        return referenceKind == null || referenceKind.equalsIgnoreCase("Dnr") ? reference : referenceKind + ": " + reference;
    }

    /** What is left to pay of a granted amount. */
    public long leftToPay() {
        return granted() && amount != null ? Math.max(0, amount - paid) : 0;
    }

    /**
     * Whether the recipient is a legal person, whose name and amount are public records: by the organisation number when
     * known (a legal person's third digit is 2 or more; a sole trader's is a personal identity number, whose month digits
     * start with 0 or 1), else by the legal form; unknown counts as not known to be a legal person.
     */
    public boolean legalPerson() {
        return legalPerson(organisationNumber, legalForm);
    }

    /** {@link #legalPerson()} of a recipient known by its organisation number and legal form. */
    static boolean legalPerson(String organisationNumber, String legalForm) {
        if (organisationNumber != null) {
            String digits = organisationNumber.replaceAll("\\D", "");
            if (digits.length() == 12) {
                digits = digits.substring(2);
            }
            if (digits.length() == 10) {
                return digits.charAt(2) >= '2';
            }
        }
        return legalForm != null && !legalForm.equals("ENSKILD_FIRMA");
    }
}
