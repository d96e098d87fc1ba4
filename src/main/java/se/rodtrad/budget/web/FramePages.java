package se.rodtrad.budget.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.budget.AllocationModel;
import se.rodtrad.budget.Amount;
import se.rodtrad.budget.Budgets;
import se.rodtrad.budget.Frame;
import se.rodtrad.budget.Frames;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;

/**
 * The frame page: the net frame and how it was reached (uprating and its split, reductions and additions with
 * reasons), the allocation model's parameters, the areas' inputs and each area's new frame with every step.
 */
@Controller
class FramePages {

    private final Frames frames;
    private final Budgets budgets;
    private final FindingTexts texts;

    private final FormSubmission forms;

    FramePages(Frames frames, Budgets budgets, FindingTexts texts, FormSubmission forms) {
        this.forms = forms;
        this.frames = frames;
        this.budgets = budgets;
        this.texts = texts;
    }

    /** A step as a sentence, with the amount it adds (formatted), for the template. */
    record StepView(String text, String amount) {
    }

    record AreaView(AllocationModel.AreaResult result, List<StepView> steps, String fte, String projectHours, String previousFrame) {
    }

    @GetMapping("/budget/{planId}/ramanslag")
    String frame(@PathVariable UUID planId, Model model) {
        return show(planId, null, model);
    }

    private String show(UUID planId, Map<UUID, String[]> typed, Model model) {
        PlanSummary plan = budgets.budget(planId).plan();
        Frame frame = frames.frame(planId).orElseThrow(() -> new NotFoundException("ramanslag", planId));
        AllocationModel.Result result = new AllocationModel().calculate(frame);
        Locale locale = LocaleContextHolder.getLocale();
        List<AreaView> areas = new ArrayList<>();
        for (AllocationModel.AreaResult r : result.areas()) {
            String[] t = typed == null ? null : typed.get(r.input().areaId());
            areas.add(new AreaView(r, steps(r.steps(), locale),
                    t != null ? t[0] : plain(r.input().fte()), t != null ? t[1] : plain(r.input().projectHours()),
                    t != null ? t[2] : plain(r.input().previousFrameKr())));
        }
        model.addAttribute("plan", plan);
        model.addAttribute("frame", frame);
        model.addAttribute("result", result);
        model.addAttribute("areas", areas);
        model.addAttribute("reconciliation", steps(result.reconciliation().steps(), locale));
        model.addAttribute("exampleData", frame.areas().stream().anyMatch(Frame.AreaInput::exampleData));
        boolean mayEdit = frames.actions(plan).mayEdit();
        model.addAttribute("canEdit", mayEdit);
        model.addAttribute("areaChoices", mayEdit ? frames.areaChoices(planId) : List.of());
        model.addAttribute("fmt", new Format(locale));
        return "budget/frame";
    }

    private List<StepView> steps(List<AllocationModel.Step> steps, Locale locale) {
        return steps.stream().map(s -> new StepView(texts.text(s.messageKey(), s.arguments(), locale),
                s.amountKr() == null ? null : Amount.of(s.amountKr(), 0, "kr").format(locale))).toList();
    }

    /** Amounts for the template: kronor, mnkr with one decimal, FTEs, percent — in the reader's language. */
    record Format(Locale locale) {

        public String kr(BigDecimal v) {
            return v == null ? "–" : Amount.of(v, 0, "kr").format(locale);
        }

        public String mnkr(BigDecimal kr) {
            return kr == null ? "–" : Amount.of(kr.divide(BigDecimal.valueOf(1_000_000), 4, RoundingMode.HALF_UP), 1, "mnkr").format(locale);
        }

        public String num(BigDecimal v, int decimals) {
            return v == null ? "–" : Amount.of(v, decimals, null).format(locale);
        }

        public String percent(BigDecimal v) {
            return v == null ? "–" : Amount.of(v, Math.max(0, v.stripTrailingZeros().scale()), "%").format(locale);
        }
    }

    private static String plain(BigDecimal v) {
        if (v == null) {
            return "";
        }
        BigDecimal s = v.stripTrailingZeros();
        return se.rodtrad.budget.PrintedNumber.print(s, Math.max(0, s.scale()));
    }

    @PostMapping("/budget/{planId}/ramanslag/omraden")
    String saveAreas(@PathVariable UUID planId, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Frame frame = frames.frame(planId).orElseThrow(() -> new NotFoundException("ramanslag", planId));
        List<Frames.AreaEntry> entries = new ArrayList<>();
        Map<UUID, String[]> typed = new LinkedHashMap<>();
        for (Frame.AreaInput a : frame.areas()) {
            String fte = request.getParameter("area-" + a.areaId() + "-fte");
            String hours = request.getParameter("area-" + a.areaId() + "-hours");
            String previous = request.getParameter("area-" + a.areaId() + "-previous");
            if (fte == null && hours == null && previous == null) {
                continue;
            }
            entries.add(new Frames.AreaEntry(a.areaId(), fte, hours, previous));
            typed.put(a.areaId(), new String[] {fte, hours, previous});
        }
        int version = version(request.getParameter("version"));
        return forms.validateOrConflict(() -> {
            frames.saveAreas(planId, version, entries);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/budget/" + planId + "/ramanslag#fordelning";
        }, refusal -> refused(refusal, model, () -> show(planId, typed, model)));
    }

    @PostMapping("/budget/{planId}/ramanslag/omraden/nytt")
    String addArea(@PathVariable UUID planId, @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = "areaId", required = false) UUID areaId, Model model, RedirectAttributes redirect) {
        return forms.validateOrConflict(() -> {
            frames.addArea(planId, version(version), areaId);
            return "redirect:/budget/" + planId + "/ramanslag#fordelning";
        }, refusal -> refused(refusal, model, () -> show(planId, null, model)));
    }

    @PostMapping("/budget/{planId}/ramanslag/forandringar")
    String addChange(@PathVariable UUID planId, @RequestParam(name = "version", required = false) String version,
            @RequestParam(name = "amount", required = false) String amount, @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(name = "areaId", required = false) UUID areaId, Model model, RedirectAttributes redirect) {
        return forms.validateOrConflict(() -> {
            frames.addChange(planId, version(version), amount, reason, areaId);
            redirect.addFlashAttribute("changeSaved", true);
            return "redirect:/budget/" + planId + "/ramanslag#forandringar";
        }, refusal -> {
            model.addAttribute("changeForm", new String[] {amount, reason, areaId == null ? "" : areaId.toString()});
            return refused(refusal, model, () -> show(planId, null, model));
        });
    }

    /** Field errors beside their fields; a conflict above the page, with what was typed kept. */
    private static String refused(se.rodtrad.shared.web.Refusal refusal, Model model, java.util.function.Supplier<String> page) {
        model.addAttribute(refusal.conflict() ? "conflictMessage" : "errors", refusal.conflict() ? refusal.message() : refusal.errors());
        return page.get();
    }

    /** The version the form was read at; one missing or no number is a stale one, refused by the use case. */
    private static int version(String v) {
        Integer version = FormInput.intOrNull(v);
        return version == null ? -1 : version;
    }
}
