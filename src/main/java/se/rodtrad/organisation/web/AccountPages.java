package se.rodtrad.organisation.web;

import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.ApiTokens;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.shared.web.FormSubmission;

/** "Mitt konto": who I am, what I may do where, and my API keys. */
@Controller
class AccountPages {

    private final AccessPolicy access;
    private final ApiTokens tokens;
    private final Organisation organisation;

    private final FormSubmission forms;

    AccountPages(AccessPolicy access, ApiTokens tokens, Organisation organisation, FormSubmission forms) {
        this.forms = forms;
        this.access = access;
        this.tokens = tokens;
        this.organisation = organisation;
    }

    @GetMapping("/konto")
    String account(Model model) {
        var user = access.currentUser();
        model.addAttribute("user", user);
        model.addAttribute("scopes", user.scopeUnitIds().stream().map(organisation::unit).toList());
        model.addAttribute("tokens", tokens.mine());
        return "organisation/account";
    }

    @PostMapping("/konto/api-nycklar")
    String createToken(@RequestParam(required = false) String name, RedirectAttributes redirect) {
        forms.validate(() -> redirect.addFlashAttribute("newToken", tokens.create(name)),
                refusal -> redirect.addFlashAttribute("tokenError", refusal.message()));
        return "redirect:/konto";
    }

    @PostMapping("/konto/api-nycklar/{id}/aterkalla")
    String revoke(@PathVariable UUID id) {
        tokens.revoke(id);
        return "redirect:/konto";
    }
}
