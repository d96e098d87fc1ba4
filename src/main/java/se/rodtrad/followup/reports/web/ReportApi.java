package se.rodtrad.followup.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.followup.reports.FollowReport;
import se.rodtrad.followup.reports.ReportContent;
import se.rodtrad.followup.reports.Reports;
import se.rodtrad.shared.web.OpenData;
import se.rodtrad.shared.web.OpenData.Published;
import se.rodtrad.shared.web.OpenData.PublishedPage;

/**
 * The follow-up reports over the API: list, start a draft, read (the draft live, a submitted report as its
 * snapshot), write the texts and submit. The public reads submitted reports under {@code /api/v1/public/reports}.
 */
@RestController
@Tag(name = "Uppföljning: rapporter", description = "Delårsrapport 1 och 2 och verksamhetsberättelse per nämnd och år; inlämnad rapport är en daterad ögonblicksbild")
class ReportApi {

    record ReportJson(UUID id, UUID planId, UUID bodyId, String bodyName, int year, String occasion, FollowReport.Status status,
            UUID previousId, boolean exempeldata, Instant submittedAt, String submittedBy, int version, String updatedBy, Instant updatedAt) {
        static ReportJson of(FollowReport r) {
            return new ReportJson(r.id(), r.planId(), r.bodyId(), r.bodyName(), r.year(), r.occasion().name(), r.status(), r.previousId(),
                    r.exempeldata(), r.submittedAt(), r.submittedBy(), r.version(), r.updatedBy(), r.updatedAt());
        }
    }

    record ReportWithContent(ReportJson report, ReportContent content) {
    }

    /** A submitted report as open data: who submitted and edited it is the staff's business, not published (no usernames). */
    record PublicReportJson(UUID id, UUID planId, UUID bodyId, String bodyName, int year, String occasion, FollowReport.Status status,
            UUID previousId, boolean exempeldata, Instant submittedAt) {
        static PublicReportJson of(FollowReport r) {
            return new PublicReportJson(r.id(), r.planId(), r.bodyId(), r.bodyName(), r.year(), r.occasion().name(), r.status(), r.previousId(),
                    r.exempeldata(), r.submittedAt());
        }
    }

    record PublicReportWithContent(PublicReportJson report, ReportContent content) {
    }

    record CreateBody(String occasion) {
    }

    record TextsBody(Integer version, String summary, List<Reports.GoalInput> goals) {
    }

    record SubmitBody(Integer version) {
    }

    /** One goal's judgement (blank or absent: the assessment stands) and analysis, with the goal's version as read. */
    record GoalBody(Integer version, String status, String analysis) {
    }

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/reports")
    @Operation(summary = "Rapporterna, en sida i taget (nyast år först), valfritt per nämnd (body) och år (year)",
            description = "page från 0; size högst 1000 (100 om inget anges). Nästa sida i Link-huvudet (rel=\"next\"), antalet i X-Total-Count.")
    org.springframework.http.ResponseEntity<List<ReportJson>> list(@RequestParam(name = "body", required = false) UUID body,
            @RequestParam(name = "year", required = false) Integer year, @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "" + Reports.PUBLIC_PAGE_SIZE) int size) {
        Reports.ReportPage found = reports.page(body, year, page, size);
        java.util.Map<String, Object> filters = new java.util.LinkedHashMap<>();
        filters.put("body", body);
        filters.put("year", year);
        return OpenData.list(found.reports().stream().map(ReportJson::of).toList(),
                OpenData.Paging.of("/api/v1/reports", filters, found.page(), found.size(), found.total()));
    }

    @PostMapping("/api/v1/plans/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Påbörja en rapport för planen vid tillfället (DELARSRAPPORT_1, DELARSRAPPORT_2, VERKSAMHETSBERATTELSE); texter och "
            + "bedömningar följer med från årets föregående rapport. Kräver uppföljningsbehörighet för nämnden")
    ReportJson create(@PathVariable UUID id, @RequestBody(required = false) CreateBody body) {
        return ReportJson.of(reports.create(id, body == null ? null : body.occasion()));
    }

    @GetMapping("/api/v1/reports/{id}")
    @Operation(summary = "Rapporten med innehåll: ett utkast läses ur dagens siffror, en inlämnad rapport är ögonblicksbilden")
    ReportWithContent one(@PathVariable UUID id) {
        return new ReportWithContent(ReportJson.of(reports.report(id)), reports.content(id));
    }

    @PutMapping("/api/v1/reports/{id}/texts")
    @Operation(summary = "Sammanfattning och målens bedömning och analys (allt eller inget); 409 om någon hunnit före, 422 när rapporten är inlämnad")
    ReportJson texts(@PathVariable UUID id, @RequestBody(required = false) TextsBody body) {
        return ReportJson.of(reports.saveTexts(id, body == null ? null : body.version(), body == null ? null : body.summary(),
                body == null ? null : body.goals()));
    }

    @GetMapping("/api/v1/reports/{id}/goals/{number}")
    @Operation(summary = "Ett av rapportens mål (nummer 1 = det första, i planens ordning): bedömningen, rapportens egen bedömning och "
            + "analysen, om texten är en ogranskad kopia från förra rapporten, och målets version")
    Reports.GoalEntry goal(@PathVariable UUID id, @PathVariable int number) {
        return reports.goal(id, number);
    }

    @PutMapping("/api/v1/reports/{id}/goals/{number}")
    @Operation(summary = "Skriv ett måls bedömning (status; tomt = bedömningen står sig) och analys mot målets lästa version (-1 när inget "
            + "är sparat). Bara detta mål prövas: den som skriver ett annat mål under tiden är ingen konflikt; 409 med målets text om "
            + "någon hunnit före, 422 när rapporten är inlämnad")
    Reports.GoalEntry writeGoal(@PathVariable UUID id, @PathVariable int number, @RequestBody(required = false) GoalBody body) {
        return reports.writeGoal(id, number, body == null ? null : body.status(), body == null ? null : body.analysis(),
                body == null ? null : body.version());
    }

    @PostMapping("/api/v1/reports/{id}/submit")
    @Operation(summary = "Lämna in rapporten: innehållet sparas som en daterad ögonblicksbild som aldrig ändras")
    ReportJson submit(@PathVariable UUID id, @RequestBody(required = false) SubmitBody body) {
        return ReportJson.of(reports.submit(id, body == null ? null : body.version()));
    }

    @GetMapping("/api/v1/public/reports")
    @Operation(summary = "Öppna data: inlämnade rapporter (utkast visas aldrig), en sida i taget, senaste år först",
            description = "Valfritt per nämnd (body) och år (year); page från 0; size högst 1000 (100 om inget anges). "
                    + "Nästa sida finns i paging.next och i Link-huvudet (rel=\"next\").")
    ResponseEntity<PublishedPage<List<PublicReportJson>>> published(@RequestParam(name = "body", required = false) UUID body,
            @RequestParam(name = "year", required = false) Integer year, @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "" + Reports.PUBLIC_PAGE_SIZE) int size) {
        Reports.SubmittedPage found = reports.submitted(body, year, page, size);
        java.util.Map<String, Object> query = new java.util.LinkedHashMap<>();
        query.put("body", body);
        query.put("year", year);
        return OpenData.page(found.reports().stream().map(PublicReportJson::of).toList(),
                OpenData.Paging.of("/api/v1/public/reports", query, found.page(), found.size(), found.total()));
    }

    @GetMapping("/api/v1/public/reports/{id}")
    @Operation(summary = "Öppna data: en inlämnad rapport med sin ögonblicksbild; ett utkast är 404")
    ResponseEntity<Published<PublicReportWithContent>> publishedOne(@PathVariable UUID id) {
        FollowReport r = reports.submittedReport(id);
        return OpenData.json(new PublicReportWithContent(PublicReportJson.of(r), reports.content(id).withoutAccounts()));
    }
}
