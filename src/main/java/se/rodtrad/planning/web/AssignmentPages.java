package se.rodtrad.planning.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.AssignmentLine;
import se.rodtrad.planning.AssignmentOverview;
import se.rodtrad.planning.AssignmentQuery;
import se.rodtrad.planning.AssignmentState;

/**
 * Assignments as work across bodies (issue #18 item 2): a list filtered by body, issuer, year, responsible unit (and
 * the units below it), state and deadline, late ones first — the politician's "ligger efter" is the list with
 * state=LATE — and the same list as a CSV file for a spreadsheet.
 */
@Controller
class AssignmentPages {

    /** The filter as typed in the address, so the form shows it again and the export carries it. */
    record Filter(UUID body, String issuer, Integer year, UUID owner, AssignmentState state, LocalDate dueBy) {

        AssignmentQuery query(AssignmentOverview overview) {
            return new AssignmentQuery(body, issuer == null || issuer.isBlank() ? null : issuer.strip(), year,
                    owner == null ? null : overview.unitAndBelow(owner));
        }

        Set<AssignmentState> states() {
            return state == null ? EnumSet.allOf(AssignmentState.class) : EnumSet.of(state);
        }
    }

    private final AssignmentOverview overview;
    private final Organisation organisation;
    private final MessageSource messages;

    AssignmentPages(AssignmentOverview overview, Organisation organisation, MessageSource messages) {
        this.overview = overview;
        this.organisation = organisation;
        this.messages = messages;
    }

    @GetMapping("/uppdrag")
    String list(@RequestParam(required = false) UUID body, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) UUID owner,
            @RequestParam(required = false) AssignmentState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy, Model m) {
        Filter filter = new Filter(body, issuer, year, owner, state, dueBy);
        List<AssignmentLine> lines = overview.list(filter.query(overview), filter.states(), dueBy);
        m.addAttribute("filter", filter);
        m.addAttribute("lines", lines);
        m.addAttribute("lateCount", lines.stream().filter(AssignmentLine::late).count());
        m.addAttribute("today", overview.today());
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("units", organisation.workingUnits());
        m.addAttribute("states", AssignmentState.values());
        m.addAttribute("filtered", body != null || (issuer != null && !issuer.isBlank()) || year != null || owner != null || state != null
                || dueBy != null);
        return "planning/assignments";
    }

    /** The same list as semicolon-separated UTF-8 with a byte order mark, as Swedish Excel opens it. */
    @GetMapping(value = "/uppdrag.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) UUID body, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) UUID owner,
            @RequestParam(required = false) AssignmentState state,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy, Locale locale) {
        Filter filter = new Filter(body, issuer, year, owner, state, dueBy);
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(row(msg("assignments.col.body", locale), msg("assignments.col.plan", locale), msg("assignments.col.year", locale),
                msg("assignments.col.number", locale), msg("assignments.col.text", locale), msg("assignments.col.issuer", locale),
                msg("plan.work.ownerUnit", locale), msg("plan.work.ownerPerson", locale), msg("plan.work.start", locale),
                msg("plan.work.deadline", locale), msg("assignments.col.latest", locale), msg("assignments.col.occasion", locale),
                msg("assignments.col.state", locale), msg("ic.exempeldata", locale)));
        for (AssignmentLine l : overview.list(filter.query(overview), filter.states(), dueBy)) {
            out.append(row(l.plan().bodyName(), l.plan().title(), String.valueOf(l.plan().year()), l.entry().item().label(), l.entry().item().text(),
                    l.entry().item().issuer(), l.ownerUnitName(), l.work().ownerPerson(), str(l.work().start()), str(l.work().deadline()),
                    l.latest() == null ? null : msg("followup.assignment.status." + l.latest().status(), locale),
                    l.latest() == null ? null : msg("ic.occasion." + l.latest().occasion().name(), locale),
                    msg("assignments.state." + l.state().name(), locale),
                    new ExempeldataRow(l).any() ? msg("ic.exempeldata", locale) : null));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"uppdrag.csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a line shows anything invented (its owner and dates, or its latest reported status): copied to the file. */
    private record ExempeldataRow(AssignmentLine line) {
        boolean any() {
            return line.work().exempeldata() || (line.latest() != null && line.latest().exempeldata());
        }
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append(';');
            }
            String c = cells[i] == null ? "" : cells[i];
            // a cell a spreadsheet would read as a formula is quoted as text
            if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
                c = "'" + c;
            }
            b.append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        return b.append("\r\n").toString();
    }
}
