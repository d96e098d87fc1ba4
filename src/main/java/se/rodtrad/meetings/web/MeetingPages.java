package se.rodtrad.meetings.web;

import java.util.ArrayList;
import java.util.List;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.meetings.Agenda;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.AgendaItemDraft;
import se.rodtrad.meetings.ItemKind;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.MeetingSearch;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.Members;
import se.rodtrad.meetings.Minutes;
import se.rodtrad.meetings.NoticeBoard;
import se.rodtrad.meetings.NoticeMailer;
import se.rodtrad.meetings.Paper;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/** The secretary's meeting pages: a body's meetings, one meeting with its agenda, the item form, the notice, search. */
@Controller
class MeetingPages {

    private final Meetings meetings;
    private final Agenda agenda;
    private final Members members;
    private final Minutes minutes;
    private final NoticeMailer mailer;
    private final NoticeBoard board;
    private final MeetingSearch search;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AuditTrail audit;
    private final Messages messages;

    private final FormSubmission forms;

    MeetingPages(Meetings meetings, Agenda agenda, Members members, Minutes minutes, NoticeMailer mailer, NoticeBoard board, MeetingSearch search,
            Organisation organisation, AccessPolicy access, AuditTrail audit, Messages messages, FormSubmission forms) {
        this.forms = forms;
        this.meetings = meetings;
        this.agenda = agenda;
        this.members = members;
        this.minutes = minutes;
        this.mailer = mailer;
        this.board = board;
        this.search = search;
        this.organisation = organisation;
        this.access = access;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/sammantraden")
    String list(@RequestParam(name = "organ", required = false) String bodyCode, Model m) {
        access.require(Permission.READ_INTERNAL, null);
        Unit body = bodyCode == null || bodyCode.isBlank() ? null : organisation.unitByCode(bodyCode).orElse(null);
        m.addAttribute("body", body);
        m.addAttribute("bodies", organisation.bodies());
        m.addAttribute("meetings", meetings.meetings(body == null ? null : body.id()));
        m.addAttribute("today", board.today());
        m.addAttribute("canCreate", organisation.bodies().stream().anyMatch(b -> access.allows(Permission.PREPARE_MEETING, b.id())));
        return "meetings/meetings";
    }

    record MeetingForm(String bodyId, String date, String startsAt, String place, String adjustmentDeadline, String secretary, String chairMemberId,
            String adjuster1, String substitute1, String adjuster2, String substitute2, Integer version) {

        /** The meeting's date, time and deadline read as typed; a field that is none of them refuses the form, all at once. */
        Agenda.MeetingForm typed(UUID chair) {
            FormInput in = new FormInput();
            var day = in.date("date", date);
            var time = in.time("startsAt", startsAt);
            var deadline = in.date("adjustmentDeadline", adjustmentDeadline);
            in.check();
            return new Agenda.MeetingForm(day, time, place, deadline, secretary, chair);
        }
    }

    @GetMapping("/sammantraden/ny")
    String newMeeting(@RequestParam(name = "organ", required = false) String bodyCode, Model m) {
        List<Unit> bodies = organisation.bodies().stream().filter(b -> access.allows(Permission.PREPARE_MEETING, b.id())).toList();
        if (bodies.isEmpty()) {
            throw new AccessDeniedException("PREPARE_MEETING");
        }
        if (!m.containsAttribute("form")) {
            Unit body = bodyCode == null ? null : organisation.unitByCode(bodyCode).orElse(null);
            m.addAttribute("form", new MeetingForm(body == null ? null : body.id().toString(), null, "13:00", null, null, null, null, null, null, null,
                    null, null));
        }
        m.addAttribute("bodies", bodies);
        m.addAttribute("errors", m.getAttribute("errors") == null ? Map.of() : m.getAttribute("errors"));
        return "meetings/meeting-new";
    }

    @PostMapping("/sammantraden/ny")
    String create(@ModelAttribute("form") MeetingForm form, Model m) {
        return forms.validate(() -> {
            Meeting created = agenda.createMeeting(FormInput.uuidOrNull(form.bodyId()), form.typed(null));
            return "redirect:/sammantraden/" + created.id();
        }, refusal -> {
            m.addAttribute("errors", refusal.errors());
            return newMeeting(null, m);
        });
    }

    @GetMapping("/sammantraden/{id}")
    String meeting(@PathVariable UUID id, Model m) {
        access.require(Permission.READ_INTERNAL, null);
        MeetingDetails d = meetings.details(id);
        m.addAttribute("d", d);
        m.addAttribute("meeting", d.meeting());
        m.addAttribute("today", board.today());
        boolean prepare = meetings.actions(d.meeting()).mayPrepare();
        m.addAttribute("canPrepare", prepare);
        m.addAttribute("signer", minutes.signerFor(id).orElse(null));
        m.addAttribute("mailConfigured", mailer.noticeActions().mayMail());
        m.addAttribute("mails", prepare ? meetings.mails(id) : List.of());
        m.addAttribute("dispatches", meetings.dispatches(id));
        m.addAttribute("history", audit.history("meeting", id, 30));
        return "meetings/meeting";
    }

    @GetMapping("/sammantraden/{id}/redigera")
    String editMeeting(@PathVariable UUID id, Model m) {
        MeetingDetails d = meetings.details(id);
        meetings.requirePrepare(d.meeting().bodyId());
        Meeting mt = d.meeting();
        if (!m.containsAttribute("form")) {
            var a = d.adjusters();
            m.addAttribute("form", new MeetingForm(mt.bodyId().toString(), mt.date().toString(), mt.startsAt() == null ? null : mt.startsAt().toString(),
                    mt.place(), mt.adjustmentDeadline() == null ? null : mt.adjustmentDeadline().toString(), mt.secretary(),
                    d.chair() == null ? null : d.chair().id().toString(),
                    a.size() > 0 ? a.get(0).memberId().toString() : null, a.size() > 0 && a.get(0).substituteMemberId() != null ? a.get(0).substituteMemberId().toString() : null,
                    a.size() > 1 ? a.get(1).memberId().toString() : null, a.size() > 1 && a.get(1).substituteMemberId() != null ? a.get(1).substituteMemberId().toString() : null,
                    mt.version()));
        }
        m.addAttribute("meeting", mt);
        m.addAttribute("members", d.ordinaryMembers());
        m.addAttribute("errors", m.getAttribute("errors") == null ? Map.of() : m.getAttribute("errors"));
        return "meetings/meeting-edit";
    }

    @PostMapping("/sammantraden/{id}/redigera")
    String updateMeeting(@PathVariable UUID id, @ModelAttribute("form") MeetingForm form, Model m) {
        return forms.submit(() -> {
            agenda.updateMeeting(id, form.version() == null ? -1 : form.version(), form.typed(FormInput.uuidOrNull(form.chairMemberId())));
            List<UUID[]> adjusters = new ArrayList<>();
            adjusters.add(new UUID[] {FormInput.uuidOrNull(form.adjuster1()), FormInput.uuidOrNull(form.substitute1())});
            adjusters.add(new UUID[] {FormInput.uuidOrNull(form.adjuster2()), FormInput.uuidOrNull(form.substitute2())});
            agenda.setAdjusters(id, adjusters);
            return "redirect:/sammantraden/" + id;
        }, refusal -> {
            // a conflict is told at the date; the form takes the other person's version so saving again overwrites knowingly
            m.addAttribute("errors", refusal.errorsAt("date"));
            if (refusal.current() instanceof Meeting theirs) {
                m.addAttribute("form", new MeetingForm(form.bodyId(), form.date(), form.startsAt(), form.place(), form.adjustmentDeadline(),
                        form.secretary(), form.chairMemberId(), form.adjuster1(), form.substitute1(), form.adjuster2(), form.substitute2(),
                        theirs.version()));
            }
            return editMeeting(id, m);
        });
    }

    /** The item form as typed: the clauses one per paragraph, the other lists one per line. */
    record ItemForm(String kind, Boolean procedural, String title, String caseNumber, String presenters, String proposedClauses, String summary,
            String description, String consequences, String economicConsequences, String informationPoints, String distribution, Integer version) {

        static ItemForm of(AgendaItem i) {
            return new ItemForm(i.kind().name(), i.procedural(), i.title(), i.caseNumber(), i.presenters(), Forms.joinParagraphs(i.proposedClauses()),
                    i.summary(), i.description(), i.consequences(), i.economicConsequences(), String.join("\n", i.informationPoints()),
                    String.join("\n", i.distribution()), i.version());
        }

        AgendaItemDraft draft() {
            ItemKind k = "INFORMATION".equals(kind) ? ItemKind.INFORMATION : ItemKind.DECISION;
            return new AgendaItemDraft(k, procedural, title, caseNumber, presenters, Forms.paragraphs(proposedClauses), summary, description,
                    consequences, economicConsequences, Forms.lines(informationPoints), Forms.lines(distribution), List.of());
        }
    }

    @GetMapping("/sammantraden/{id}/punkter/ny")
    String newItem(@PathVariable UUID id, Model m) {
        Meeting mt = meetings.meeting(id);
        meetings.requirePrepare(mt.bodyId());
        if (!m.containsAttribute("form")) {
            m.addAttribute("form", new ItemForm("DECISION", false, null, null, null, null, null, null, null, null, null, null, null));
        }
        m.addAttribute("meeting", mt);
        m.addAttribute("item", null);
        m.addAttribute("errors", m.getAttribute("errors") == null ? Map.of() : m.getAttribute("errors"));
        return "meetings/item-edit";
    }

    @PostMapping("/sammantraden/{id}/punkter/ny")
    String addItem(@PathVariable UUID id, @ModelAttribute("form") ItemForm form, Model m) {
        return forms.validate(() -> {
            AgendaItem item = agenda.addItem(id, form.draft());
            return "redirect:/sammantraden/" + id + "#punkt-" + item.number();
        }, refusal -> {
            m.addAttribute("errors", refusal.errors());
            return newItem(id, m);
        });
    }

    @GetMapping("/sammantraden/{id}/punkter/{itemId}")
    String editItem(@PathVariable UUID id, @PathVariable UUID itemId, Model m) {
        AgendaItem item = meetings.item(itemId);
        Meeting mt = meetings.meeting(item.meetingId());
        meetings.requirePrepare(mt.bodyId());
        if (!m.containsAttribute("form")) {
            m.addAttribute("form", ItemForm.of(item));
        }
        m.addAttribute("meeting", mt);
        m.addAttribute("item", item);
        m.addAttribute("errors", m.getAttribute("errors") == null ? Map.of() : m.getAttribute("errors"));
        return "meetings/item-edit";
    }

    @PostMapping("/sammantraden/{id}/punkter/{itemId}")
    String updateItem(@PathVariable UUID id, @PathVariable UUID itemId, @ModelAttribute("form") ItemForm form, Model m) {
        return forms.submit(() -> {
            AgendaItem item = agenda.updateItem(itemId, form.version() == null ? -1 : form.version(), form.draft());
            return "redirect:/sammantraden/" + id + "#punkt-" + item.number();
        }, refusal -> {
            m.addAttribute("errors", refusal.errorsAt("conflict"));
            if (refusal.current() instanceof AgendaItem theirs) {
                // the other secretary's save is shown beside what this one typed, which stays in the form; saving again overwrites knowingly
                m.addAttribute("theirs", theirs);
                m.addAttribute("form", new ItemForm(form.kind(), form.procedural(), form.title(), form.caseNumber(), form.presenters(),
                        form.proposedClauses(), form.summary(), form.description(), form.consequences(), form.economicConsequences(),
                        form.informationPoints(), form.distribution(), theirs.version()));
            }
            return editItem(id, itemId, m);
        });
    }

    @PostMapping("/sammantraden/{id}/punkter/{itemId}/flytta")
    String move(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(defaultValue = "1") int steg) {
        agenda.moveItem(itemId, steg);
        return "redirect:/sammantraden/" + id + "#dagordning";
    }

    @PostMapping("/sammantraden/{id}/punkter/{itemId}/ta-bort")
    String remove(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        forms.run(() -> agenda.removeItem(itemId, version == null ? -1 : version), refusal -> redirect.addFlashAttribute("error", refusal.message()));
        return "redirect:/sammantraden/" + id + "#dagordning";
    }

    @PostMapping("/sammantraden/{id}/punkter/{itemId}/underlag")
    String addPaper(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String title,
            @RequestParam(required = false) String href, @RequestParam(required = false) String documentId, RedirectAttributes redirect) {
        return forms.submit(() -> {
            AgendaItem item = agenda.addPaper(itemId, new Paper(null, 0, title, null, FormInput.uuidOrNull(documentId), href));
            return "redirect:/sammantraden/" + id + "/punkter/" + item.id() + "#underlag";
        }, refusal -> {
            redirect.addFlashAttribute("paperError", refusal.message());
            return "redirect:/sammantraden/" + id + "/punkter/" + itemId + "#underlag";
        });
    }

    @PostMapping("/sammantraden/{id}/underlag/{paperId}/ta-bort")
    String removePaper(@PathVariable UUID id, @PathVariable UUID paperId) {
        AgendaItem item = agenda.removePaper(paperId);
        return "redirect:/sammantraden/" + id + "/punkter/" + item.id() + "#underlag";
    }

    @PostMapping("/sammantraden/{id}/publicera")
    String publish(@PathVariable UUID id, RedirectAttributes redirect) {
        forms.run(() -> {
            agenda.publishAgenda(id);
            redirect.addFlashAttribute("done", messages.get("meeting.published"));
        }, refusal -> redirect.addFlashAttribute("error", refusal.message()));
        return "redirect:/sammantraden/" + id;
    }

    @PostMapping("/sammantraden/{id}/kallelse/skicka")
    String sendNotice(@PathVariable UUID id, RedirectAttributes redirect) {
        forms.run(() -> {
            NoticeMailer.Outcome o = mailer.sendNotice(id);
            redirect.addFlashAttribute("done", messages.get("meeting.noticeSent", o.sent(), o.noAddress(), o.failed()));
        }, refusal -> redirect.addFlashAttribute("error", refusal.message()));
        return "redirect:/sammantraden/" + id + "#kallelse";
    }

    @PostMapping("/sammantraden/{id}/justera")
    String sign(@PathVariable UUID id, RedirectAttributes redirect) {
        forms.run(() -> {
            MeetingDetails d = minutes.sign(id);
            redirect.addFlashAttribute("done", messages.get(d.meeting().signedMessageKey()));
        }, refusal -> redirect.addFlashAttribute("error", refusal.message()));
        return "redirect:/sammantraden/" + id + "#justering";
    }

    /** The § a plan or another page links to: the meeting page at that paragraph. */
    @GetMapping("/sammantraden/beslut/{decisionId}")
    String decision(@PathVariable UUID decisionId) {
        var d = meetings.decision(decisionId).orElseThrow(() -> new se.rodtrad.shared.domain.NotFoundException("beslut", decisionId));
        return "redirect:/sammantraden/" + d.meetingId() + "#paragraf-" + d.paragraph();
    }

    @GetMapping("/sammantraden/sok")
    String search(@RequestParam(name = "q", required = false) String q, Model m) {
        access.require(Permission.READ_INTERNAL, null);
        m.addAttribute("q", q);
        m.addAttribute("hits", search.search(q));
        return "meetings/search";
    }
}
