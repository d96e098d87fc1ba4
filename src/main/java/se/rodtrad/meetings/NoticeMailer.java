package se.rodtrad.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.DomainException;

/**
 * The notice (kallelse) by e-mail to every member and substitute serving on the meeting's day, with the notice as PDF
 * and the public papers attached; and the reminders to those who must still sign the minutes as the deadline for
 * justering nears. Every message, sent or not, is kept in the meeting's mail log with what happened.
 */
@Service
public class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    /** Reminders go out this many days before the deadline, and on the day itself. */
    static final int REMIND_DAYS_BEFORE = 2;

    private final MeetingRepository repository;
    private final Meetings meetings;
    private final Diary diary;
    private final MeetingMail mail;
    private final ObjectProvider<MeetingPapers> papers;
    private final AccessPolicy access;
    private final Clock clock;

    NoticeMailer(MeetingRepository repository, Meetings meetings, Diary diary, MeetingMail mail, ObjectProvider<MeetingPapers> papers,
            AccessPolicy access, Optional<Clock> clock) {
        this.repository = repository;
        this.meetings = meetings;
        this.diary = diary;
        this.mail = mail;
        this.papers = papers;
        this.access = access;
        this.clock = clock.orElse(Clock.system(java.time.ZoneId.of("Europe/Stockholm")));
    }

    /** How a sending went: how many got it, how many have no address, how many failed. */
    public record Outcome(int sent, int noAddress, int failed, List<String> failures) {
    }

    /** What the secretary may do with a notice: send it by e-mail when the product has a mail server configured. */
    public NoticeActions noticeActions() {
        return new NoticeActions(configured());
    }

    public boolean configured() {
        return mail.configured();
    }

    /**
     * Sends the notice. Without an SMTP server it refuses with a sentence that says so and records the attempt; the
     * notice is not marked sent, so it can be sent once a server is configured.
     */
    @Transactional
    public Outcome sendNotice(UUID meetingId) {
        MeetingDetails d = meetings.details(meetingId);
        Meeting m = d.meeting();
        CurrentUser user = access.require(Permission.PREPARE_MEETING, m.bodyId());
        if (d.items().isEmpty()) {
            throw new DomainException("agenda.error.emptyAgenda", m.bodyName(), m.date().toString());
        }
        if (!mail.configured()) {
            repository.insertMail(meetingId, "NOTICE", null, "Alla ledamöter och ersättare", null, "NOT_CONFIGURED",
                    "Ingen SMTP-server är konfigurerad (spring.mail.host)", user.username());
            throw new DomainException("mail.error.notConfigured");
        }
        List<MeetingMail.Attachment> attachments = new ArrayList<>();
        MeetingPapers renderer = papers.getIfAvailable();
        if (renderer != null) {
            attachments.add(new MeetingMail.Attachment("Kallelse " + m.bodyName() + " " + m.date() + ".pdf", "application/pdf", renderer.noticePdf(meetingId)));
        }
        for (AgendaItem item : d.items()) {
            for (Paper p : item.papers()) {
                if (p.documentId() != null) {
                    diary.publicFile(p.documentId()).ifPresent(f -> attachments.add(new MeetingMail.Attachment(f.fileName(), f.contentType(), f.bytes())));
                }
            }
        }
        String subject = "Kallelse: " + m.bodyName() + " " + m.date();
        String text = noticeText(d);
        int sent = 0;
        int noAddress = 0;
        List<String> failures = new ArrayList<>();
        for (Member member : d.members()) {
            if (member.email() == null) {
                noAddress++;
                repository.insertMail(meetingId, "NOTICE", member.id(), member.displayName(), null, "NO_ADDRESS", null, user.username());
                continue;
            }
            try {
                mail.send(member.email(), subject, text, attachments);
                sent++;
                repository.insertMail(meetingId, "NOTICE", member.id(), member.displayName(), member.email(), "SENT", null, user.username());
            } catch (Exception e) {
                failures.add(member.displayName() + ": " + e.getMessage());
                repository.insertMail(meetingId, "NOTICE", member.id(), member.displayName(), member.email(), "FAILED", e.getMessage(), user.username());
            }
        }
        if (sent > 0) {
            repository.markNoticeSent(meetingId, user.username());
        }
        return new Outcome(sent, noAddress, failures.size(), failures);
    }

    /** Every morning: reminds those who must still sign minutes whose deadline is at most two days away. */
    @Scheduled(cron = "${rodtrad.meetings.reminder-cron:0 0 7 * * *}", zone = "Europe/Stockholm")
    public void remindDaily() {
        try {
            int n = remindAdjusters(LocalDate.now(clock));
            if (n > 0) {
                log.info("Påminnelser om justering skickade: {}", n);
            }
        } catch (RuntimeException e) {
            log.warn("Påminnelser om justering kunde inte skickas: {}", e.getMessage());
        }
    }

    /**
     * Sends a reminder to each chair or adjuster who has not signed minutes due within {@value #REMIND_DAYS_BEFORE}
     * days of {@code today} (once a day each). Returns how many were sent.
     */
    @Transactional
    public int remindAdjusters(LocalDate today) {
        if (!mail.configured()) {
            return 0;
        }
        int sent = 0;
        DateTimeFormatter f = DateTimeFormatter.ISO_LOCAL_DATE;
        for (Meeting m : repository.awaitingAdjustment(today, today.plusDays(REMIND_DAYS_BEFORE))) {
            MeetingDetails d = meetings.details(m.id());
            for (Member signer : d.requiredSigners()) {
                if (d.signed(signer.id()) || signer.email() == null || repository.remindedOn(m.id(), signer.id(), today)) {
                    continue;
                }
                String text = "Hej " + signer.name() + ",\n\nprotokollet från " + m.bodyName() + " " + m.date().format(f)
                        + " ska vara justerat senast " + m.adjustmentDeadline().format(f) + ". Du justerar det i Röd tråd under Sammanträden → "
                        + m.bodyName() + " " + m.date().format(f) + " → Justera.\n";
                try {
                    mail.send(signer.email(), "Påminnelse: justera protokollet " + m.bodyName() + " " + m.date().format(f), text, List.of());
                    repository.insertMail(m.id(), "REMINDER", signer.id(), signer.displayName(), signer.email(), "SENT",
                            MeetingRepository.reminderDay(today), "system");
                    sent++;
                } catch (Exception e) {
                    repository.insertMail(m.id(), "REMINDER", signer.id(), signer.displayName(), signer.email(), "FAILED", e.getMessage(), "system");
                }
            }
        }
        return sent;
    }

    static String noticeText(MeetingDetails d) {
        Meeting m = d.meeting();
        StringBuilder s = new StringBuilder();
        s.append("Kallelse till sammanträde med ").append(m.bodyName()).append("\n\n");
        s.append("Datum: ").append(m.date());
        if (m.startsAt() != null) {
            s.append(" kl. ").append(m.startsAt());
        }
        s.append('\n');
        if (m.place() != null) {
            s.append("Plats: ").append(m.place()).append('\n');
        }
        s.append("\nFöredragningslista\n");
        for (AgendaItem i : d.items()) {
            s.append(i.number()).append(". ").append(i.caseConfidential() ? "Sekretess" : i.title());
            if (i.caseNumber() != null) {
                s.append(" (Dnr ").append(i.caseNumber()).append(')');
            }
            s.append('\n');
        }
        s.append("\nKallelsen med föredragningslista och beslutsunderlag finns som bilaga.\n");
        return s.toString();
    }
}
