package se.rodtrad.followup.reports.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.followup.reports.AnnualReports;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.reports.AssignmentStatus;
import se.rodtrad.shared.web.FormSubmission;

/**
 * The region-wide annual report as a page: choose the region or municipality and the year; the overview across
 * the bodies, then each body's verksamhetsberättelse in short with a link to the report itself.
 */
@Controller
class AnnualReportPages {

    private final AnnualReports annual;
    private final FormSubmission forms;

    AnnualReportPages(AnnualReports annual, FormSubmission forms) {
        this.annual = annual;
        this.forms = forms;
    }

    @GetMapping("/uppfoljning/rapporter/arsredovisning")
    String view(@RequestParam(name = "organisation", required = false) UUID organisation, @RequestParam(name = "ar", required = false) Integer year,
            Model model) {
        List<AnnualReports.Choice> choices = annual.choices();
        model.addAttribute("choices", choices);
        model.addAttribute("goalStatuses", AssessmentStatus.values());
        model.addAttribute("assignmentStatuses", AssignmentStatus.values());
        if (choices.isEmpty() && organisation == null) {
            return "followup/annual-report";
        }
        UUID org = organisation != null ? organisation : choices.get(0).organisationId();
        List<Integer> years = choices.stream().filter(c -> c.organisationId().equals(org)).findFirst().map(AnnualReports.Choice::years)
                .orElse(List.of());
        Integer chosen = year != null ? year : years.isEmpty() ? null : years.get(0);
        model.addAttribute("organisation", org);
        model.addAttribute("years", years);
        model.addAttribute("year", chosen);
        if (chosen != null) {
            // a year out of range typed into the address: the page with the sentence instead of the report
            forms.validate(() -> model.addAttribute("report", annual.report(org, chosen)),
                    refusal -> model.addAttribute("errors", refusal.sentences()));
        }
        return "followup/annual-report";
    }
}
