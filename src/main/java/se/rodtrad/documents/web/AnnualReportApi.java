package se.rodtrad.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.documents.AnnualReportDocuments;

@RestController
@Tag(name = "Dokument", description = "Planer, rapporter, årsredovisning och sammanträdenas handlingar som PDF, DOCX och XLSX, upplagda som regionens egna dokument")
class AnnualReportApi {

    private final AnnualReportDocuments documents;

    AnnualReportApi(AnnualReportDocuments documents) {
        this.documents = documents;
    }

    @GetMapping({"/api/v1/organisations/{id}/annual-report.pdf", "/dokument/arsredovisning/{id}.pdf"})
    @Operation(summary = "Årsredovisningen för en region eller kommun och ett år som PDF: översikt och varje nämnds verksamhetsberättelse",
            description = "Inlämnade verksamhetsberättelser visas som ögonblicksbilder, övriga med dagens siffror märkta \"utkast, ej inlämnad\". "
                    + "Internt (utkast ingår). Året anges med `year` (eller `ar`).")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(name = "year", required = false) Integer year,
            @RequestParam(name = "ar", required = false) Integer ar) {
        AnnualReportDocuments.Rendered r = documents.pdf(id, year != null ? year : ar);
        return DocumentApi.file(r.bytes(), MediaType.APPLICATION_PDF, r.fileName());
    }
}
