package se.rodtrad.documents;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.rodtrad.meetings.DelegatedDecisionReport;
import se.rodtrad.meetings.DelegatedDecisions;

/**
 * "Redovisning av delegationsbeslut" as PDF, laid out like the region's report in its meeting papers: the body, the
 * period, the decisions per point of the delegation order in the table Dnr/NypsID, Stöd, Företag, Bransch/Prioritering,
 * Kön, Kommun, Belopp, Beslutsfattare.
 */
@Service
public class DelegationReportDocuments {

    private final DelegatedDecisions decisions;
    private final PdfRenderer pdf;

    DelegationReportDocuments(DelegatedDecisions decisions, PdfRenderer pdf) {
        this.decisions = decisions;
        this.pdf = pdf;
    }

    public DocumentService.Rendered pdf(String bodyCode, LocalDate from, LocalDate to) {
        DelegatedDecisionReport report = decisions.report(bodyCode, from, to);
        String name = (report.bodyName() + " - Redovisning av delegationsbeslut " + from + "–" + to).replaceAll("[\\\\/:*?\"<>|]", "_");
        return new DocumentService.Rendered(pdf.pdf("documents/delegation-report-pdf", Map.of("report", report)), name + ".pdf");
    }
}
