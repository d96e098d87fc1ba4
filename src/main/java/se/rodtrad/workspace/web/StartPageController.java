package se.rodtrad.workspace.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;

@Controller
class StartPageController {

    private final Organisation organisation;
    private final AuditTrail auditTrail;
    private final AccessPolicy access;

    StartPageController(Organisation organisation, AuditTrail auditTrail, AccessPolicy access) {
        this.organisation = organisation;
        this.auditTrail = auditTrail;
        this.access = access;
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("user", access.currentUser());
        model.addAttribute("region", organisation.homeRegion());
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("recentChanges", auditTrail.recent(10));
        return "start";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
