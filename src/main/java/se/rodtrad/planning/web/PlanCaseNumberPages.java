package se.rodtrad.planning.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.shared.web.FormSubmission;

/** The plan's case number (diarienummer) on the plan page: the link to the meeting that decides it. */
@Controller
class PlanCaseNumberPages {

    private final PlanEditing editing;

    private final FormSubmission forms;

    PlanCaseNumberPages(PlanEditing editing, FormSubmission forms) {
        this.forms = forms;
        this.editing = editing;
    }

    @PostMapping("/planer/{id}/diarienummer")
    String caseNumber(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "caseNumber", required = false) String caseNumber, RedirectAttributes redirect) {
        forms.validateOrConflict(() -> {
            editing.fileUnderCase(id, version == null ? -1 : version, caseNumber);
            return redirect.addFlashAttribute("statusChanged", true);
        }, refusal -> redirect.addFlashAttribute("caseNumberError", refusal.message()));
        return "redirect:/planer/" + id;
    }
}
