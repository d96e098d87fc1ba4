package se.rodtrad.organisation.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.organisation.LoginThrottle;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/** "Inloggningar": the names and addresses the throttle slows now, the latest failed logins, and lifting a throttle (administrators). */
@Controller
class LoginPages {

    private final LoginThrottle throttle;
    private final Messages messages;

    private final FormSubmission forms;

    LoginPages(LoginThrottle throttle, Messages messages, FormSubmission forms) {
        this.forms = forms;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping("/organisation/inloggningar")
    String page(Model model) {
        model.addAttribute("throttles", throttle.current());
        model.addAttribute("attempts", throttle.recent(100));
        return "organisation/logins";
    }

    @PostMapping("/organisation/inloggningar/hav")
    String lift(@RequestParam(required = false) String username, @RequestParam(required = false) String source,
            RedirectAttributes redirect) {
        forms.validate(() -> {
            throttle.lift(username, source);
            return redirect.addFlashAttribute("lifted", messages.get("organisation.logins.lifted",
                    username == null || username.isBlank() ? "*" : username, source == null || source.isBlank() ? "*" : source));
        }, refusal -> redirect.addFlashAttribute("liftError", refusal.message()));
        return "redirect:/organisation/inloggningar";
    }
}
