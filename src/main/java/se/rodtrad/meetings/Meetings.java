package se.rodtrad.meetings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.meetings.MeetingParticipation.Attendance;
import se.rodtrad.meetings.MeetingParticipation.Dispatch;
import se.rodtrad.meetings.MeetingParticipation.MailRecord;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.NotFoundException;

/** Reading meetings: a body's meetings, one meeting with everything it holds, and what is public of them. */
@Service
@Transactional(readOnly = true)
public class Meetings {

    private final MeetingRepository repository;
    private final Members members;
    private final AccessPolicy access;

    Meetings(MeetingRepository repository, Members members, AccessPolicy access) {
        this.repository = repository;
        this.members = members;
        this.access = access;
    }

    /** A body's meetings, newest first; every body's when {@code bodyId} is null. */
    public List<Meeting> meetings(UUID bodyId) {
        return repository.meetings(bodyId);
    }

    public Meeting meeting(UUID id) {
        return repository.findMeeting(id).orElseThrow(() -> new NotFoundException("sammanträde", id));
    }

    public AgendaItem item(UUID id) {
        return repository.findItem(id).orElseThrow(() -> new NotFoundException("ärende på föredragningslistan", id));
    }

    public MeetingDetails details(UUID meetingId) {
        Meeting m = meeting(meetingId);
        List<AgendaItem> items = repository.items(meetingId);
        Map<UUID, ItemDecision> decisions = repository.decisions(meetingId).stream()
                .collect(Collectors.toMap(ItemDecision::itemId, Function.identity()));
        Map<UUID, Attendance> attendance = repository.attendance(meetingId).stream()
                .collect(Collectors.toMap(Attendance::memberId, Function.identity()));
        return new MeetingDetails(m, items, decisions, members.serving(m.bodyId(), m.date()), attendance, repository.recusals(meetingId),
                repository.adjusters(meetingId), repository.signatures(meetingId), repository.posting(meetingId).orElse(null));
    }

    /** The meeting holding a decision, and the decision: how a plan's "Beslutad … § 3" finds its way back. */
    public Optional<ItemDecision> decision(UUID decisionId) {
        return repository.decision(decisionId);
    }

    /** A case on a meeting's agenda, with the decision once the minutes holding it are adjusted. */
    public record CaseAppearance(Meeting meeting, AgendaItem item, ItemDecision decision) {
    }

    /** Where a case has been on an agenda, oldest first: the case page and API link to the meetings and their §. */
    public List<CaseAppearance> appearances(UUID caseId) {
        return repository.itemsOfCase(caseId).stream().map(ids -> {
            Meeting m = meeting(ids[0]);
            ItemDecision d = m.isAdjusted() ? repository.decisionOfItem(ids[1]).orElse(null) : null;
            return new CaseAppearance(m, item(ids[1]), d);
        }).toList();
    }

    /** The adjusted decisions (§) on a case. */
    public List<CaseAppearance> decisionsOfCase(UUID caseId) {
        return appearances(caseId).stream().filter(a -> a.decision() != null).toList();
    }

    public List<Dispatch> dispatches(UUID meetingId) {
        access.require(Permission.READ_INTERNAL, null);
        return repository.dispatches(meetingId);
    }

    public List<MailRecord> mails(UUID meetingId) {
        Meeting m = meeting(meetingId);
        access.require(Permission.PREPARE_MEETING, m.bodyId());
        return repository.mails(meetingId);
    }

    /** Whether the current person prepares this body's meetings. */
    /** What the current person may do with the meeting (its pages' forms). */
    public MeetingActions actions(Meeting meeting) {
        return new MeetingActions(mayPrepare(meeting.bodyId()));
    }

    /** Refuses (403) whoever does not prepare the body's meetings: the forms that prepare a meeting are theirs alone. */
    public void requirePrepare(UUID bodyId) {
        access.require(Permission.PREPARE_MEETING, bodyId);
    }

    public boolean mayPrepare(UUID bodyId) {
        return access.allows(Permission.PREPARE_MEETING, bodyId);
    }

    /** The member the current person is, in this body (linked by their account), if any. */
    public Optional<Member> currentMember(UUID bodyId) {
        String username = access.currentUser().username();
        return members.forBody(bodyId).stream().filter(m -> username != null && username.equals(m.username())).findFirst();
    }

    // --- public ---

    /** Meetings the public sees: those with a published agenda or adjusted minutes. */
    public List<Meeting> publicMeetings() {
        return repository.meetings(null).stream().filter(m -> m.isAgendaPublished() || m.isAdjusted()).toList();
    }

    /**
     * A meeting as the public sees it: the published agenda without what secrecy covers (a confidential case's title and
     * texts), and decisions only once the minutes are adjusted. Not found when nothing of it is public.
     */
    public MeetingDetails publicDetails(UUID meetingId) {
        Meeting m = meeting(meetingId);
        if (!m.isAgendaPublished() && !m.isAdjusted()) {
            throw new NotFoundException("publicerat sammanträde", meetingId);
        }
        MeetingDetails d = details(meetingId);
        List<AgendaItem> items = d.items().stream().map(Meetings::publicItem).toList();
        return new MeetingDetails(m, items, m.isAdjusted() ? d.decisions() : Map.of(), d.members(), m.isAdjusted() ? d.attendance() : Map.of(),
                m.isAdjusted() ? d.recusals() : List.of(), d.adjusters(), m.isAdjusted() ? d.signatures() : List.of(), d.notice());
    }

    static AgendaItem publicItem(AgendaItem i) {
        if (!i.caseConfidential()) {
            return i;
        }
        return new AgendaItem(i.id(), i.meetingId(), i.number(), i.kind(), i.procedural(), "Sekretess", null, i.caseNumber(), true, null, List.of(),
                null, null, null, null, List.of(), List.of(), List.of(), i.source(), i.version(), i.updatedAt(), i.updatedBy());
    }
}
