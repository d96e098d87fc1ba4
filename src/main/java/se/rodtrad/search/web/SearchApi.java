package se.rodtrad.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.search.Search;
import se.rodtrad.search.SearchHit;
import se.rodtrad.search.SearchQuery;
import se.rodtrad.search.SearchResult;
import se.rodtrad.shared.web.OpenData;
import se.rodtrad.shared.web.OpenData.Published;

/** Search as JSON: everything the caller may read, or (public) only what the portal shows. */
@RestController
@Tag(name = "Sök", description = "Fritextsökning med svensk ordböjning över planer, plantexter, ärenden, beslut och bidrag.")
class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    /** One hit: {@code snippet} is plain text; {@code highlights} are the matching words in it, in order. */
    record HitJson(String kind, String title, String url, String snippet, List<String> highlights, String body, int year) {
        static HitJson of(SearchHit h) {
            return new HitJson(h.kind().name(), h.title(), h.url(), h.snippet(),
                    h.parts().stream().filter(SearchHit.Part::match).map(SearchHit.Part::text).toList(), h.body(), h.year());
        }
    }

    record ResultJson(String query, List<HitJson> hits, boolean more, String suggestion, boolean widerFilter) {
        static ResultJson of(SearchResult r) {
            return new ResultJson(r.query(), r.hits().stream().map(HitJson::of).toList(), r.more(), r.suggestion(), r.widerFilter());
        }
    }

    @GetMapping(value = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sök i allt du får läsa (högst 50 träffar, bäst först)",
            description = "q: sökord (högst 200 tecken; \"fras\", -utan). kind: PLAN_TEXT, GOAL, INDICATOR, ASSIGNMENT, PLAN_ITEM, CASE, AGENDA_ITEM, "
                    + "DECISION, GRANT eller REPORT. body: organets kod (RTN). year: år. Ger inget träff ett stavningsförslag (suggestion) eller widerFilter.")
    ResultJson search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String body, @RequestParam(required = false) String year) {
        return ResultJson.of(search.search(new SearchQuery(q, kind, body, year)));
    }

    @GetMapping(value = "/api/v1/public/search", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sök i det som är offentligt: beslutade planer, justerade protokoll, offentliga ärenden och beviljade bidrag")
    ResponseEntity<Published<ResultJson>> publicSearch(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String body, @RequestParam(required = false) String year) {
        // open data like every public answer: the result under "data", with its licence
        return OpenData.json(ResultJson.of(search.publicSearch(new SearchQuery(q, kind, body, year))));
    }
}
