package se.rodtrad.meetings;

import se.rodtrad.fixtures.Acting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import se.rodtrad.RodtradTest;
import se.rodtrad.meetings.MeetingParticipation.Attendance;
import se.rodtrad.organisation.Organisation;

/**
 * The notice and the reminders go out by e-mail to a real SMTP server running in the test JVM (GreenMail), and are
 * read back: who got what, with the notice as PDF attached; every message is in the meeting's mail log.
 */
@RodtradTest
class NoticeMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    Agenda agenda;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingSession session;
    @Autowired
    NoticeMailer mailer;
    @Autowired
    Organisation organisation;

    UUID rtn;
    static boolean membersAdded;

    @BeforeEach
    void membersWithAddresses() {
        rtn = organisation.unitByCode("RTN").orElseThrow().id();
        if (membersAdded) {
            return;
        }
        membersAdded = true;
        // a term of their own, so the demo committee's meetings (2019–2022) do not count them
        LocalDate from = LocalDate.of(2023, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        Acting.as("sekreterare", () -> {
            members.add(rtn, new Members.MemberForm("Olga Ordförandesson", "S", Member.MEMBER, "CHAIR", from, to, "olga@region.example", null));
            members.add(rtn, new Members.MemberForm("Jens Justerarsson", "M", Member.MEMBER, null, from, to, "jens@region.example", null));
            members.add(rtn, new Members.MemberForm("Lena Ledamotsson", "C", Member.MEMBER, null, from, to, "lena@region.example", null));
            members.add(rtn, new Members.MemberForm("Erik Ersättarsson", "V", Member.SUBSTITUTE, null, from, to, null, null));
        });
    }

    @Test
    void the_notice_reaches_every_member_and_substitute_with_an_address_with_the_notice_as_pdf() throws Exception {
        DiaryCase c = MeetingFixtures.newCase(new DiaryLookup().diary, rtn, "x");
        Meeting m = Acting.as("sekreterare", () -> agenda.createMeeting(rtn, new Agenda.MeetingForm(LocalDate.of(2023, 3, 15), null, "Regionens hus",
                LocalDate.of(2023, 3, 29), null, null)));
        Acting.as("sekreterare", () -> agenda.addItem(m.id(), MeetingFixtures.decisionItem("Ett ärende för kallelsen", c.caseNumber(), "besluta")));
        NoticeMailer.Outcome outcome = Acting.as("sekreterare", () -> mailer.sendNotice(m.id()));
        assertThat(outcome.sent()).isEqualTo(3);
        assertThat(outcome.noAddress()).isEqualTo(1);
        assertThat(outcome.failed()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(received).extracting(r -> r.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("olga@region.example", "jens@region.example", "lena@region.example");
        MimeMessage first = received[0];
        assertThat(first.getSubject()).isEqualTo("Kallelse: Regional tillväxtnämnd 2023-03-15");
        Multipart parts = (Multipart) first.getContent();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                names.add(jakarta.mail.internet.MimeUtility.decodeText(parts.getBodyPart(i).getFileName()));
            }
        }
        assertThat(names).containsExactly("Kallelse Regional tillväxtnämnd 2023-03-15.pdf");
        assertThat(text(first)).contains("1. Ett ärende för kallelsen (Dnr " + c.caseNumber() + ")");
        assertThat(meetings.meeting(m.id()).noticeSentAt()).isNotNull();
        assertThat(Acting.as("sekreterare", () -> meetings.mails(m.id()))).extracting(MeetingParticipation.MailRecord::status)
                .containsExactlyInAnyOrder("SENT", "SENT", "SENT", "NO_ADDRESS");
    }

    @Test
    void those_who_must_still_sign_are_reminded_once_a_day_as_the_deadline_nears() throws Exception {
        DiaryCase c = MeetingFixtures.newCase(new DiaryLookup().diary, rtn, "y");
        LocalDate date = LocalDate.of(2023, 5, 10);
        Meeting m = Acting.as("sekreterare", () -> {
            Meeting created = agenda.createMeeting(rtn, new Agenda.MeetingForm(date, null, null, date.plusDays(14), null, null));
            List<UUID[]> adjusters = new ArrayList<>();
            adjusters.add(new UUID[] {MeetingFixtures.member(members, rtn, "Jens Justerarsson"), null});
            agenda.setAdjusters(created.id(), adjusters);
            agenda.addItem(created.id(), MeetingFixtures.decisionItem("Ärende", c.caseNumber(), "besluta"));
            return created;
        });
        MeetingDetails d = meetings.details(m.id());
        List<Attendance> all = d.members().stream().filter(Member::isMember).map(x -> new Attendance(x.id(), true, null, null)).toList();
        Acting.as("sekreterare", () -> {
            session.recordAttendance(m.id(), all);
            session.decide(new RecordDecision(d.items().get(0).id(), null, DecisionOutcome.AS_PROPOSED, List.of("besluta"), "ACCLAMATION", null, null, null));
            session.close(m.id());
        });
        assertThat(mailer.remindAdjusters(date.plusDays(10))).as("more than two days before the deadline").isZero();
        assertThat(mailer.remindAdjusters(date.plusDays(13))).isEqualTo(2);
        assertThat(mailer.remindAdjusters(date.plusDays(13))).as("once a day").isZero();
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject)
                .containsOnly("Påminnelse: justera protokollet Regional tillväxtnämnd 2023-05-10");
        assertThat(text(smtp.getReceivedMessages()[0])).contains("senast 2023-05-24");
    }

    @Test
    void without_an_smtp_server_nothing_is_sent_and_the_sender_says_so() {
        ObjectProvider<JavaMailSender> none = new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        MeetingMail unconfigured = new MeetingMail(none, "rodtrad@region.example");
        assertThat(unconfigured.configured()).isFalse();
        assertThatThrownBy(() -> unconfigured.send("a@region.example", "s", "t", List.of())).hasMessageContaining("Ingen SMTP-server är konfigurerad");
    }

    /** The message's plain text, decoded, wherever it sits in the multipart. */
    static String text(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart mp) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < mp.getCount(); i++) {
                s.append(text(mp.getBodyPart(i)));
            }
            return s.toString();
        }
        return "";
    }

    /** The diary bean, looked up where a static helper needs it. */
    class DiaryLookup {
        final Diary diary = NoticeMailTest.this.diary;
    }

    @Autowired
    Diary diary;
}
