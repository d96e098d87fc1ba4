package se.rodtrad.followup.measures.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
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
import org.springframework.web.servlet.support.RequestContextUtils;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.followup.measures.EnterValue;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.MeasureForm;
import se.rodtrad.followup.measures.Measures;
import se.rodtrad.followup.web.Charts;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.FormSubmission;

/** The measures with their values by year and sex; entering and revising a value. */
@Controller
class MeasurePages {

    /** The entry form as typed, so nothing is lost when a save is refused. */
    record ValueForm(Integer version, String unit, String period, String gender, String value, String count, String status,
            String source, String published, Boolean preliminary, String reason) {
        static ValueForm empty() {
            return new ValueForm(null, "", "", "T", "", "", "", "", "", false, "");
        }

        /** The form filled with a stored value, to revise it. */
        static ValueForm of(IndicatorValue v) {
            return new ValueForm(v.version(), v.unitCode(), v.period().code(), v.gender().name(), v.value() == null ? "" : v.value().toPlainString(),
                    v.count() == null ? "" : String.valueOf(v.count()), v.status(), v.source(), v.published() == null ? "" : v.published().toString(),
                    v.preliminary(), "");
        }
    }

    private final Measures measures;
    private final IndicatorValues values;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AuditTrail auditTrail;
    private final Charts charts;
    private final MeasureBodies bodies;

    private final FormSubmission forms;

    MeasurePages(Measures measures, IndicatorValues values, Organisation organisation, AccessPolicy access, AuditTrail auditTrail,
            Charts charts, MeasureBodies bodies, FormSubmission forms) {
        this.forms = forms;
        this.bodies = bodies;
        this.measures = measures;
        this.values = values;
        this.organisation = organisation;
        this.access = access;
        this.auditTrail = auditTrail;
        this.charts = charts;
    }

    @GetMapping("/uppfoljning/matt")
    String list(Model model) {
        List<Measure> all = measures.all();
        Map<UUID, Long> counts = new LinkedHashMap<>();
        all.forEach(m -> counts.put(m.id(), measures.valueCount(m.id())));
        model.addAttribute("measures", all);
        model.addAttribute("counts", counts);
        model.addAttribute("canCreate", access.allows(Permission.IMPORT_DATA, null));
        return "followup/measures";
    }

    @GetMapping("/uppfoljning/matt/ny")
    String newMeasure(Model model, jakarta.servlet.http.HttpServletResponse response) {
        if (!access.allows(Permission.IMPORT_DATA, null)) {
            // a page, not an API error: say why the form is not there
            response.setStatus(403);
            model.addAttribute("forbidden", true);
        }
        return measureForm(new MeasureForm("", "", "", "", "", "", "", "", "", false), model);
    }

    @PostMapping("/uppfoljning/matt/ny")
    String createMeasure(@ModelAttribute MeasureForm form, Model model) {
        return forms.validate(() -> "redirect:/uppfoljning/matt/" + measures.create(form).id(), refusal -> {
            model.addAttribute("errors", refusal.errors());
            return measureForm(form, model);
        });
    }

    @GetMapping("/uppfoljning/matt/{id}")
    String measure(@PathVariable UUID id, @RequestParam(name = "kon", required = false) String kon,
            @RequestParam(name = "alla", required = false) String alla, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("showAll", alla != null && !alla.isBlank() && !alla.equals("0") && !alla.equalsIgnoreCase("false"));
        return show(measures.measure(id), kon, ValueForm.empty(), model, request, response);
    }

    @PostMapping("/uppfoljning/matt/{id}/varden")
    String enter(@PathVariable UUID id, @ModelAttribute ValueForm form, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        return forms.validate(() -> {
            IndicatorValue v = values.enter(new EnterValue(id, null, null, form.unit(), form.period(), form.gender(), form.value(),
                    form.count(), form.status(), form.source(), form.published(), form.preliminary(), null));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/uppfoljning/varden/" + v.id();
        }, refusal -> {
            model.addAttribute("errors", refusal.errors());
            return show(measures.measure(id), form.gender(), form, model, request, response);
        });
    }

    @GetMapping("/uppfoljning/varden/{id}")
    String value(@PathVariable UUID id, Model model) {
        IndicatorValue v = values.value(id);
        return showValue(v, ValueForm.of(v), model);
    }

    @PostMapping("/uppfoljning/varden/{id}")
    String revise(@PathVariable UUID id, @ModelAttribute ValueForm form, Model model, RedirectAttributes redirect) {
        IndicatorValue current = values.value(id);
        return forms.validateOrConflict(() -> {
            values.enter(new EnterValue(current.measureId(), id, form.version(), null, null, null, form.value(), form.count(),
                    form.status(), form.source(), form.published(), form.preliminary(), form.reason()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/uppfoljning/varden/" + id;
        }, refusal -> {
            if (!(refusal.current() instanceof IndicatorValue theirs)) {
                model.addAttribute("errors", refusal.errors());
                return showValue(current, form, model);
            }
            model.addAttribute("conflict", theirs);
            model.addAttribute("conflictMessage", refusal.message());
            return showValue(theirs, new ValueForm(theirs.version(), form.unit(), form.period(), form.gender(), form.value(), form.count(),
                    form.status(), form.source(), form.published(), form.preliminary(), form.reason()), model);
        });
    }

    private String measureForm(MeasureForm form, Model model) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", form.code());
        fields.put("koladaId", form.koladaId());
        fields.put("name", form.name());
        fields.put("shortName", form.shortName());
        fields.put("subject", form.subject());
        fields.put("denominator", form.denominator());
        fields.put("unit", form.unit());
        fields.put("source", form.source());
        model.addAttribute("fields", fields);
        model.addAttribute("form", form);
        return "followup/measure-new";
    }

    /** Off only in the test that compares the page read for the shown units with the page read whole. */
    static volatile boolean readShownUnitsOnly = true;

    private String show(Measure m, String kon, ValueForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        Gender gender = Gender.orTotal(kon);
        boolean showAll = Boolean.TRUE.equals(model.getAttribute("showAll"));
        model.addAttribute("measure", m);
        model.addAttribute("gender", gender);
        model.addAttribute("genders", m.genders());
        model.addAttribute("form", form);
        model.addAttribute("canEdit", access.allows(Permission.IMPORT_DATA, null));
        // (the test that reads every value to compare with reading the shown units must not be served the kept body)
        String kept = !readShownUnitsOnly ? null : bodies.body(m.id(), gender, showAll, RequestContextUtils.getLocale(request), request,
                response, () -> body(measures.measure(m.id()), gender, showAll));
        if (kept != null) {
            model.addAttribute("body", kept);
        } else {
            model.addAllAttributes(body(m, gender, showAll));
        }
        return "followup/measure";
    }

    /** What the page shows above the entry form ({@code followup/measure-body :: measureBody}): the same for every reader. */
    private Map<String, Object> body(Measure m, Gender gender, boolean showAllAsked) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("measure", m);
        model.put("gender", gender);
        model.put("genders", m.genders());
        // a nationwide series has 312 units: the region's own context first, everyone on request (?alla=1)
        java.util.LinkedHashSet<UUID> first = firstUnits();
        if (readShownUnitsOnly && !showAllAsked) {
            // the page shows only the first units, and the chart draws only some of them: read the values of those
            // (9 of 312 units × 10 years × 3 sexes), and of the rest only which units and periods have values
            IndicatorValues.Outline outline = values.outline(m.id());
            java.util.Set<UUID> ofGender = outline.units(gender);
            Unit home = organisation.homeRegion();
            boolean chartFromFirst = outline.units().contains(home.id())
                    || organisation.children(home.id()).stream().anyMatch(u -> outline.units().contains(u.id()));
            if (ofGender.size() > FIRST_ROWS && ofGender.stream().anyMatch(first::contains) && chartFromFirst) {
                List<IndicatorValue> shown = values.values(m.id(), first);
                ValueTable table = ValueTable.of(shown, gender, new ArrayList<>(first)).withPeriods(outline.periods(gender));
                model.put("showAll", false);
                model.put("canShowFirst", false);
                model.put("unitCount", ofGender.size());
                model.put("table", table.only(first, FIRST_ROWS));
                model.put("siblings", measures.siblings(m));
                model.put("revised", values.revisionCounts(m.id(), first));
                model.put("outline", outline);
                model.put("chart", charts.measureChart(m, shown, gender));
                return model;
            }
        }
        List<IndicatorValue> all = values.values(m.id());
        List<UUID> order = new ArrayList<>(first);
        organisation.units().forEach(u -> order.add(u.id()));
        ValueTable table = ValueTable.of(all, gender, order);
        boolean showAll = showAllAsked || table.rows().size() <= FIRST_ROWS;
        model.put("showAll", showAll);
        model.put("canShowFirst", showAll && table.rows().size() > FIRST_ROWS);
        model.put("unitCount", table.rows().size());
        model.put("table", showAll ? table : table.only(first, FIRST_ROWS));
        model.put("siblings", measures.siblings(m));
        model.put("revised", values.revisionCounts(m.id()));
        model.put("outline", IndicatorValues.Outline.of(all));
        model.put("chart", charts.measureChart(m, all, gender));
        return model;
    }

    private String showValue(IndicatorValue v, ValueForm form, Model model) {
        model.addAttribute("v", v);
        model.addAttribute("measure", measures.measure(v.measureId()));
        model.addAttribute("revisions", values.revisions(v.id()));
        model.addAttribute("form", form);
        model.addAttribute("canEdit", access.allows(Permission.IMPORT_DATA, null));
        model.addAttribute("history", auditTrail.history("indicator_value", v.id()));
        return "followup/value";
    }

    /** A table with more rows than this shows {@link #firstUnits()} only, until the reader asks for all. */
    static final int FIRST_ROWS = 40;

    /** Home region first, then its comparison group, riket and the county's municipalities: what a reader compares with. */
    private java.util.LinkedHashSet<UUID> firstUnits() {
        java.util.LinkedHashSet<UUID> order = new java.util.LinkedHashSet<>();
        Unit home = organisation.homeRegion();
        order.add(home.id());
        organisation.comparisonGroup(Charts.PEER_GROUP).ifPresent(g -> g.members().forEach(u -> order.add(u.id())));
        organisation.unitByCode("0000").ifPresent(u -> order.add(u.id()));
        organisation.children(home.id()).forEach(u -> order.add(u.id()));
        return order;
    }
}
