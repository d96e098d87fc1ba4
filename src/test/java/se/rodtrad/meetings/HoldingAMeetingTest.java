package se.rodtrad.meetings;

import se.rodtrad.fixtures.Acting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.rodtrad.meetings.MeetingFixtures.decisionItem;
import static se.rodtrad.meetings.MeetingFixtures.everyMemberPresent;
import static se.rodtrad.meetings.MeetingFixtures.member;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.CreatePlan;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.web.Messages;

/**
 * A meeting held through the use cases as the secretary, the chair and the adjuster would: attendance, decisions with a
 * roll call and a reservation, a returned item, justering — and what follows: the notice board with its dates, the
 * cases decided in the diary, the plan decided by its § (by event), and minutes no one can change any more.
 */
@RodtradTest
class HoldingAMeetingTest {

    @Autowired
    Agenda agenda;
    @Autowired
    Members members;
    @Autowired
    Meetings meetings;
    @Autowired
    MeetingSession session;
    @Autowired
    Minutes minutes;
    @Autowired
    Diary diary;
    @Autowired
    NoticeBoard board;
    @Autowired
    Organisation organisation;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Messages messages;
    @Autowired
    MockMvc mvc;

    UUID rtn;

    @BeforeEach
    void rtn() {
        rtn = organisation.unitByCode("RTN").orElseThrow().id();
        org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("sv-SE"));
    }

    private String sv(DomainException e) {
        if (e instanceof ValidationException v) {
            return messages.of(v.errors().get(0));
        }
        return messages.of(e);
    }

    @Test
    void a_meeting_held_and_adjusted_decides_the_plan_posts_the_notice_and_refuses_every_change() throws Exception {
        // a plan proposed to the committee under its own case
        DiaryCase planCase = MeetingFixtures.newCase(diary, rtn, "Verksamhetsplan med budget 2031 (test)");
        PlanSummary plan = Acting.as("sekreterare", () -> {
            PlanSummary p = planEditing.createPlan(new CreatePlan(rtn, 2031, "Verksamhetsplan med budget 2031 (test)", null, null));
            p = planEditing.changeStatus(p.id(), p.version(), PlanStatus.PROPOSAL, null);
            planEditing.fileUnderCase(p.id(), p.version(), planCase.caseNumber());
            return plans.plan(p.id());
        });
        DiaryCase grantCase = MeetingFixtures.newCase(diary, rtn, "Medfinansiering av ett testprojekt");
        Meeting m = MeetingFixtures.meeting(agenda, members, rtn, LocalDate.of(2022, 1, 20));
        AgendaItem justering = Acting.as("sekreterare", () -> agenda.addItem(m.id(), new AgendaItemDraft(ItemKind.DECISION, true, "Protokollsjustering",
                null, null, List.of("utse Fredrik Persson (MP) att jämte ordföranden justera protokollet"), null, null, null, null, null, null, null)));
        AgendaItem planItem = Acting.as("sekreterare", () -> agenda.addItem(m.id(), decisionItem("Verksamhetsplan med budget 2031", planCase.caseNumber(),
                "att fastställa verksamhetsplanen")));
        AgendaItem grantItem = Acting.as("sekreterare", () -> agenda.addItem(m.id(), decisionItem("Medfinansiering", grantCase.caseNumber(),
                "bevilja 100 000 kronor")));
        assertThat(diary.caseById(planCase.id()).status()).isEqualTo(CaseStatus.PREPARED);

        // nothing is decided before attendance makes the committee quorate
        assertThatThrownBy(() -> Acting.as("sekreterare", () -> session.decide(new RecordDecision(planItem.id(), null, DecisionOutcome.AS_PROPOSED,
                List.of("fastställa"), "ACCLAMATION", null, null, null)))).isInstanceOf(DomainException.class);
        MeetingDetails open = Acting.as("sekreterare", () -> session.recordAttendance(m.id(),
                everyMemberPresent(meetings.details(m.id()), "Hassan Exempelnäs")));
        assertThat(open.meeting().status()).isEqualTo(MeetingStatus.OPENED);
        assertThat(open.quorum().met()).isTrue();
        assertThat(open.quorum().taking()).isEqualTo(10);

        // § 1 acclamation; § 2 the plan by roll call with a reservation; § 3 returned
        ItemDecision p1 = Acting.as("sekreterare", () -> session.decide(new RecordDecision(justering.id(), null, DecisionOutcome.AS_PROPOSED,
                justering.proposedClauses(), "ACCLAMATION", null, null, null)));
        UUID fredrik = member(members, rtn, "Fredrik Persson");
        UUID patrik = member(members, rtn, "Patrik Nyström");
        Map<UUID, String> votes = new LinkedHashMap<>();
        open.takingIn(planItem.id()).forEach(id -> votes.put(id, RollCall.YES));
        votes.put(patrik, RollCall.NO);
        votes.put(member(members, rtn, "Greta Exempelqvist"), RollCall.ABSTAIN);
        ItemDecision p2 = Acting.as("sekreterare", () -> session.decide(new RecordDecision(planItem.id(), null, DecisionOutcome.AS_PROPOSED,
                List.of("fastställa verksamhetsplanen"), "ROLL_CALL", votes, Map.of(patrik, "Till förmån för eget yrkande om lägre kostnader."),
                "Ärendet föredrogs av förvaltningschefen.")));
        ItemDecision p3 = Acting.as("sekreterare", () -> session.decide(new RecordDecision(grantItem.id(), null, DecisionOutcome.RETURNED,
                List.of("återremittera ärendet för komplettering av budgeten"), "ACCLAMATION", null, null, null)));
        assertThat(List.of(p1.paragraph(), p2.paragraph(), p3.paragraph())).containsExactly(1, 2, 3);
        assertThat(p2.yesCount()).isEqualTo(8);
        assertThat(p2.noCount()).isEqualTo(1);
        assertThat(p2.abstainCount()).isEqualTo(1);
        assertThat(p2.voteResult()).isEqualTo("YES");
        assertThat(p2.reservations()).singleElement().satisfies(r -> assertThat(r.memberName()).isEqualTo("Patrik Nyström (SD)"));

        Acting.as("sekreterare", () -> session.close(m.id()));
        // someone who is neither the chair nor an adjuster is refused, with the names of those who adjust
        DomainException refused = Acting.as("sekreterare", () -> {
            try {
                minutes.sign(m.id());
                return null;
            } catch (DomainException e) {
                return e;
            }
        });
        assertThat(sv(refused)).contains("varken ordförande eller utsedd justerare").contains("Fredrik Persson (MP)");
        Acting.as("justerare", () -> minutes.sign(m.id()));
        assertThat(meetings.meeting(m.id()).isAdjusted()).isFalse();
        MeetingDetails adjusted = Acting.as("ordforande", () -> minutes.sign(m.id()));
        assertThat(adjusted.meeting().status()).isEqualTo(MeetingStatus.ADJUSTED);
        assertThat(adjusted.signatures()).extracting(MeetingParticipation.Signature::role).containsExactlyInAnyOrder("ADJUSTER", "CHAIR");

        // the notice board: up today, the appeal deadline three weeks later (KL 13 kap. 5 §)
        NoticeBoard.Notice notice = board.forMeeting(m.id()).orElseThrow();
        assertThat(notice.postedOn()).isEqualTo(board.today());
        assertThat(notice.appealDeadline()).isEqualTo(notice.postedOn().plusWeeks(3));
        assertThat(board.current()).extracting(NoticeBoard.Notice::meetingId).contains(m.id());

        // the diary: the plan's case decided, the returned one still prepared
        assertThat(diary.caseById(planCase.id()).status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(diary.caseById(grantCase.id()).status()).isEqualTo(CaseStatus.PREPARED);

        // the plan: decided by the event with that meeting's date, body and §, linked to the decision
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        PlanSummary decided = plans.plan(plan.id());
        while (decided.status() != PlanStatus.DECIDED && Instant.now().isBefore(until)) {
            Thread.sleep(200);
            decided = plans.plan(plan.id());
        }
        assertThat(decided.status()).isEqualTo(PlanStatus.DECIDED);
        assertThat(decided.decision().date()).isEqualTo(LocalDate.of(2022, 1, 20));
        assertThat(decided.decision().body()).isEqualTo("RTN");
        assertThat(decided.decision().paragraph()).isEqualTo("§ 2");
        assertThat(decided.decisionId()).isEqualTo(p2.id());

        // adjusted minutes refuse any change: the use case with a sentence, and the database whatever the path
        DomainException again = Acting.as("sekreterare", () -> {
            try {
                session.decide(new RecordDecision(grantItem.id(), p3.version(), DecisionOutcome.AS_PROPOSED, List.of("bevilja"), "ACCLAMATION", null,
                        null, null));
                return null;
            } catch (DomainException e) {
                return e;
            }
        });
        assertThat(sv(again)).contains("är justerat och kan inte ändras");
        assertThatThrownBy(() -> Acting.as("sekreterare", () -> agenda.updateItem(planItem.id(), meetings.item(planItem.id()).version(),
                decisionItem("Ny rubrik", planCase.caseNumber(), "x")))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> jdbc.sql("update decision set clauses = '{ändrat}' where id = ?").param(p2.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Protokollet är justerat");
        assertThatThrownBy(() -> jdbc.sql("delete from reservation where decision_id = ?").param(p2.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Protokollet är justerat");
        assertThatThrownBy(() -> jdbc.sql("update meeting set place = 'Annan plats' where id = ?").param(m.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Protokollet är justerat");
        assertThatThrownBy(() -> jdbc.sql("delete from minutes_signature where meeting_id = ?").param(m.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("Protokollet är justerat");
    }

    @Test
    void an_agenda_item_without_a_case_is_refused_with_a_sentence_that_says_why() {
        Meeting m = MeetingFixtures.meeting(agenda, members, rtn, LocalDate.of(2022, 2, 3));
        ValidationException e = Acting.as("sekreterare", () -> {
            try {
                agenda.addItem(m.id(), decisionItem("Ett beslut utan ärende", null, "besluta något"));
                return null;
            } catch (ValidationException x) {
                return x;
            }
        });
        assertThat(sv(e)).contains("saknar diarienummer").contains("diarieförda");
        ValidationException unknown = Acting.as("sekreterare", () -> {
            try {
                agenda.addItem(m.id(), decisionItem("Okänt ärende", "19RS1", "besluta"));
                return null;
            } catch (ValidationException x) {
                return x;
            }
        });
        assertThat(sv(unknown)).contains("19RS1 finns inte i diariet");
    }

    @Test
    void a_case_number_is_never_given_twice() {
        ValidationException e = Acting.as("sekreterare", () -> {
            try {
                diary.register(new RegisterCase("RS", "19RS9687", "Ett annat ärende", null, rtn, null, null, false, null));
                return null;
            } catch (ValidationException x) {
                return x;
            }
        });
        assertThat(sv(e)).isEqualTo("Diarienumret 19RS9687 är redan givet till ett ärende. Ett nummer ges aldrig två gånger.");
        DiaryCase a = MeetingFixtures.newCase(diary, rtn, "Första");
        DiaryCase b = MeetingFixtures.newCase(diary, rtn, "Andra");
        assertThat(b.number()).isEqualTo(a.number() + 1);
        assertThat(b.caseNumber()).isEqualTo(String.format("%02dRS%d", b.year() % 100, b.number()));
        assertThatThrownBy(() -> jdbc.sql("delete from diary_case where id = ?").param(a.id()).update()).isInstanceOf(DataAccessException.class);
    }

    @Test
    void two_secretaries_editing_one_item_never_overwrite_each_other_silently() {
        DiaryCase c = MeetingFixtures.newCase(diary, rtn, "Samtidig redigering");
        Meeting m = MeetingFixtures.meeting(agenda, members, rtn, LocalDate.of(2022, 3, 3));
        AgendaItem item = Acting.as("sekreterare", () -> agenda.addItem(m.id(), decisionItem("Ursprunglig rubrik", c.caseNumber(), "besluta")));
        int read = item.version();
        Acting.as("sekreterare", () -> agenda.updateItem(item.id(), read, decisionItem("Den förstas rubrik", c.caseNumber(), "besluta")));
        ConflictException conflict = Acting.as("admin", () -> {
            try {
                agenda.updateItem(item.id(), read, decisionItem("Den andras rubrik", c.caseNumber(), "besluta annorlunda"));
                return null;
            } catch (ConflictException e) {
                return e;
            }
        });
        assertThat(conflict).isNotNull();
        assertThat(((AgendaItem) conflict.current()).title()).isEqualTo("Den förstas rubrik");
        assertThat(conflict.changedBy()).isEqualTo("sekreterare");
        assertThat(meetings.item(item.id()).title()).isEqualTo("Den förstas rubrik");
    }

    @Test
    void a_substitute_serves_only_for_an_absent_member_and_a_jav_member_takes_no_part() {
        DiaryCase c = MeetingFixtures.newCase(diary, rtn, "Jäv och ersättare");
        Meeting m = MeetingFixtures.meeting(agenda, members, rtn, LocalDate.of(2022, 4, 7));
        AgendaItem item = Acting.as("sekreterare", () -> agenda.addItem(m.id(), decisionItem("Ett ärende", c.caseNumber(), "besluta")));
        MeetingDetails d = meetings.details(m.id());
        UUID jonas = member(members, rtn, "Jonas Exempelvik");
        UUID david = member(members, rtn, "David Exempelsson");
        List<MeetingParticipation.Attendance> present = new java.util.ArrayList<>(everyMemberPresent(d));
        present.add(new MeetingParticipation.Attendance(jonas, true, david, null));
        assertThatThrownBy(() -> Acting.as("sekreterare", () -> session.recordAttendance(m.id(), present))).isInstanceOf(ValidationException.class);
        List<MeetingParticipation.Attendance> withSubstitute = new java.util.ArrayList<>(everyMemberPresent(d, "David Exempelsson"));
        withSubstitute.add(new MeetingParticipation.Attendance(jonas, true, david, null));
        MeetingDetails open = Acting.as("sekreterare", () -> session.recordAttendance(m.id(), withSubstitute));
        assertThat(open.taking()).contains(jonas).doesNotContain(david).hasSize(11);
        UUID fredrik = member(members, rtn, "Fredrik Persson");
        Acting.as("sekreterare", () -> session.recordRecusal(item.id(), fredrik, "Styrelseledamot i sökande bolag"));
        MeetingDetails after = meetings.details(m.id());
        assertThat(after.takingIn(item.id())).doesNotContain(fredrik).hasSize(10);
        Map<UUID, String> votes = new LinkedHashMap<>();
        after.takingIn(item.id()).forEach(id -> votes.put(id, RollCall.YES));
        votes.put(fredrik, RollCall.NO);
        ValidationException e = Acting.as("sekreterare", () -> {
            try {
                session.decide(new RecordDecision(item.id(), null, DecisionOutcome.AS_PROPOSED, List.of("besluta"), "ROLL_CALL", votes, null, null));
                return null;
            } catch (ValidationException x) {
                return x;
            }
        });
        assertThat(sv(e)).contains("Fredrik Persson (MP) deltar inte i beslutet");
    }

    @Test
    void the_public_api_shows_no_unadjusted_decision_and_no_confidential_title() throws Exception {
        DiaryCase secret = Acting.as("sekreterare", () -> diary.register(new RegisterCase("RS", null, "Hemlig affärsuppgift om företaget X", null, rtn, null,
                null, true, "OSL 31 kap. 16 §")));
        String diaryJson = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/public/diary"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(diaryJson).contains(secret.caseNumber()).doesNotContain("Hemlig affärsuppgift");
        String board = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/public/notice-board"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(board).doesNotContain("sekreterare").doesNotContain("justerare");
        assertThat(meetings.publicMeetings()).allMatch(x -> x.isAgendaPublished() || x.isAdjusted());
    }
}
