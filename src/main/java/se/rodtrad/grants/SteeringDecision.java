package se.rodtrad.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A body's yearly steering decision (inriktningsbeslut) for the appropriation: its case, date and §, the days it is in
 * force (open once extended "tills vidare"), the sources of money, the indicative split into parts, the ranked
 * priorities with the RUS priority areas they name, and the dated decisions that extend or change it during the year.
 */
public record SteeringDecision(UUID id, UUID bodyId, int year, String title, String caseNumber, LocalDate decidedOn, String paragraph,
        String decidedBy, LocalDate validFrom, LocalDate validTo, String purpose, String adjustment, String note, String source, List<Fund> funds,
        List<Part> parts, List<Priority> priorities, List<Change> changes, int version) {

    public boolean inForceDuring(int y) {
        return !validFrom.isAfter(LocalDate.of(y, 12, 31)) && (validTo == null || !validTo.isBefore(LocalDate.of(y, 1, 1)));
    }

    /** A source of money (the state appropriation 1:1, the region's rambudgetmedel); amount in öre, null when not stated. */
    public record Fund(String code, String name, Long amount, String source) {
    }

    /** A part of the indicative split; amount in öre as decided (null when not stated), "at most" for a ceiling. */
    public record Part(UUID id, String code, String name, String fundCode, Long amount, boolean atMost, String source, int version) {
    }

    public record Priority(String rank, String text, String motivation, List<String> rus, String source) {
    }

    /**
     * An extension, a reallocation between parts (from, to, amount in öre) or another change, with its case, date, § and
     * status: proposed until the body's § is recorded.
     */
    public record Change(UUID id, String kind, String status, String caseNumber, LocalDate decidedOn, String paragraph, String decidedBy,
            String proposedFor, String text, String reason, UUID fromPartId, UUID toPartId, Long amount, String source) {

        public boolean decided() {
            return "DECIDED".equals(status);
        }
    }
}
