package se.rodtrad.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.shared.domain.DomainException;

/**
 * Justering: the chair and each appointed adjuster confirm the minutes in the product, each with the time recorded —
 * only they may, because the member is linked to their account, not because of a permission. When the last of them
 * signs, the minutes are adjusted and final (the use cases refuse every change, and so does the database), the notice
 * goes up on the notice board (KL 8 kap. 12 §), each case decided is marked so in the diary, and the rest of the
 * product learns of every § ({@link DecisionTaken}) and then of the meeting ({@link MinutesAdjusted}).
 */
@Service
@Transactional
public class Minutes {

    private final MeetingRepository repository;
    private final Meetings meetings;
    private final Diary diary;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String keptAt;

    Minutes(MeetingRepository repository, Meetings meetings, Diary diary, AccessPolicy access, ApplicationEventPublisher events,
            Optional<Clock> clock, @Value("${rodtrad.meetings.minutes-kept-at:Region Örebro län, Eklundavägen 1, Örebro}") String keptAt) {
        this.repository = repository;
        this.meetings = meetings;
        this.diary = diary;
        this.access = access;
        this.events = events;
        this.clock = clock.orElse(Clock.system(java.time.ZoneId.of("Europe/Stockholm")));
        this.keptAt = keptAt;
    }

    /** Whether the current person is one who must sign these minutes and has not yet. */
    @Transactional(readOnly = true)
    public Optional<Member> signerFor(UUID meetingId) {
        MeetingDetails d = meetings.details(meetingId);
        return meetings.currentMember(d.meeting().bodyId()).filter(m -> d.requiredSigners().contains(m) && !d.signed(m.id()));
    }

    /** The current person signs the minutes; the last signature adjusts them. */
    public MeetingDetails sign(UUID meetingId) {
        MeetingDetails d = meetings.details(meetingId);
        Meeting m = d.meeting();
        CurrentUser user = access.currentUser();
        if (m.isAdjusted()) {
            throw new DomainException("minutes.error.adjusted", m.bodyName(), m.date().toString());
        }
        if (m.status() != MeetingStatus.CLOSED) {
            throw new DomainException("minutes.error.notClosed", m.bodyName(), m.date().toString());
        }
        List<Member> required = d.requiredSigners();
        String names = required.stream().map(Member::displayName).collect(Collectors.joining(", "));
        Member member = meetings.currentMember(m.bodyId()).orElse(null);
        if (member == null || !required.contains(member)) {
            throw new DomainException("minutes.error.notAdjuster", user.displayName(), m.bodyName(), m.date().toString(), names);
        }
        if (d.signed(member.id())) {
            throw new DomainException("minutes.error.alreadySigned", member.displayName());
        }
        String role = d.chair() != null && d.chair().id().equals(member.id()) ? "CHAIR" : "ADJUSTER";
        repository.insertSignature(meetingId, member.id(), role, user.username());
        MeetingDetails now = meetings.details(meetingId);
        if (required.stream().allMatch(r -> now.signed(r.id()))) {
            adjust(now, user.username());
        }
        return meetings.details(meetingId);
    }

    private void adjust(MeetingDetails d, String user) {
        Meeting m = d.meeting();
        LocalDate today = LocalDate.now(clock);
        // posted the same day, well within the two days KL 8 kap. 12 § allows; the appeal period runs from it
        NoticeBoardDates dates = NoticeBoardDates.postedOn(today, today);
        for (AgendaItem item : d.items()) {
            ItemDecision decision = d.decisions().get(item.id());
            if (decision != null && decision.outcome().decides() && item.caseId() != null) {
                diary.markDecided(item.caseId(), m.bodyCode() + " " + m.date() + " " + decision.paragraphLabel(), user);
            }
        }
        repository.setStatus(m.id(), MeetingStatus.ADJUSTED, user);
        repository.insertPosting(m.id(), m.bodyId(), "Protokoll " + m.bodyName() + " " + m.date(), dates.adjustedOn(), dates.postedOn(),
                dates.removeAfter(), dates.appealDeadline(), keptAt);
        for (AgendaItem item : d.items()) {
            ItemDecision decision = d.decisions().get(item.id());
            if (decision != null) {
                events.publishEvent(new DecisionTaken(decision.id(), m.id(), m.bodyId(), m.bodyCode(), m.date(), decision.paragraphLabel(),
                        item.caseNumber(), item.title(), decision.outcome(), decision.clauses(), today));
            }
        }
        events.publishEvent(new MinutesAdjusted(m.id(), m.bodyId(), m.bodyCode(), m.date(), today, dates.postedOn()));
    }
}
