package se.rodtrad.planning.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.web.Messages;

/** The plan's case number (diarienummer) on the plan page: the link to the meeting that decides it. */
@Controller
class PlanCaseNumberPages {

    private final PlanEditing editing;
    private final Messages messages;

    PlanCaseNumberPages(PlanEditing editing, Messages messages) {
        this.editing = editing;
        this.messages = messages;
    }

    @PostMapping("/planer/{id}/diarienummer")
    String caseNumber(@PathVariable UUID id, @RequestParam(name = "version", required = false) Integer version,
            @RequestParam(name = "caseNumber", required = false) String caseNumber, RedirectAttributes redirect) {
        try {
            editing.fileUnderCase(id, version == null ? -1 : version, caseNumber);
            redirect.addFlashAttribute("statusChanged", true);
        } catch (ValidationException e) {
            redirect.addFlashAttribute("caseNumberError", messages.of(e.errors().get(0)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("caseNumberError", messages.of(e));
        }
        return "redirect:/planer/" + id;
    }
}
