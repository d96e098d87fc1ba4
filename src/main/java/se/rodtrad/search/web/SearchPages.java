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
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.web.Messages;

/**
 * The search pages: {@code /sok} for signed-in readers (everything they may read, filters by kind, body and year) and
 * {@code /portal/sok} for anyone (only what the public sees). A refused filter is shown beside its field, the words kept.
 */
@Controller
class SearchPages {

    private final Search search;
    private final Organisation organisation;
    private final Messages messages;

    SearchPages(Search search, Organisation organisation, Messages messages) {
        this.search = search;
        this.organisation = organisation;
        this.messages = messages;
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
        try {
            m.addAttribute("result", search.search(query));
        } catch (ValidationException e) {
            refused(e, m);
        }
        return "search/search";
    }

    @GetMapping("/portal/sok")
    String portal(@RequestParam(required = false) String q, Model m) {
        SearchQuery query = new SearchQuery(q);
        m.addAttribute("query", query);
        try {
            m.addAttribute("result", search.publicSearch(query));
        } catch (ValidationException e) {
            refused(e, m);
        }
        return "search/portal";
    }

    private void refused(ValidationException e, Model m) {
        List<FieldMessage> errors = e.errors().stream()
                .map(err -> new FieldMessage(switch (err.field()) {
                    case "kind" -> "typ";
                    case "body" -> "organ";
                    case "year" -> "ar";
                    default -> "q";
                }, messages.of(err))).toList();
        m.addAttribute("errors", errors);
        m.addAttribute("result", SearchResult.refused());
    }
}
