package se.rodtrad.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.rodtrad.audit.AuditTrail;

/** "Historik" for any object, by the type and id the trail records. */
@Controller
class HistoryPages {

    private final AuditTrail trail;

    HistoryPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/historik/{type}/{id}")
    String history(@PathVariable String type, @PathVariable String id, Model model) {
        model.addAttribute("objectType", type);
        model.addAttribute("objectId", id);
        model.addAttribute("history", trail.history(type, id));
        return "audit/history";
    }

    @GetMapping("/historik")
    String recent(Model model) {
        model.addAttribute("history", trail.recent(100));
        return "audit/recent";
    }
}
