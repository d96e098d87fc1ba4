package se.rodtrad.documentimport.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.rodtrad.documentimport.DocumentImports;
import se.rodtrad.documentimport.DocumentKind;
import se.rodtrad.documentimport.ImportItem;
import se.rodtrad.documentimport.ImportView;
import se.rodtrad.planning.TargetDraft;
import se.rodtrad.shared.domain.ValidationException;

@RestController
@RequestMapping("/api/v1/document-imports")
@Tag(name = "Dokumentimport", description = "Planer och kallelser från PDF, DOCX eller text till struktur, granskade innan något skapas")
class DocumentImportApi {

    /** An item of the proposal; {@code target} as in {@code /api/v1/plans/{id}/items}, for indicators only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ItemJson(UUID id, String type, String kind, String number, String text, String tag, String issuer, String assignee, int parentIndex,
            int page, int firstLine, int lastLine, int confidence, String reason, String status, int version, TargetJson target,
            List<TargetJson> additionalTargets, String targetReason, Map<String, Object> details) {

        static ItemJson of(ImportItem i) {
            boolean indicator = "INDICATOR".equals(i.type());
            return new ItemJson(i.id(), i.type(), i.kind(), i.number(), i.text(), i.tag(), i.issuer(), i.assignee(), i.parentIndex(), i.page(),
                    i.firstLine(), i.lastLine(), i.confidence(), i.reason(), i.status(), i.version(), indicator ? TargetJson.of(i.target()) : null,
                    indicator ? i.additionalTargets().stream().map(TargetJson::of).toList() : null, indicator ? i.targetReason() : null,
                    i.details().isEmpty() ? null : i.details());
        }
    }

    /** The same shape as the plan items' target: numbers as numbers, years as years. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TargetJson(String form, String direction, String reference, Integer baseYear, Integer targetYear, BigDecimal percent, String group,
            String measure, BigDecimal lower, BigDecimal upper, String unit, String between, BigDecimal threshold, String unitsOf) {

        static TargetJson of(TargetDraft d) {
            if (d == null) {
                return new TargetJson("UNSPECIFIED", "NONE", null, null, null, null, null, null, null, null, null, null, null, null);
            }
            return new TargetJson(d.form(), d.direction() == null ? "NONE" : d.direction(), d.reference(), year(d.baseYear()), year(d.targetYear()),
                    number(d.percent()), d.group(), d.measure(), number(d.lower()), number(d.upper()), d.unit(), d.between(), number(d.threshold()),
                    d.unitsOf());
        }

        private static Integer year(String s) {
            return s == null ? null : Integer.valueOf(s.strip());
        }

        private static BigDecimal number(String s) {
            return s == null ? null : new BigDecimal(s.strip().replace(',', '.'));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ImportJson(UUID id, DocumentKind kind, String body, String fileName, String format, int pages, String status, String title, Integer year,
            LocalDate meetingDate, LocalDate adjustmentDeadline, List<String> warnings, UUID resultId, Map<String, Object> result, int version,
            List<ItemJson> items) {

        static ImportJson of(ImportView v) {
            return new ImportJson(v.id(), v.kind(), v.bodyCode(), v.fileName(), v.format(), v.pages(), v.status(), v.title(), v.year(), v.meetingDate(),
                    v.adjustmentDeadline(), v.warnings(), v.resultId(), v.result(), v.version(), v.items().stream().map(ItemJson::of).toList());
        }
    }

    /** Wrapper types throughout: a missing value is a validation message, not a 400 from the JSON reader. */
    record ConfirmJson(Integer version, String title, Integer year, LocalDate meetingDate, String startsAt, String place, LocalDate adjustmentDeadline) {
    }

    record CorrectionJson(Integer version, String type, String kind, String number, String text, String tag, UUID parentId, String targetForm) {
    }

    record VersionJson(Integer version) {
    }

    record SplitJson(Integer version, String first, String second) {
    }

    private final DocumentImports imports;

    DocumentImportApi(DocumentImports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Läs in ett dokument (PDF, DOCX eller UTF-8-text) som förslag till struktur",
            description = "kind = PLAN eller NOTICE, body = organets kod (RTN). Inget skapas förrän förslaget bekräftas.")
    ImportJson upload(@RequestParam(name = "file", required = false) MultipartFile file, @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "body", required = false) String body) throws IOException {
        return ImportJson.of(imports.upload(new DocumentImports.Upload(kind(kind), body, file == null ? null : file.getOriginalFilename(),
                file == null ? null : file.getBytes())));
    }

    @GetMapping("/{id}")
    @Operation(summary = "En import med sitt förslag")
    ImportJson get(@PathVariable UUID id) {
        return ImportJson.of(imports.view(id));
    }

    @PutMapping("/{id}/items/{itemId}")
    @Operation(summary = "Rätta en punkt: typ, nivå, nummer, lydelse, ursprung, överordnad punkt, målvärdesform")
    ImportJson correct(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody CorrectionJson body) {
        return ImportJson.of(imports.correct(id, itemId, version(body.version()), new DocumentImports.Correction(body.type(), body.kind(),
                body.number(), body.text(), body.tag(), body.parentId(), body.targetForm())));
    }

    @PostMapping("/{id}/items/{itemId}/{action:accept|drop|restore|merge}")
    @Operation(summary = "Godta, ta bort, återställ eller slå ihop en punkt med nästa")
    ImportJson act(@PathVariable UUID id, @PathVariable UUID itemId, @PathVariable String action, @RequestBody(required = false) VersionJson body) {
        int version = version(body == null ? null : body.version());
        return ImportJson.of(switch (action) {
            case "accept" -> imports.accept(id, itemId, version);
            case "drop" -> imports.drop(id, itemId, version);
            case "restore" -> imports.restore(id, itemId, version);
            default -> imports.merge(id, itemId, version);
        });
    }

    @PostMapping("/{id}/items/{itemId}/split")
    @Operation(summary = "Dela en punkt i två")
    ImportJson split(@PathVariable UUID id, @PathVariable UUID itemId, @RequestBody SplitJson body) {
        return ImportJson.of(imports.split(id, itemId, version(body.version()), body.first(), body.second()));
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Bekräfta: skapar planen som utkast (eller sammanträdet) av allt som inte tagits bort, allt eller inget")
    ImportJson confirm(@PathVariable UUID id, @RequestBody(required = false) ConfirmJson body) {
        ConfirmJson b = body == null ? new ConfirmJson(null, null, null, null, null, null, null) : body;
        int version = b.version() == null ? imports.view(id).version() : b.version();
        return ImportJson.of(imports.confirm(id, version, new DocumentImports.Confirmation(b.title(), b.year(), b.meetingDate(), b.startsAt(), b.place(),
                b.adjustmentDeadline())));
    }

    @PostMapping("/{id}/discard")
    @Operation(summary = "Kasta importen: inget skapas")
    ImportJson discard(@PathVariable UUID id, @RequestBody(required = false) VersionJson body) {
        int version = body == null || body.version() == null ? imports.view(id).version() : body.version();
        return ImportJson.of(imports.discard(id, version));
    }

    private static DocumentKind kind(String kind) {
        DocumentKind k = se.rodtrad.shared.web.FormInput.enumOrNull(DocumentKind.class, kind == null ? null : kind.toUpperCase(java.util.Locale.ROOT));
        if (k == null && kind != null && !kind.isBlank()) {
            throw ValidationException.of("kind", "documentimport.validation.kind");
        }
        return k;
    }

    /** A missing version is a stale one: the use case finds the item first (or refuses) and then refuses the version. */
    private static int version(Integer v) {
        return v == null ? -1 : v;
    }
}
