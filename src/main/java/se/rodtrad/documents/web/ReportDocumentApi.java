package se.rodtrad.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.documents.ReportDocuments;

/** Follow-up reports as PDF and DOCX: a draft for those who read internally, a submitted report (its snapshot) for everyone. */
@RestController
@Tag(name = "Dokument", description = "Planer, rapporter, årsredovisning och sammanträdenas handlingar som PDF, DOCX och XLSX, upplagda som regionens egna dokument")
class ReportDocumentApi {

    private final ReportDocuments documents;

    ReportDocumentApi(ReportDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/api/v1/reports/{id}/document.pdf", "/dokument/rapporter/{id}.pdf", "/portal/rapporter/{id}.pdf"})
    @Operation(summary = "Rapporten som PDF; en inlämnad rapport visar sin ögonblicksbild, ett utkast är internt")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return DocumentApi.file(documents.pdf(id), MediaType.APPLICATION_PDF, documents.fileName(id) + ".pdf");
    }

    @GetMapping({"/api/v1/reports/{id}/document.docx", "/dokument/rapporter/{id}.docx", "/portal/rapporter/{id}.docx"})
    @Operation(summary = "Rapporten som DOCX med riktiga rubriker, tabeller och diagram; samma behörighet som PDF:en")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return DocumentApi.file(documents.docx(id), DocumentApi.DOCX, documents.fileName(id) + ".docx");
    }
}
