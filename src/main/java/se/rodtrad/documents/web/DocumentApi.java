package se.rodtrad.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.documents.DocumentService;

@RestController
@Tag(name = "Dokument", description = "Planer, rapporter, årsredovisning och sammanträdenas handlingar som PDF, DOCX och XLSX, upplagda som regionens egna dokument")
class DocumentApi {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DocumentService documents;

    DocumentApi(DocumentService documents) {
        this.documents = documents;
    }

    @GetMapping({"/api/v1/plans/{id}/document.pdf", "/dokument/planer/{id}.pdf"})
    @Operation(summary = "Planen som PDF (inbäddade typsnitt, bokmärken, taggad)")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id) {
        return file(documents.planPdf(id), MediaType.APPLICATION_PDF, documents.fileName(id) + ".pdf");
    }

    @GetMapping({"/api/v1/plans/{id}/document.docx", "/dokument/planer/{id}.docx"})
    @Operation(summary = "Planen som DOCX med riktiga rubriker")
    ResponseEntity<byte[]> docx(@PathVariable UUID id) {
        return file(documents.planDocx(id), DOCX, documents.fileName(id) + ".docx");
    }

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @GetMapping({"/api/v1/plans/{id}/document.xlsx", "/dokument/planer/{id}.xlsx"})
    @Operation(summary = "Planens tabeller som XLSX: mål och styrtal med målvärden, uppdrag och varje budgettabell på eget blad")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id) {
        return file(documents.planXlsx(id), XLSX, documents.fileName(id) + ".xlsx");
    }

    @GetMapping({"/api/v1/plans/{id}/changes.pdf", "/dokument/planer/{id}/andringar.pdf"})
    @Operation(summary = "Förslag till ändringar (nya, ändrade med ordvis skillnad, borttagna, fortsätter, med ursprung) som PDF",
            description = "Jämför med planen `from`, eller organets föregående plan när den saknas.")
    ResponseEntity<byte[]> changesPdf(@PathVariable UUID id, @RequestParam(name = "from", required = false) UUID from,
            @RequestParam(name = "fran", required = false) UUID fran) {
        DocumentService.Rendered r = documents.changesPdf(id, from != null ? from : fran);
        return file(r.bytes(), MediaType.APPLICATION_PDF, r.fileName());
    }

    @GetMapping({"/api/v1/plans/{id}/changes.docx", "/dokument/planer/{id}/andringar.docx"})
    @Operation(summary = "Förslag till ändringar som DOCX med riktiga rubriker")
    ResponseEntity<byte[]> changesDocx(@PathVariable UUID id, @RequestParam(name = "from", required = false) UUID from,
            @RequestParam(name = "fran", required = false) UUID fran) {
        DocumentService.Rendered r = documents.changesDocx(id, from != null ? from : fran);
        return file(r.bytes(), DOCX, r.fileName());
    }

    @GetMapping({"/api/v1/plans/{id}/assignments.pdf", "/dokument/planer/{id}/uppdrag.pdf"})
    @Operation(summary = "Sammanfattning av uppdrag (med antal i rubriken) som PDF")
    ResponseEntity<byte[]> assignmentsPdf(@PathVariable UUID id) {
        DocumentService.Rendered r = documents.assignmentsPdf(id);
        return file(r.bytes(), MediaType.APPLICATION_PDF, r.fileName());
    }

    @GetMapping({"/api/v1/plans/{id}/assignments.docx", "/dokument/planer/{id}/uppdrag.docx"})
    @Operation(summary = "Sammanfattning av uppdrag som DOCX med riktiga rubriker")
    ResponseEntity<byte[]> assignmentsDocx(@PathVariable UUID id) {
        DocumentService.Rendered r = documents.assignmentsDocx(id);
        return file(r.bytes(), DOCX, r.fileName());
    }

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
