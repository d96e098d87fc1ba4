package se.rodtrad.meetings.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.DelegatedDecisionEntry;
import se.rodtrad.meetings.DelegatedDecisionReport;
import se.rodtrad.meetings.DelegatedDecisions;
import se.rodtrad.meetings.DelegationOrder;
import se.rodtrad.meetings.DelegationPoint;
import se.rodtrad.meetings.DelegationPointCommand;
import se.rodtrad.meetings.DelegationReporting;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/**
 * The delegation order of a body (the points in force on a day, their history, and — for a secretary or administrator —
 * adding, changing from a date and repealing a point) and the report of delegated decisions for a period, with the
 * form for a decision no module takes. A refused save shows why and keeps what was typed.
 */
@Controller
class DelegationPages {

    /** A point's form as typed; list fields one entry per line. */
    record PointForm(Integer version, String point, String title, String matter, String decisionTypes, String delegateTitle,
            String titleAliases, String holders, String maxAmountKr, String limits, String validFrom, String validTo) {

        DelegationPointCommand command() {
            return new DelegationPointCommand(point, title, matter, lines(decisionTypes), delegateTitle, lines(titleAliases), lines(holders),
                    maxAmountKr, limits, validFrom);
        }

        static List<String> lines(String text) {
            return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** What a refused form showed: which form, the messages per field ("_" for the form), the values as typed. */
    record Refusal(String form, Map<String, String> errors, Map<String, Object> values) {
        public boolean is(String name) {
            return form.equals(name);
        }

        public String error(String field) {
            return errors.get(field);
        }

        public Object value(String field) {
            return values.get(field);
        }
    }

    private final DelegationOrder order;
    private final DelegatedDecisions decisions;
    private final AccessPolicy access;
    private final AuditTrail auditTrail;
    private final Messages messages;

    private final DelegationReporting reporting;

    private final FormSubmission forms;

    DelegationPages(DelegationOrder order, DelegatedDecisions decisions, AccessPolicy access, AuditTrail auditTrail, Messages messages,
            DelegationReporting reporting, FormSubmission forms) {
        this.forms = forms;
        this.reporting = reporting;
        this.order = order;
        this.decisions = decisions;
        this.access = access;
        this.auditTrail = auditTrail;
        this.messages = messages;
    }

    @GetMapping("/delegationsordning/{body}")
    String order(@PathVariable String body, @RequestParam(name = "dag", required = false) String day, Model model) {
        return orderPage(body, day, null, model);
    }

    @PostMapping("/delegationsordning/{body}/punkter")
    String add(@PathVariable String body, @ModelAttribute PointForm form, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> {
            order.addPoint(body, form.command());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/delegationsordning/" + body;
        }, refused -> orderPage(body, null, refusal("add", refused, values(form)), model));
    }

    @PostMapping("/delegationsordning/punkter/{id}")
    String change(@PathVariable UUID id, @ModelAttribute PointForm form, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> {
            DelegationPoint p = order.changePoint(id, form.version(), form.command());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/delegationsordning/" + bodyCode(p.bodyId());
        }, refused -> orderPage(bodyOfPoint(id), null, refusal("change-" + id, refused, values(form)), model));
    }

    @PostMapping("/delegationsordning/punkter/{id}/upphav")
    String end(@PathVariable UUID id, @ModelAttribute PointForm form, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> {
            DelegationPoint p = order.endPoint(id, form.version(), form.validTo());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/delegationsordning/" + bodyCode(p.bodyId());
        }, refused -> orderPage(bodyOfPoint(id), null, refusal("end-" + id, refused, values(form)), model));
    }

    @GetMapping("/delegationsbeslut/{body}")
    String report(@PathVariable String body, @RequestParam(name = "fran", required = false) String from,
            @RequestParam(name = "till", required = false) String to, Model model) {
        LocalDate[] period = decisions.defaultPeriod(body);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate f = parse(from, period[0], "fran", errors);
        LocalDate t = parse(to, period[1], "till", errors);
        // a period the report refuses (the end before the start) is told at its field, and the default period shown
        DelegatedDecisionReport report = forms.validate(() -> decisions.report(body, f, t), refusal -> {
            refusal.errors().forEach((field, message) -> errors.put(field.equals("to") ? "till" : "fran", message));
            return decisions.report(body, period[0], period[1]);
        });
        model.addAttribute("report", report);
        model.addAttribute("periodErrors", errors);
        model.addAttribute("fromText", from == null ? report.from().toString() : from);
        model.addAttribute("toText", to == null ? report.to().toString() : to);
        model.addAttribute("canEnter", order.actions(body).mayManage());
        // the secretary puts the report on the agenda of the body's first meeting after the period
        model.addAttribute("nextMeeting", reporting.nextMeeting(body, report.to()).orElse(null));
        model.addAttribute("canPlace", access.allows(Permission.PREPARE_MEETING, report.bodyId()));
        return "meetings/delegation-report";
    }

    @PostMapping("/delegationsbeslut/{body}/foredragningslista")
    String placeOnAgenda(@PathVariable String body, @RequestParam(name = "fran", required = false) String from,
            @RequestParam(name = "till", required = false) String to, RedirectAttributes redirect) {
        return forms.submit(() -> {
            AgendaItem item = reporting.placeOnNextAgenda(body, from, to);
            return "redirect:/sammantraden/" + item.meetingId() + "#punkt-" + item.number();
        }, refusal -> {
            redirect.addFlashAttribute("placeError", refusal.message());
            return "redirect:" + org.springframework.web.util.UriComponentsBuilder.fromPath("/delegationsbeslut/{body}")
                    .queryParam("fran", from).queryParam("till", to).encode().buildAndExpand(body).toUriString();
        });
    }

    @GetMapping("/delegationsbeslut/{body}/ny")
    String entryForm(@PathVariable String body, Model model) {
        Unit unit = order.body(body);
        access.require(Permission.MANAGE_DELEGATION, unit.id());
        return entryPage(unit, null, model);
    }

    @PostMapping("/delegationsbeslut/{body}")
    String enter(@PathVariable String body, @ModelAttribute DelegatedDecisionEntry form, Model model, RedirectAttributes redirect) {
        return forms.submit(() -> {
            DelegatedDecisionReport.Row row = decisions.enter(body, form);
            redirect.addFlashAttribute("entered", true);
            return "redirect:/delegationsbeslut/" + body + "?fran=" + row.decidedOn().withDayOfMonth(1) + "&till=" + row.decidedOn();
        }, refused -> entryPage(order.body(body), refusal("entry", refused, values(form)), model));
    }

    private String entryPage(Unit body, Refusal refusal, Model model) {
        model.addAttribute("body", body);
        model.addAttribute("refusal", refusal);
        model.addAttribute("points", order.inForce(body.code(), LocalDate.now()));
        return "meetings/delegation-entry";
    }

    private String orderPage(String bodyCode, String dayText, Refusal refusal, Model model) {
        Unit body = order.body(bodyCode);
        LocalDate shown = FormInput.dateOrNull(dayText);
        if (shown == null && dayText != null && !dayText.isBlank()) {
            model.addAttribute("dayError", messages.get("delegation.validation.date", messages.get("delegation.order.day"), dayText));
        }
        shown = shown == null ? LocalDate.now() : shown;
        List<DelegationPoint> history = order.history(body.code());
        model.addAttribute("body", body);
        model.addAttribute("day", shown);
        model.addAttribute("inForce", DelegationOrder.inForce(history, shown));
        model.addAttribute("history", history);
        model.addAttribute("canManage", order.actions(body.code()).mayManage());
        model.addAttribute("refusal", refusal);
        model.addAttribute("lineBreak", "\n"); // the textareas list one entry per line (a fragment's parameters may not call Java)
        model.addAttribute("audit", history.isEmpty() ? List.of() : auditTrail.history("delegation_point", history.get(history.size() - 1).id(), 20));
        return "meetings/delegation-order";
    }

    private String bodyOfPoint(UUID id) {
        return order.bodyCode(order.point(id).bodyId());
    }

    private String bodyCode(UUID bodyId) {
        return order.bodyCode(bodyId);
    }

    /** Field errors at their fields; a refusal of the whole form (a conflict, a rule of the order) at "_". */
    private static Refusal refusal(String form, se.rodtrad.shared.web.Refusal refused, Map<String, Object> values) {
        return new Refusal(form, refused.errorsAt("_"), values);
    }

    private LocalDate parse(String text, LocalDate fallback, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        LocalDate day = FormInput.dateOrNull(text);
        if (day == null) {
            errors.put(field, messages.get("delegation.validation.date",
                    messages.get(field.equals("fran") ? "delegation.report.from" : "delegation.report.to"), text));
        }
        return day == null ? fallback : day;
    }

    private static Map<String, Object> values(Record form) {
        return FormInput.valuesOf(form);
    }
}
