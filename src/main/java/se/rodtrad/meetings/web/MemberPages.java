package se.rodtrad.meetings.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.rodtrad.meetings.Member;
import se.rodtrad.meetings.Members;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;

/** A body's members and substitutes, with party, term and position; added and changed by those who prepare its meetings. */
@Controller
class MemberPages {

    private final Members members;
    private final Organisation organisation;
    private final AccessPolicy access;

    private final FormSubmission forms;

    MemberPages(Members members, Organisation organisation, AccessPolicy access, FormSubmission forms) {
        this.forms = forms;
        this.members = members;
        this.organisation = organisation;
        this.access = access;
    }

    record Form(String memberId, Integer version, String name, String party, String role, String position, String termFrom, String termTo,
            String email, String username) {
    }

    @GetMapping("/sammantraden/ledamoter")
    String list(@RequestParam(name = "organ", defaultValue = "RTN") String bodyCode, Model m) {
        access.require(Permission.READ_INTERNAL, null);
        Unit body = organisation.unitByCode(bodyCode).orElseThrow(() -> new NotFoundException("organ", bodyCode));
        m.addAttribute("body", body);
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("members", members.forBody(body.id()));
        m.addAttribute("canEdit", access.allows(Permission.PREPARE_MEETING, body.id()));
        if (!m.containsAttribute("form")) {
            m.addAttribute("form", new Form(null, null, null, null, "MEMBER", null, null, null, null, null));
        }
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "meetings/members";
    }

    @PostMapping("/sammantraden/ledamoter/{bodyCode}")
    String save(@PathVariable String bodyCode, @ModelAttribute("form") Form form, Model m) {
        Unit body = organisation.unitByCode(bodyCode).orElseThrow(() -> new NotFoundException("organ", bodyCode));
        if (!access.allows(Permission.PREPARE_MEETING, body.id())) {
            throw new AccessDeniedException("PREPARE_MEETING");
        }
        return forms.submit(() -> {
            FormInput in = new FormInput();
            var from = in.date("termFrom", form.termFrom());
            var to = in.date("termTo", form.termTo());
            in.check();
            var f = new Members.MemberForm(form.name(), form.party(), form.role(), form.position(), from, to, form.email(), form.username());
            UUID id = FormInput.uuidOrNull(form.memberId());
            Member saved = id == null ? members.add(body.id(), f) : members.update(id, form.version() == null ? -1 : form.version(), f);
            return "redirect:/sammantraden/ledamoter?organ=" + bodyCode + "#ledamot-" + saved.id();
        }, refusal -> {
            m.addAttribute("errors", refusal.errorsAt("name"));
            return list(bodyCode, m);
        });
    }
}
