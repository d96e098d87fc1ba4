package se.rodtrad.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;
import se.rodtrad.audit.HistoryWords;

/**
 * "Historik": the latest changes by people, and the history of any object, told in words and filterable by person and
 * period. The technical record — table, id and the rows as the database wrote them — is shown to an administrator who
 * asks for it ({@code ?teknisk=1}); nobody else is shown a table name or a piece of JSON.
 */
@Controller
class HistoryPages {

    static final int LIMIT = 200;

    private final AuditTrail trail;
    private final HistoryWords words;

    HistoryPages(AuditTrail trail, HistoryWords words) {
        this.trail = trail;
        this.words = words;
    }

    /** The filter as typed: person (username) and period; a date that is no date is said so and left out. */
    record FilterForm(String person, String from, String to, LocalDate fromDate, LocalDate toDate, boolean invalidFrom, boolean invalidTo) {

        static FilterForm of(String person, String from, String to) {
            LocalDate f = date(from);
            LocalDate t = date(to);
            return new FilterForm(person == null || person.isBlank() ? null : person.strip(), from, to, f, t,
                    from != null && !from.isBlank() && f == null, to != null && !to.isBlank() && t == null);
        }

        AuditTrail.Filter filter() {
            return new AuditTrail.Filter(person, fromDate, toDate);
        }

        public boolean active() {
            return person != null || fromDate != null || toDate != null;
        }

        private static LocalDate date(String s) {
            return se.rodtrad.shared.web.FormInput.dateOrNull(s);
        }
    }

    @GetMapping("/historik/{type}/{id}")
    String history(@PathVariable String type, @PathVariable String id, @RequestParam(name = "person", required = false) String person,
            @RequestParam(name = "fran", required = false) String from, @RequestParam(name = "till", required = false) String to,
            @RequestParam(name = "teknisk", required = false) String technical, HttpServletRequest request, Model model) {
        FilterForm form = FilterForm.of(person, from, to);
        List<HistoryEntry> history = trail.history(type, id, form.filter(), LIMIT);
        // the object named by its own entries (its parts' entries name the parts), else by any of them
        String object = trail.history(type, id, 1).stream().filter(e -> e.objectType().equals(type)).findFirst()
                .or(() -> history.stream().findFirst()).map(words::object).orElse(null);
        model.addAttribute("object", object);
        model.addAttribute("action", "/historik/" + type + "/" + id);
        return page(history, form, technical, request, model, "audit/history");
    }

    @GetMapping("/historik")
    String recent(@RequestParam(name = "person", required = false) String person, @RequestParam(name = "fran", required = false) String from,
            @RequestParam(name = "till", required = false) String to, @RequestParam(name = "teknisk", required = false) String technical,
            HttpServletRequest request, Model model) {
        FilterForm form = FilterForm.of(person, from, to);
        model.addAttribute("action", "/historik");
        return page(trail.recent(form.filter(), LIMIT), form, technical, request, model, "audit/recent");
    }

    private String page(List<HistoryEntry> history, FilterForm form, String technical, HttpServletRequest request, Model model, String view) {
        boolean administrator = request.isUserInRole("ADMINISTRATOR");
        model.addAttribute("history", history);
        model.addAttribute("form", form);
        model.addAttribute("people", trail.actors().stream().map(a -> new Person(a, words.person(a))).toList());
        model.addAttribute("administrator", administrator);
        model.addAttribute("technical", administrator && technical != null);
        model.addAttribute("limit", LIMIT);
        return view;
    }

    /** A person to filter by: the username the trail records and the name a reader knows. */
    record Person(String username, String name) {
    }
}
