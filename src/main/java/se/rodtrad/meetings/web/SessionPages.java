package se.rodtrad.meetings.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.DecisionOutcome;
import se.rodtrad.meetings.Dispatches;
import se.rodtrad.meetings.ItemDecision;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.MeetingParticipation.Attendance;
import se.rodtrad.meetings.MeetingSession;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.Member;
import se.rodtrad.meetings.RecordDecision;
import se.rodtrad.shared.web.FormInput;
import se.rodtrad.shared.web.FormSubmission;
import se.rodtrad.shared.web.Messages;

/**
 * Holding the meeting: attendance (present, serving for), jäv per item, each item's decision with vote and reservations,
 * closing the meeting, and dispatching the decisions once the minutes are adjusted. Forms name their fields by member
 * ({@code present-<id>}, {@code vote-<id>}, {@code reservation-<id>}), so the page reads as a list of people.
 */
@Controller
class SessionPages {

    private final Meetings meetings;
    private final MeetingSession session;
    private final Dispatches dispatches;
    private final Messages messages;
    private final FormSubmission forms;

    SessionPages(Meetings meetings, MeetingSession session, Dispatches dispatches, Messages messages, FormSubmission forms) {
        this.forms = forms;
        this.meetings = meetings;
        this.session = session;
        this.dispatches = dispatches;
        this.messages = messages;
    }

    private MeetingDetails preparable(UUID id) {
        MeetingDetails d = meetings.details(id);
        meetings.requirePrepare(d.meeting().bodyId());
        return d;
    }

    @GetMapping("/sammantraden/{id}/narvaro")
    String attendance(@PathVariable UUID id, Model m) {
        MeetingDetails d = preparable(id);
        m.addAttribute("d", d);
        m.addAttribute("meeting", d.meeting());
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "meetings/attendance";
    }

    @PostMapping("/sammantraden/{id}/narvaro")
    String saveAttendance(@PathVariable UUID id, HttpServletRequest request, Model m) {
        MeetingDetails d = preparable(id);
        List<Attendance> list = new ArrayList<>();
        for (Member member : d.members()) {
            boolean present = request.getParameter("present-" + member.id()) != null;
            list.add(Attendance.of(member, present, FormInput.uuidOrNull(request.getParameter("serving-" + member.id())), request.getParameter("note-" + member.id())));
        }
        return forms.submit(() -> {
            session.recordAttendance(id, list);
            return "redirect:/sammantraden/" + id + "#narvaro";
        }, refusal -> {
            m.addAttribute("errors", refusal.errorsAt("attendance"));
            return attendance(id, m);
        });
    }

    @GetMapping("/sammantraden/{id}/punkter/{itemId}/beslut")
    String decisionForm(@PathVariable UUID id, @PathVariable UUID itemId, Model m) {
        MeetingDetails d = preparable(id);
        AgendaItem item = meetings.item(itemId);
        m.addAttribute("d", d);
        m.addAttribute("meeting", d.meeting());
        m.addAttribute("item", item);
        m.addAttribute("quorum", d.quorumIn(itemId));
        m.addAttribute("taking", d.takingIn(itemId).stream().map(d::member).toList());
        m.addAttribute("recused", d.recusals().stream().filter(r -> r.itemId().equals(itemId)).toList());
        ItemDecision existing = d.decisions().get(itemId);
        m.addAttribute("existing", existing);
        if (!m.containsAttribute("outcome")) {
            m.addAttribute("outcome", (existing != null ? existing.outcome() : DecisionOutcome.usual()).name());
            List<String> clauses = existing != null ? existing.clauses() : item.draftClauses(messages.get("session.informationClause"));
            m.addAttribute("clauses", Forms.joinParagraphs(clauses));
            m.addAttribute("voteMethod", existing != null ? existing.voteMethod() : "ACCLAMATION");
            m.addAttribute("votes", existing != null ? existing.votes() : Map.of());
            Map<UUID, String> reservations = new LinkedHashMap<>();
            if (existing != null) {
                existing.reservations().forEach(r -> reservations.put(r.memberId(), r.reason()));
            }
            m.addAttribute("reservations", reservations);
            m.addAttribute("protocolNote", existing != null ? existing.protocolNote() : null);
            m.addAttribute("version", existing != null ? existing.version() : null);
        }
        if (!m.containsAttribute("errors")) {
            m.addAttribute("errors", Map.of());
        }
        return "meetings/decision";
    }

    @PostMapping("/sammantraden/{id}/punkter/{itemId}/beslut")
    String decide(@PathVariable UUID id, @PathVariable UUID itemId, HttpServletRequest request, Model m) {
        MeetingDetails d = preparable(id);
        Map<UUID, String> votes = new LinkedHashMap<>();
        Map<UUID, String> reservations = new LinkedHashMap<>();
        for (Member member : d.members()) {
            String vote = request.getParameter("vote-" + member.id());
            if (vote != null && !vote.isBlank()) {
                votes.put(member.id(), vote);
            }
            String reservation = request.getParameter("reservation-" + member.id());
            if (reservation != null && !reservation.isBlank()) {
                reservations.put(member.id(), reservation);
            }
        }
        String outcome = request.getParameter("outcome");
        DecisionOutcome o = FormInput.enumOrNull(DecisionOutcome.class, outcome);
        String version = request.getParameter("version");
        String clauses = request.getParameter("clauses");
        String voteMethod = request.getParameter("voteMethod");
        String note = request.getParameter("protocolNote");
        return forms.submit(() -> {
            ItemDecision decision = session.decide(new RecordDecision(itemId, FormInput.intOrNull(version), o,
                    Forms.paragraphs(clauses), voteMethod, votes, reservations, note));
            return "redirect:/sammantraden/" + id + "#paragraf-" + decision.paragraph();
        }, refusal -> {
            // a conflict is told above the form, which takes the other person's version so the next save is theirs amended
            m.addAttribute("errors", refusal.errorsAt(refusal.conflict() ? "conflict" : "decision"));
            m.addAttribute("outcome", outcome);
            m.addAttribute("clauses", clauses);
            m.addAttribute("voteMethod", voteMethod);
            m.addAttribute("votes", votes);
            m.addAttribute("reservations", reservations);
            m.addAttribute("protocolNote", note);
            m.addAttribute("version", refusal.current() instanceof ItemDecision current ? current.version() : FormInput.intOrNull(version));
            return decisionForm(id, itemId, m);
        });
    }

    @PostMapping("/sammantraden/{id}/punkter/{itemId}/jav")
    String recuse(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        forms.run(() -> session.recordRecusal(itemId, FormInput.uuidOrNull(memberId), reason),
                refusal -> redirect.addFlashAttribute("recusalError", refusal.message()));
        return "redirect:/sammantraden/" + id + "/punkter/" + itemId + "/beslut#jav";
    }

    @PostMapping("/sammantraden/{id}/punkter/{itemId}/jav/ta-bort")
    String removeRecusal(@PathVariable UUID id, @PathVariable UUID itemId, @RequestParam(required = false) String memberId) {
        session.removeRecusal(itemId, FormInput.uuidOrNull(memberId));
        return "redirect:/sammantraden/" + id + "/punkter/" + itemId + "/beslut#jav";
    }

    @PostMapping("/sammantraden/{id}/avsluta")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        forms.run(() -> {
            session.close(id);
            redirect.addFlashAttribute("done", messages.get("session.closed"));
        }, refusal -> redirect.addFlashAttribute("error", refusal.message()));
        return "redirect:/sammantraden/" + id + "#justering";
    }

    @GetMapping("/sammantraden/{id}/expediering")
    String dispatchPage(@PathVariable UUID id, Model m) {
        MeetingDetails d = preparable(id);
        m.addAttribute("d", d);
        m.addAttribute("meeting", d.meeting());
        m.addAttribute("dispatchesByDecision", meetings.dispatches(id).stream()
                .collect(java.util.stream.Collectors.groupingBy(se.rodtrad.meetings.MeetingParticipation.Dispatch::decisionId)));
        return "meetings/dispatch";
    }

    @PostMapping("/sammantraden/{id}/expediering/{decisionId}")
    String dispatch(@PathVariable UUID id, @PathVariable UUID decisionId, HttpServletRequest request, RedirectAttributes redirect) {
        List<Dispatches.Recipient> recipients = new ArrayList<>();
        String[] names = request.getParameterValues("recipient");
        String[] channels = request.getParameterValues("channel");
        String[] addresses = request.getParameterValues("address");
        String[] chosen = request.getParameterValues("send");
        List<String> send = chosen == null ? List.of() : List.of(chosen);
        if (names != null) {
            for (int i = 0; i < names.length; i++) {
                if (send.contains(String.valueOf(i))) {
                    recipients.add(new Dispatches.Recipient(names[i], channels != null && channels.length > i ? channels[i] : "INTERNAL",
                            addresses != null && addresses.length > i ? addresses[i] : null));
                }
            }
        }
        forms.run(() -> {
            dispatches.dispatch(decisionId, recipients);
            redirect.addFlashAttribute("done", messages.get("dispatch.done"));
        }, refusal -> redirect.addFlashAttribute("error", refusal.message()));
        return "redirect:/sammantraden/" + id + "/expediering";
    }
}
