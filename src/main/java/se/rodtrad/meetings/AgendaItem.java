package se.rodtrad.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One numbered item of a meeting's agenda (föredragningslista) as the notice prints it: the case it concerns, who
 * presents it, the proposed decision as att-clauses (without the leading "att"), the texts of the case paper and the
 * decision papers; for an information item the points the body is informed of. {@code procedural} items are the
 * meeting's own business (protokollsjustering) and need no case.
 */
public record AgendaItem(
        UUID id,
        UUID meetingId,
        int number,
        ItemKind kind,
        boolean procedural,
        String title,
        UUID caseId,
        String caseNumber,
        boolean caseConfidential,
        String presenters,
        List<String> proposedClauses,
        String summary,
        String description,
        String consequences,
        String economicConsequences,
        List<String> informationPoints,
        List<String> distribution,
        List<Paper> papers,
        String source,
        int version,
        Instant updatedAt,
        String updatedBy) {

    public AgendaItem {
        proposedClauses = proposedClauses == null ? List.of() : List.copyOf(proposedClauses);
        informationPoints = informationPoints == null ? List.of() : List.copyOf(informationPoints);
        distribution = distribution == null ? List.of() : List.copyOf(distribution);
        papers = papers == null ? List.of() : List.copyOf(papers);
    }

    /**
     * The paragraph's clauses before the body decides: an information item's is the standard clause
     * ({@code informationClause}, that the body takes note of the information); a decision item's, its proposal.
     */
    public List<String> draftClauses(String informationClause) {
        return kind == ItemKind.INFORMATION ? List.of(informationClause) : proposedClauses;
    }

    AgendaItem withPapers(List<Paper> p) {
        return new AgendaItem(id, meetingId, number, kind, procedural, title, caseId, caseNumber, caseConfidential, presenters, proposedClauses,
                summary, description, consequences, economicConsequences, informationPoints, distribution, p, source, version, updatedAt,
                updatedBy);
    }
}
