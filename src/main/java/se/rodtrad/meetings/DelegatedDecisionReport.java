package se.rodtrad.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * "Redovisning av delegationsbeslut": the decisions taken under a body's delegation order in a period, grouped by the
 * point they rest on as the region lays the report out — "Beslut om företagsstöd av områdeschef näringslivsutveckling
 * enligt punkt 3.3" with its table Dnr/NypsID, stöd, företag, bransch, kön, kommun, belopp, beslutsfattare.
 */
public record DelegatedDecisionReport(UUID bodyId, String bodyCode, String bodyName, LocalDate from, LocalDate to, List<Section> sections) {

    public DelegatedDecisionReport {
        sections = List.copyOf(sections);
    }

    public int count() {
        return sections.stream().mapToInt(s -> s.rows().size()).sum();
    }

    public List<Row> rows() {
        return sections.stream().flatMap(s -> s.rows().stream()).toList();
    }

    /** One point's decisions; {@code heading} as the report words it, {@code delegateTitle} printed above the table. */
    public record Section(String point, String heading, String delegateTitle, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One decision as the report prints it. {@code ownerSex} K, M or B (or "-" as printed for a recipient that is no
     * person-run firm; null when not printed); {@code amountKr} null for a refusal, whose words are {@code outcomeText}.
     */
    public record Row(UUID id, UUID sourceId, String sourceModule, LocalDate decidedOn, String referenceKind, String reference,
            String supportType, String recipient, String sector, String ownerSex, String municipality, Long amountKr, boolean granted,
            String outcomeText, String decidedBy, String decidedByTitle) {

        /** "19RS8649", or "NypsID: 214557" as the report prints a Nyps reference. */
        public String referenceText() {
            if (reference == null) {
                return "";
            }
            return referenceKind != null && !referenceKind.equalsIgnoreCase("Dnr") ? referenceKind + ": " + reference : reference;
        }

        /** "34 200", or the refusal's words ("Avslag/Uppfyller ej villkor"). */
        public String amountText() {
            if (!granted || amountKr == null) {
                return outcomeText == null ? "Avslag" : outcomeText;
            }
            return DelegationAmounts.grouped(amountKr);
        }
    }
}
