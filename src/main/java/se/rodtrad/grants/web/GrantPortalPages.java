package se.rodtrad.grants.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import se.rodtrad.grants.GrantRegister;
import se.rodtrad.shared.web.OpenData;
import se.rodtrad.shared.web.OpenData.PublishedPage;
import org.springframework.web.bind.annotation.RequestParam;

/** The public portal's decided grants: page and open data, no sign-in. */
@Controller
@Tag(name = "Öppna data")
class GrantPortalPages {

    /** A decided grant in the open data; {@code recipient} and {@code reference} null for a sole trader. */
    record PublicGrantJson(String body, String supportType, String recipient, String reference, String municipality, BigDecimal amount,
            LocalDate decidedOn) {
    }

    private final GrantRegister register;

    GrantPortalPages(GrantRegister register) {
        this.register = register;
    }

    /** Grants on one page of the portal's register. */
    static final int PAGE_SIZE = 100;

    @GetMapping("/portal/bidrag")
    String page(@RequestParam(name = "sida", defaultValue = "1") int page, Model model) {
        GrantRegister.PublishedPage found = register.published(page - 1, PAGE_SIZE);
        model.addAttribute("grants", found.grants());
        model.addAttribute("found", found);
        return "grants/portal";
    }

    @GetMapping("/api/v1/public/grants")
    @ResponseBody
    @Operation(summary = "Beviljade bidrag (allmänna handlingar); för enskild näringsidkare visas inte namn eller diarienummer",
            description = "En sida i taget, senaste beslut först (page från 0, size högst 1000, 100 om inget anges; nästa sida i paging.next). Belopp i kronor. Företagsnamn och belopp är allmänna handlingar; en enskild firma är en person, så där visas bara stödform, kommun och belopp.")
    ResponseEntity<PublishedPage<List<PublicGrantJson>>> json(@RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "" + GrantRegister.PUBLIC_PAGE_SIZE) int size) {
        GrantRegister.PublishedPage found = register.published(page, size);
        return OpenData.page(found.grants().stream().map(g -> new PublicGrantJson(g.body(), g.supportType(), g.recipient(), g.reference(),
                g.municipality(), BigDecimal.valueOf(g.amount()).movePointLeft(2), g.decidedOn())).toList(),
                OpenData.Paging.of("/api/v1/public/grants", java.util.Map.of(), found.page(), found.size(), found.total()));
    }
}
