package se.rodtrad.documents.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.documents.MeetingDocuments;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;

/** A meeting's notice and minutes as PDF and DOCX; the portal's versions only when published (notice) or adjusted (minutes). */
@RestController
@Tag(name = "Dokument", description = "Planer, rapporter, årsredovisning och sammanträdenas handlingar som PDF, DOCX och XLSX, upplagda som regionens egna dokument")
class MeetingDocumentApi {

    private final MeetingDocuments documents;
    private final AccessPolicy access;

    MeetingDocumentApi(MeetingDocuments documents, AccessPolicy access) {
        this.documents = documents;
        this.access = access;
    }

    @GetMapping({"/api/v1/meetings/{id}/notice.pdf", "/dokument/sammantraden/{id}/kallelse.pdf"})
    @Operation(summary = "Kallelse med föredragningslista som PDF, upplagd som regionens")
    ResponseEntity<byte[]> noticePdf(@PathVariable UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return file(documents.notice(id, true), MediaType.APPLICATION_PDF);
    }

    @GetMapping({"/api/v1/meetings/{id}/notice.docx", "/dokument/sammantraden/{id}/kallelse.docx"})
    @Operation(summary = "Kallelse med föredragningslista som DOCX")
    ResponseEntity<byte[]> noticeDocx(@PathVariable UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return file(documents.notice(id, false), DocumentApi.DOCX);
    }

    @GetMapping({"/api/v1/meetings/{id}/minutes.pdf", "/dokument/sammantraden/{id}/protokoll.pdf"})
    @Operation(summary = "Protokollet som PDF (märkt \"Ej justerat\" tills det är justerat)")
    ResponseEntity<byte[]> minutesPdf(@PathVariable UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return file(documents.minutes(id, true), MediaType.APPLICATION_PDF);
    }

    @GetMapping({"/api/v1/meetings/{id}/minutes.docx", "/dokument/sammantraden/{id}/protokoll.docx"})
    @Operation(summary = "Protokollet som DOCX")
    ResponseEntity<byte[]> minutesDocx(@PathVariable UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return file(documents.minutes(id, false), DocumentApi.DOCX);
    }

    @GetMapping("/portal/sammantraden/{id}/kallelse.pdf")
    ResponseEntity<byte[]> publicNotice(@PathVariable UUID id) {
        return file(documents.publicNotice(id), MediaType.APPLICATION_PDF);
    }

    @GetMapping("/portal/sammantraden/{id}/protokoll.pdf")
    ResponseEntity<byte[]> publicMinutes(@PathVariable UUID id) {
        return file(documents.publicMinutes(id), MediaType.APPLICATION_PDF);
    }

    private static ResponseEntity<byte[]> file(MeetingDocuments.File f, MediaType type) {
        return DocumentApi.file(f.bytes(), type, f.fileName());
    }
}
