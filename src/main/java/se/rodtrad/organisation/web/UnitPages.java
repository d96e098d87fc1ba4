package se.rodtrad.organisation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UpdateUnit;
import se.rodtrad.shared.web.FormSubmission;

/** Browse the organisation and edit a unit; every unit page shows its history. */
@Controller
class UnitPages {

    /** The edit form as typed, so nothing is lost when a save is refused. */
    record UnitForm(Integer version, String name, String shortName) {
    }

    private final Organisation organisation;
    private final AccessPolicy access;
    private final AuditTrail auditTrail;

    private final FormSubmission forms;

    UnitPages(Organisation organisation, AccessPolicy access, AuditTrail auditTrail, FormSubmission forms) {
        this.forms = forms;
        this.organisation = organisation;
        this.access = access;
        this.auditTrail = auditTrail;
    }

    @GetMapping("/organisation")
    String overview(Model model) {
        Unit region = organisation.homeRegion();
        List<Unit> all = organisation.units();
        Map<UUID, List<Unit>> children = new LinkedHashMap<>();
        for (Unit u : all) {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new java.util.ArrayList<>()).add(u);
            }
        }
        model.addAttribute("region", region);
        model.addAttribute("children", children);
        model.addAttribute("nation", organisation.nation().orElse(null));
        model.addAttribute("otherRegions", organisation.otherRegions());
        model.addAttribute("groups", organisation.comparisonGroups());
        return "organisation/overview";
    }

    @GetMapping("/organisation/enheter/{id}")
    String unit(@PathVariable UUID id, Model model) {
        Unit unit = organisation.unit(id);
        return show(unit, new UnitForm(unit.version(), unit.name(), unit.shortName()), model);
    }

    @PostMapping("/organisation/enheter/{id}")
    String save(@PathVariable UUID id, @ModelAttribute UnitForm form, Model model, RedirectAttributes redirect) {
        return forms.validateOrConflict(() -> {
            organisation.updateUnit(new UpdateUnit(id, form.version() == null ? -1 : form.version(), form.name(), form.shortName()));
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisation/enheter/" + id;
        }, refusal -> {
            if (!(refusal.current() instanceof Unit theirs)) {
                model.addAttribute("errors", refusal.errors());
                return show(organisation.unit(id), form, model);
            }
            model.addAttribute("conflict", theirs);
            model.addAttribute("conflictMessage", refusal.message());
            // The user's text stays in the form; saving again is a deliberate choice over the other version.
            return show(theirs, new UnitForm(theirs.version(), form.name(), form.shortName()), model);
        });
    }

    private String show(Unit unit, UnitForm form, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        model.addAttribute("ancestors", organisation.ancestors(unit.id()));
        model.addAttribute("children", organisation.children(unit.id()));
        model.addAttribute("canEdit", access.allows(Permission.EDIT_ORGANISATION, unit.id()));
        model.addAttribute("history", auditTrail.history("org_unit", unit.id()));
        return "organisation/unit";
    }

    @GetMapping("/organisation/jamforelsegrupper")
    String groups(Model model) {
        model.addAttribute("groups", organisation.comparisonGroups());
        return "organisation/groups";
    }

    @ResponseStatus(HttpStatus.OK)
    @GetMapping("/organisation/enheter")
    String redirectToOverview() {
        return "redirect:/organisation";
    }
}
