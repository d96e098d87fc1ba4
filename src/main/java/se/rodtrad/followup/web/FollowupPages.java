package se.rodtrad.followup.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.rodtrad.followup.measures.Measures;

/** The follow-up section's entry page: what can be followed up and where. */
@Controller
class FollowupPages {

    private final Measures measures;

    FollowupPages(Measures measures) {
        this.measures = measures;
    }

    @GetMapping("/uppfoljning")
    String overview(Model model) {
        model.addAttribute("measureCount", measures.all().size());
        return "followup/overview";
    }
}
