package se.rodtrad.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.meetings.MeetingParticipation.Dispatch;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;

/**
 * Expediering: once the minutes are adjusted, each decision is sent to its distribution list (skickas till) — by
 * e-mail with the extract of the minutes (protokollsutdrag), by post or internally — and what was sent to whom, when is
 * kept. The case is then dispatched in the diary.
 */
@Service
@Transactional
public class Dispatches {

    private final MeetingRepository repository;
    private final Meetings meetings;
    private final Diary diary;
    private final MeetingMail mail;
    private final AccessPolicy access;

    Dispatches(MeetingRepository repository, Meetings meetings, Diary diary, MeetingMail mail, AccessPolicy access) {
        this.repository = repository;
        this.meetings = meetings;
        this.diary = diary;
        this.mail = mail;
        this.access = access;
    }

    /** One recipient: who, how ({@code EMAIL}, {@code POST}, {@code INTERNAL}) and, for e-mail or post, the address. */
    public record Recipient(String name, String channel, String address) {
    }

    public List<Dispatch> dispatch(UUID decisionId, List<Recipient> recipients) {
        ItemDecision decision = repository.decision(decisionId).orElseThrow(() -> new NotFoundException("beslut", decisionId));
        MeetingDetails d = meetings.details(decision.meetingId());
        Meeting m = d.meeting();
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        if (!m.isAdjusted()) {
            throw new DomainException("dispatch.error.notAdjusted", decision.paragraphLabel());
        }
        AgendaItem item = d.items().stream().filter(i -> i.id().equals(decision.itemId())).findFirst().orElseThrow();
        List<Recipient> checked = new ArrayList<>();
        for (Recipient r : recipients) {
            String name = Texts.trimToNull(r.name());
            if (name == null) {
                continue;
            }
            String channel = List.of("EMAIL", "POST", "INTERNAL").contains(r.channel()) ? r.channel() : "INTERNAL";
            String address = Texts.trimToNull(r.address());
            if (name.length() > 500 || (address != null && address.length() > 500)) {
                throw ValidationException.of("recipients", "validation.tooLong", "Mottagare", 500);
            }
            if (channel.equals("EMAIL") && (address == null || !address.contains("@"))) {
                throw ValidationException.of("recipients", "dispatch.validation.email", name);
            }
            checked.add(new Recipient(name, channel, address));
        }
        if (checked.isEmpty()) {
            throw ValidationException.of("recipients", "dispatch.validation.none");
        }
        if (checked.stream().anyMatch(r -> r.channel().equals("EMAIL")) && !mail.configured()) {
            throw new DomainException("mail.error.notConfigured");
        }
        for (Recipient r : checked) {
            if (r.channel().equals("EMAIL")) {
                try {
                    mail.send(r.address(), "Protokollsutdrag " + m.bodyName() + " " + m.date() + " " + decision.paragraphLabel(), extract(m, item, decision),
                            List.of());
                } catch (Exception e) {
                    throw new DomainException("dispatch.error.mailFailed", r.name(), e.getMessage());
                }
            }
            repository.insertDispatch(decisionId, r.name(), r.channel(), r.address(), user.username());
        }
        if (item.caseId() != null && decision.outcome().decides()) {
            diary.markDispatched(item.caseId(), user.username());
        }
        return repository.dispatches(m.id()).stream().filter(x -> x.decisionId().equals(decisionId)).toList();
    }

    /** The extract of the minutes for one §, as plain text. */
    static String extract(Meeting m, AgendaItem item, ItemDecision decision) {
        StringBuilder s = new StringBuilder();
        s.append("Protokollsutdrag\n").append(m.bodyName()).append(", sammanträde ").append(m.date()).append("\n\n");
        s.append(decision.paragraphLabel()).append(' ').append(item.title());
        if (item.caseNumber() != null) {
            s.append("\nDiarienummer: ").append(item.caseNumber());
        }
        s.append("\n\n").append(m.bodyName()).append(" beslutar\n\n");
        for (String c : decision.clauses()) {
            s.append("att ").append(c).append("\n\n");
        }
        s.append("Protokollet är justerat.\n");
        return s.toString();
    }
}
