package se.rodtrad.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.meetings.MeetingParticipation.Attendance;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The meeting as it is held: attendance (who is present, which substitute serves for whom), jäv per item, each item's
 * decision with its § — numbered per body and year — its vote, reservations and protocol note, and closing the meeting
 * when every item is handled. Nothing is decided without a quorum (KL 6 kap. 27 §), counted per item without the
 * members who are jäviga in it.
 */
@Service
@Transactional
public class MeetingSession {

    static final int MAX_NOTE = 5000;

    private final MeetingRepository repository;
    private final Meetings meetings;
    private final AccessPolicy access;

    MeetingSession(MeetingRepository repository, Meetings meetings, AccessPolicy access) {
        this.repository = repository;
        this.meetings = meetings;
        this.access = access;
    }

    /**
     * Records who is present and who serves for whom, and opens the meeting. A substitute serves only for an absent
     * member, and only one substitute for each.
     */
    public MeetingDetails recordAttendance(UUID meetingId, List<Attendance> attendance) {
        MeetingDetails d = meetings.details(meetingId);
        CurrentUser user = access.require(Permission.PREPARE_MEETING, d.meeting().bodyId());
        inSession(d.meeting(), true);
        Set<UUID> present = attendance.stream().filter(Attendance::present).map(Attendance::memberId).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> servedFor = new HashSet<>();
        for (Attendance a : attendance) {
            Member m = d.member(a.memberId());
            if (m == null) {
                errors.add(new FieldError("attendance", "session.validation.notServing"));
                continue;
            }
            if (a.servingFor() == null) {
                continue;
            }
            Member absent = d.member(a.servingFor());
            if (m.isMember() || !a.present()) {
                errors.add(new FieldError("servingFor", "session.validation.servingNotSubstitute", m.displayName()));
            } else if (absent == null || !absent.isMember() || present.contains(absent.id())) {
                errors.add(new FieldError("servingFor", "session.validation.servingForPresent", m.displayName(),
                        absent == null ? "" : absent.displayName()));
            } else if (!servedFor.add(absent.id())) {
                errors.add(new FieldError("servingFor", "session.validation.servingTwice", absent.displayName()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (Attendance a : attendance) {
            String note = Texts.trimToNull(a.note());
            repository.saveAttendance(meetingId, new Attendance(a.memberId(), a.present(), a.present() ? a.servingFor() : null,
                    note == null ? null : note.substring(0, Math.min(note.length(), 500))));
        }
        if (d.meeting().status() == MeetingStatus.PLANNED) {
            repository.setStatus(meetingId, MeetingStatus.OPENED, user.username());
        }
        return meetings.details(meetingId);
    }

    /** Jäv: the member takes no part in the item (KL 6 kap. 28–32 §§), with the reason recorded in the minutes. */
    public void recordRecusal(UUID itemId, UUID memberId, String reason) {
        AgendaItem item = meetings.item(itemId);
        MeetingDetails d = meetings.details(item.meetingId());
        access.require(Permission.PREPARE_MEETING, d.meeting().bodyId());
        inSession(d.meeting(), true);
        if (d.decisions().containsKey(itemId)) {
            throw new DomainException("session.error.recusalAfterDecision", item.number());
        }
        if (d.member(memberId) == null) {
            throw ValidationException.of("memberId", "session.validation.notServing");
        }
        String r = Texts.trimToNull(reason);
        if (r == null) {
            throw ValidationException.of("reason", "session.validation.recusalReason");
        }
        if (r.length() > 1000) {
            throw ValidationException.of("reason", "validation.tooLong", "Skäl", 1000);
        }
        repository.insertRecusal(itemId, memberId, r);
    }

    public void removeRecusal(UUID itemId, UUID memberId) {
        AgendaItem item = meetings.item(itemId);
        MeetingDetails d = meetings.details(item.meetingId());
        access.require(Permission.PREPARE_MEETING, d.meeting().bodyId());
        inSession(d.meeting(), true);
        if (d.decisions().containsKey(itemId)) {
            throw new DomainException("session.error.recusalAfterDecision", item.number());
        }
        repository.deleteRecusal(itemId, memberId);
    }

    /**
     * Records the item's decision. The body must be quorate in the item; a roll call needs a vote from everyone taking
     * part and from no one else; only those who took part in the decision may reserve themselves against it. The
     * first recording gives the item the body's next §; recording it again (before the meeting closes) keeps it.
     */
    public ItemDecision decide(RecordDecision command) {
        AgendaItem item = meetings.item(command.itemId());
        MeetingDetails d = meetings.details(item.meetingId());
        Meeting m = d.meeting();
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        inSession(m, false);
        if (m.status() != MeetingStatus.OPENED) {
            throw new DomainException("session.error.notOpened", m.bodyName(), m.date().toString());
        }
        QuorumRule.Quorum quorum = d.quorumIn(item.id());
        if (!quorum.met()) {
            throw new DomainException("session.error.noQuorum", item.number(), quorum.taking(), quorum.seats(), quorum.needed());
        }
        List<FieldError> errors = new ArrayList<>();
        DecisionOutcome outcome = command.outcome();
        if (outcome == null) {
            errors.add(new FieldError("outcome", "session.validation.outcome"));
        }
        List<String> clauses = Agenda.lines("clauses", "session.field.clauses", command.clauses(), Agenda.MAX_CLAUSE, errors).stream()
                .map(Agenda::withoutAtt).toList();
        if (outcome != null && outcome.decides() && clauses.isEmpty()) {
            errors.add(new FieldError("clauses", "session.validation.clauses"));
        }
        String note = Texts.trimToNull(command.protocolNote());
        if (note != null && note.length() > MAX_NOTE) {
            errors.add(new FieldError("protocolNote", "validation.tooLong", "Protokollsanteckning", MAX_NOTE));
        }
        Set<UUID> taking = new HashSet<>(d.takingIn(item.id()));
        String method = "ROLL_CALL".equals(command.voteMethod()) ? "ROLL_CALL" : "ACCLAMATION";
        Map<UUID, String> votes = new LinkedHashMap<>();
        RollCall.Result result = null;
        if (method.equals("ROLL_CALL")) {
            Map<UUID, String> given = command.votes() == null ? Map.of() : command.votes();
            given.forEach((member, choice) -> {
                if (choice == null || choice.isBlank()) {
                    return;
                }
                if (!taking.contains(member)) {
                    Member mm = d.member(member);
                    errors.add(new FieldError("votes", "session.validation.voteNotTaking", mm == null ? member : mm.displayName()));
                } else if (!List.of(RollCall.YES, RollCall.NO, RollCall.ABSTAIN).contains(choice)) {
                    errors.add(new FieldError("votes", "session.validation.voteChoice", choice));
                } else {
                    votes.put(member, choice);
                }
            });
            List<String> missing = taking.stream().filter(id -> !votes.containsKey(id)).map(id -> d.member(id).displayName()).sorted().toList();
            if (!missing.isEmpty()) {
                errors.add(new FieldError("votes", "session.validation.votesMissing", String.join(", ", missing)));
            }
            Member chair = d.chair();
            result = RollCall.count(votes, chair == null ? null : chair.id());
        }
        Map<UUID, String> reservations = new LinkedHashMap<>();
        if (command.reservations() != null) {
            command.reservations().forEach((member, reason) -> {
                String r = Texts.trimToNull(reason);
                Member mm = d.member(member);
                if (!taking.contains(member)) {
                    // KL 6 kap. 35 § with 5 kap.: only a member who took part in the decision may reserve against it
                    errors.add(new FieldError("reservations", "session.validation.reservationNotTaking", mm == null ? member : mm.displayName()));
                } else if (r == null) {
                    errors.add(new FieldError("reservations", "session.validation.reservationReason", mm.displayName()));
                } else if (r.length() > MAX_NOTE) {
                    errors.add(new FieldError("reservations", "validation.tooLong", "Reservation", MAX_NOTE));
                } else {
                    reservations.put(member, r);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Integer yes = result == null ? null : result.yes();
        Integer no = result == null ? null : result.no();
        Integer abstain = result == null ? null : result.abstain();
        String voteResult = result == null ? null : result.result();
        UUID id;
        ItemDecision existing = d.decisions().get(item.id());
        if (existing == null) {
            repository.lock(m.id());
            int paragraph = repository.nextParagraph(m.bodyId(), m.date().getYear());
            id = repository.insertDecision(item.id(), m.id(), m.bodyId(), m.date().getYear(), paragraph, outcome, clauses, method, yes, no, abstain,
                    voteResult, note, user.username());
        } else {
            id = existing.id();
            int version = command.version() == null ? -1 : command.version();
            if (!repository.updateDecision(id, version, outcome, clauses, method, yes, no, abstain, voteResult, note, user.username())) {
                MeetingRepository.Change change = repository.decisionChange(id);
                throw new ConflictException(repository.decision(id).orElseThrow(), change.by(), change.at());
            }
        }
        repository.replaceVotes(id, votes);
        repository.replaceReservations(id, reservations);
        return repository.decision(id).orElseThrow();
    }

    /** Closes the meeting once every item is handled: the minutes are drafted and wait for the chair and the adjusters. */
    public Meeting close(UUID meetingId) {
        MeetingDetails d = meetings.details(meetingId);
        CurrentUser user = access.require(Permission.PREPARE_MEETING, d.meeting().bodyId());
        inSession(d.meeting(), false);
        if (d.meeting().status() != MeetingStatus.OPENED) {
            throw new DomainException("session.error.notOpened", d.meeting().bodyName(), d.meeting().date().toString());
        }
        List<AgendaItem> open = d.openItems();
        if (!open.isEmpty()) {
            throw new DomainException("session.error.itemsOpen", open.stream().map(i -> String.valueOf(i.number())).collect(Collectors.joining(", ")));
        }
        if (d.requiredSigners().isEmpty()) {
            throw new DomainException("session.error.noSigners");
        }
        repository.setStatus(meetingId, MeetingStatus.CLOSED, user.username());
        return meetings.meeting(meetingId);
    }

    /** Refuses once the minutes are adjusted (always) or drafted (closed), with a sentence that says so. */
    private static void inSession(Meeting m, boolean planningAllowed) {
        if (m.isAdjusted()) {
            throw new DomainException("minutes.error.adjusted", m.bodyName(), m.date().toString());
        }
        if (m.status() == MeetingStatus.CLOSED) {
            throw new DomainException("session.error.closed", m.bodyName(), m.date().toString());
        }
    }
}
