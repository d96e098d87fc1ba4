package se.rodtrad.search.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.search.Search;
import se.rodtrad.search.SearchKind;
import se.rodtrad.search.SearchQuery;
import se.rodtrad.search.SearchResult;
import se.rodtrad.shared.web.FormSubmission;

/**
 * The search pages: {@code /sok} for signed-in readers (everything they may read, filters by kind, body and year) and
 * {@code /portal/sok} for anyone (only what the public sees). A refused filter is shown beside its field, the words kept.
 */
@Controller
class SearchPages {

    private final Search search;
    private final Organisation organisation;

    private final FormSubmission forms;

    SearchPages(Search search, Organisation organisation, FormSubmission forms) {
        this.forms = forms;
        this.search = search;
        this.organisation = organisation;
    }

    /** A refused field: its id on the page and the sentence. */
    record FieldMessage(String field, String message) {
    }

    @GetMapping("/sok")
    String internal(@RequestParam(required = false) String q, @RequestParam(name = "typ", required = false) String kind,
            @RequestParam(name = "organ", required = false) String body, @RequestParam(name = "ar", required = false) String year, Model m) {
        SearchQuery query = new SearchQuery(q, kind, body, year);
        m.addAttribute("query", query);
        m.addAttribute("kinds", SearchKind.values());
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("result", forms.validate(() -> search.search(query), refusal -> refused(refusal, m)));
        return "search/search";
    }

    @GetMapping("/portal/sok")
    String portal(@RequestParam(required = false) String q, Model m) {
        SearchQuery query = new SearchQuery(q);
        m.addAttribute("query", query);
        m.addAttribute("result", forms.validate(() -> search.publicSearch(query), refusal -> refused(refusal, m)));
        return "search/portal";
    }

    /** A query the search refuses: each message at its field, by the page's parameter names, and no hits. */
    private static SearchResult refused(se.rodtrad.shared.web.Refusal refusal, Model m) {
        List<FieldMessage> errors = refusal.errors().entrySet().stream()
                .map(err -> new FieldMessage(switch (err.getKey()) {
                    case "kind" -> "typ";
                    case "body" -> "organ";
                    case "year" -> "ar";
                    default -> "q";
                }, err.getValue())).toList();
        m.addAttribute("errors", errors);
        return SearchResult.refused();
    }
}
