package se.rodtrad.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.documents.DelegationReportDocuments;
import se.rodtrad.documents.DocumentService;

@RestController
@Tag(name = "Dokument", description = "Planer, rapporter, årsredovisning och sammanträdenas handlingar som PDF, DOCX och XLSX, upplagda som regionens egna dokument")
class DelegationReportDocumentApi {

    private final DelegationReportDocuments documents;

    DelegationReportDocumentApi(DelegationReportDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/api/v1/bodies/{code}/delegation-report.pdf", "/dokument/delegationsbeslut/{code}.pdf"})
    @Operation(summary = "Redovisning av delegationsbeslut för en period som PDF")
    ResponseEntity<byte[]> pdf(@PathVariable String code, @RequestParam(name = "from", required = false) LocalDate from,
            @RequestParam(name = "to", required = false) LocalDate to, @RequestParam(name = "fran", required = false) LocalDate fran,
            @RequestParam(name = "till", required = false) LocalDate till) {
        DocumentService.Rendered r = documents.pdf(code, from != null ? from : fran, to != null ? to : till);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(r.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(r.bytes());
    }
}
