package se.rodtrad.meetings;

import java.util.List;

/**
 * An agenda item as typed or given by another module (e.g. the generated report of delegated decisions placed on the
 * next meeting): the case by its number, the proposed decision as att-clauses (one per entry, the leading "att" may be
 * written or not), the texts, information points, papers and distribution list. Null lists are empty.
 */
public record AgendaItemDraft(
        ItemKind kind,
        Boolean procedural,
        String title,
        String caseNumber,
        String presenters,
        List<String> proposedClauses,
        String summary,
        String description,
        String consequences,
        String economicConsequences,
        List<String> informationPoints,
        List<String> distribution,
        List<Paper> papers) {
}
