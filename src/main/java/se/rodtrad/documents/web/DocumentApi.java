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
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.documents.DocumentService;

@RestController
@Tag(name = "Dokument", description = "Planer som PDF och DOCX, upplagda som regionens egna dokument")
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

    static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
