package se.rodtrad.followup.measures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.KoladaRefresh;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.RequiresPermission;
import se.rodtrad.shared.web.Messages;

/**
 * Imports by program. {@code POST /api/v1/imports/kolada} takes a Kolada page as the JSON body, or one or
 * more files (pages, in order) as multipart, or {@code ?url=} where a network exists; {@code dryRun=true}
 * only reports what would change. A malformed file answers 422 with the place at fault.
 */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Uppföljning: importer", description = "Import av värden från Kolada, SCB och egen mall; provkörning och rapport")
class ImportApi {

    /** The report with its notes and reasons as sentences. */
    record ReportJson(UUID importId, String format, List<String> files, boolean dryRun, int inserted, int updated, int unchanged,
            int rejected, List<ImportReport.Change> changes, List<ReportView.Row> rejections, List<String> notes, String source,
            LocalDate published, boolean exempeldata, String summary) {

        static ReportJson of(ImportReport r, ReportView v, String summary) {
            return new ReportJson(r.importId(), r.format(), r.files(), r.dryRun(), r.inserted(), r.updated(), r.unchanged(), r.rejected(),
                    r.changes(), v.rejections(), v.notes(), r.source(), r.published(), r.exempeldata(), summary);
        }
    }

    private final Imports imports;
    private final KoladaRefresh refresh;
    private final Messages messages;

    ImportApi(Imports imports, KoladaRefresh refresh, Messages messages) {
        this.imports = imports;
        this.refresh = refresh;
        this.messages = messages;
    }

    @PostMapping(path = "/kolada", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RequiresPermission(Permission.IMPORT_DATA)
    @Operation(summary = "Importera en Kolada-sida (v2 eller v3) som JSON-kropp")
    ReportJson koladaBody(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String published, @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean confirmImplausible) {
        ImportFile file = new ImportFile("kolada.json", body);
        return json(imports.run(new ImportRequest(ImportFormat.kolada(file.bytes(), file.name()), List.of(file),
                options(null, null, null, null, source, published, confirmImplausible), dryRun)));
    }

    @PostMapping(path = "/kolada", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission(Permission.IMPORT_DATA)
    @Operation(summary = "Importera Kolada-filer (JSON v2/v3 eller CSV som rKolada skriver), flera sidor i ordning")
    ReportJson koladaFiles(@RequestPart("file") List<MultipartFile> files, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String published, @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean confirmImplausible) throws IOException {
        List<ImportFile> list = files(files);
        ImportFormat format = ImportFormat.kolada(list.get(0).bytes(), list.get(0).name());
        return json(imports.run(new ImportRequest(format, list, options(null, null, null, null, source, published, confirmImplausible), dryRun)));
    }

    @PostMapping(path = "/kolada", params = "url")
    @RequiresPermission(Permission.IMPORT_DATA)
    @Operation(summary = "Hämta ett Kolada-resultat via URL (följer next_url/next_page) och importera det")
    ReportJson koladaUrl(@RequestParam String url, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String published, @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean confirmImplausible) {
        return json(imports.runUrl(url, options(null, null, null, null, source, published, confirmImplausible), dryRun));
    }

    @PostMapping("/kolada/refresh")
    @RequiresPermission(Permission.IMPORT_DATA)
    @Operation(summary = "Uppdatera alla mått med Kolada-id från Koladas API (v3): alla sidor hämtas först, sedan importeras de som en "
            + "körning; går någon sida inte att hämta ändras inget (422 med orsaken)")
    ReportJson koladaRefresh(@RequestParam(defaultValue = "false") boolean dryRun) {
        KoladaRefresh.Result r = refresh.refresh(dryRun);
        ImportReport report = r.report();
        return ReportJson.of(report, ReportView.of(report, messages), messages.get("followup.kolada.refresh.summary", report.inserted(),
                report.updated(), report.unchanged(), report.rejected(), r.kpis(), r.units(), r.pages()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RequiresPermission({Permission.IMPORT_DATA, Permission.EDIT_BUDGET})
    @Operation(summary = "Importera filer i valfritt format (KOLADA_JSON, KOLADA_CSV, PXWEB_V1, JSONSTAT2, TEMPLATE_CSV, TEMPLATE_XLSX; tomt = känn igen)")
    ReportJson files(@RequestPart("file") List<MultipartFile> files, @RequestParam(required = false) ImportFormat format,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String measure,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String selections,
            @RequestParam(required = false) String columns, @RequestParam(required = false) String source,
            @RequestParam(required = false) String published, @RequestParam(defaultValue = "false") boolean confirmImplausible)
            throws IOException {
        return json(imports.run(new ImportRequest(format, files(files), options(measure, unit, selections, columns, source, published,
                confirmImplausible), dryRun)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Rapporten från en genomförd import")
    ReportJson report(@PathVariable UUID id) {
        return json(imports.report(id));
    }

    private static List<ImportFile> files(List<MultipartFile> files) throws IOException {
        List<ImportFile> list = new ArrayList<>();
        for (MultipartFile f : files) {
            list.add(new ImportFile(f.getOriginalFilename(), f.getBytes()));
        }
        if (list.isEmpty()) {
            throw new ImportFailure("followup.import.error.noFile", "–");
        }
        return list;
    }

    /** {@code confirmImplausible}: the values held as far outside the measure's unit or history were checked and are written. */
    private static ImportOptions options(String measure, String unit, String selections, String columns, String source, String published,
            boolean confirmImplausible) {
        ImportForm form = new ImportForm(null, null, measure, unit, selections, columns, source, published, false, confirmImplausible);
        return form.options();
    }

    private ReportJson json(ImportReport r) {
        return ReportJson.of(r, ReportView.of(r, messages),
                messages.get("followup.import.summary", r.inserted(), r.updated(), r.unchanged(), r.rejected()));
    }
}
