package se.rodtrad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.fixtures.TestMeasures;
import se.rodtrad.fixtures.TestPlans;
import se.rodtrad.followup.reports.AnnualReports;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.reports.AssignmentStatuses;
import se.rodtrad.followup.economy.Economy;
import se.rodtrad.followup.reports.FollowReport;
import se.rodtrad.followup.assessment.FollowedIndicator;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.economy.PeriodReport;
import se.rodtrad.followup.reports.ReportContent;
import se.rodtrad.followup.reports.Reports;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.internalcontrol.Commands;
import se.rodtrad.internalcontrol.InternalControl;
import se.rodtrad.internalcontrol.RiskView;
import se.rodtrad.meetings.Agenda;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.DecisionOutcome;
import se.rodtrad.meetings.Diary;
import se.rodtrad.meetings.DiaryCase;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.Member;
import se.rodtrad.meetings.MeetingFixtures;
import se.rodtrad.meetings.MeetingSession;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.meetings.Members;
import se.rodtrad.meetings.Minutes;
import se.rodtrad.meetings.RecordDecision;
import se.rodtrad.meetings.RegisterCase;
import se.rodtrad.organisation.NewUnit;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanEditing;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.ReportOccasion;

/**
 * A year of a committee of Region Örebro län as the region lives it, through the product's use cases only: the plan
 * for 2022 is drafted and put forward in the autumn of 2021, decided at the committee's November meeting when the
 * minutes are adjusted, its budget followed month by month, the statistics of its indicator imported, the internal
 * control plan started and its risk assessed; delårsrapport 1 is written and submitted in May, and at the year's end
 * the verksamhetsberättelse with the ISK judgement, which the region's annual report then holds. Every module takes
 * part and they meet only through their APIs and events.
 *
 * <p>The committee is one of its own (a näringslivsnämnd beside Regional tillväxtnämnd), so the demo's committees keep
 * the plan years the documents give them. The administrator acts for the committee's controller and secretary (only
 * the administrator may act for a body just made); the adjuster and the chair sign with their own accounts.
 */
@RodtradTest
class YearScenarioTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    Organisation organisation;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Plans plans;
    @Autowired
    Diary diary;
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
    Imports imports;
    @Autowired
    Economy economy;
    @Autowired
    Assessments assessments;
    @Autowired
    AssignmentStatuses statuses;
    @Autowired
    Reports reports;
    @Autowired
    InternalControl internalControl;
    @Autowired
    AnnualReports annualReports;

    @Test
    void a_committee_lives_through_2022() throws Exception {
        // The committee, its area of work and its members for the term 2019–2022, the chair and an adjuster with accounts.
        String tag = UUID.randomUUID().toString().substring(0, 6);
        UUID assembly = organisation.unitByCode("RF").orElseThrow().id();
        Unit body = Acting.as("admin", () -> organisation.addUnit(new NewUnit("NLN-" + tag, "Näringslivsnämnd " + tag, UnitType.COMMITTEE, assembly)));
        Unit area = Acting.as("admin", () -> organisation.addUnit(new NewUnit("NLN-" + tag + "-FF", "Företagsfrämjande " + tag, UnitType.AREA,
                body.id())));
        UUID committee = body.id();
        List<Member> board = Acting.as("admin", () -> List.of(
                member(committee, "Anna Ordförande", "S", "CHAIR", "ordforande"),
                member(committee, "Fredrik Justerare", "MP", null, "justerare"),
                member(committee, "Karin Ledamot", "M", null, null),
                member(committee, "Omar Ledamot", "C", null, null),
                member(committee, "Lisa Ledamot", "V", null, null)));

        // September 2021. The controller drafts the plan for 2022: a goal, its indicator and an assignment.
        TestPlans draft = TestPlans.plan(context, body.code(), 2022);
        int goal = draft.goal("Nämndmål", "1", "Fler företag startar och växer i hela länet.");
        int indicator = draft.indicator(goal, "Antalet nystartade företag per 1 000 invånare ska öka.",
                TestPlans.target("PREVIOUS_VALUE", "INCREASE"));
        int assignment = draft.assignment(goal, "1", "Att ta fram en handlingsplan för besöksnäringen.", "DN 2022", "DN");
        TestPlans.Made plan = draft.draft();

        // The plan's internal control plan holds the committee's own risk.
        Acting.as("admin", () -> internalControl.start(plan.id()));
        RiskView risk = Acting.as("admin", () -> internalControl.addRisk(new Commands.AddRisk(plan.id(), "Kvalitet och utveckling",
                "Risk att handlingsplanen för besöksnäringen inte tas fram i tid.", "c")));

        // October 2021. The plan is put forward to the committee and filed under its case in the diary.
        DiaryCase planCase = Acting.as("admin", () -> diary.register(new RegisterCase("RS", null,
                "Näringslivsnämndens verksamhetsplan med budget 2022", null, committee, null, "Sara Sekreterare", false, null)));
        Acting.as("admin", () -> {
            PlanSummary proposal = planEditing.changeStatus(plan.id(), plans.plan(plan.id()).version(), PlanStatus.PROPOSAL, null);
            planEditing.fileUnderCase(plan.id(), proposal.version(), planCase.caseNumber());
        });

        // 18 November 2021. The committee meets: the secretary has put the plan on the agenda; the members attend and
        // decide it as proposed; the adjuster and the chair sign the minutes.
        LocalDate date = LocalDate.of(2021, 11, 18);
        Meeting meeting = Acting.as("admin", () -> {
            Meeting m = agenda.createMeeting(committee, new Agenda.MeetingForm(date, null, "Regionens hus", date.plusDays(14), "Sara Sekreterare",
                    board.get(0).id()));
            agenda.setAdjusters(m.id(), List.<UUID[]>of(new UUID[] {board.get(1).id(), null}));
            return m;
        });
        AgendaItem item = Acting.as("admin", () -> agenda.addItem(meeting.id(), MeetingFixtures.decisionItem(
                "Näringslivsnämndens verksamhetsplan med budget 2022", planCase.caseNumber(), "att fastställa verksamhetsplan med budget 2022")));
        Acting.as("admin", () -> {
            session.recordAttendance(meeting.id(), MeetingFixtures.everyMemberPresent(meetings.details(meeting.id())));
            session.decide(new RecordDecision(item.id(), null, DecisionOutcome.AS_PROPOSED, List.of("fastställa verksamhetsplan med budget 2022"),
                    "ACCLAMATION", null, null, null));
            session.close(meeting.id());
        });
        Acting.as("justerare", () -> minutes.sign(meeting.id()));
        Acting.as("ordforande", () -> minutes.sign(meeting.id()));

        // The minutes are adjusted: the plan is decided with the meeting's date and §, without anyone typing it again.
        PlanSummary decided = eventually(() -> plans.plan(plan.id()), p -> p.status() == PlanStatus.DECIDED);
        assertThat(decided.decision().date()).isEqualTo(LocalDate.of(2021, 11, 18));
        assertThat(decided.decision().paragraph()).isEqualTo("§ 1");
        assertThat(decided.decisionId()).isNotNull();

        // January–April 2022. The economy: the year's budget of the committee's area and each month's outcome.
        StringBuilder economyFile = new StringBuilder("typ;ar;manad;omrade;post;belopp_kr;kalla\n");
        economyFile.append("budget;2022;;").append(area.code()).append(";KOSTNADER;48000000;Budget 2022\n");
        economyFile.append("budget;2022;;").append(area.code()).append(";INTAKTER;6000000;Budget 2022\n");
        for (int month = 1; month <= 4; month++) {
            economyFile.append("utfall;2022;").append(month).append(";").append(area.code()).append(";KOSTNADER;4100000;Ekonomisystemet\n");
            economyFile.append("utfall;2022;").append(month).append(";").append(area.code()).append(";INTAKTER;500000;Ekonomisystemet\n");
        }
        ImportReport booked = Acting.as("admin", () -> imports.run(new ImportRequest(null,
                List.of(new ImportFile("utfall-2022-04.csv", economyFile.toString().getBytes(StandardCharsets.UTF_8))), ImportOptions.none(), false)));
        assertThat(booked.rejected()).isZero();
        PeriodReport april = Acting.as("admin", () -> economy.report(2022, 4, committee));
        PeriodReport.AreaReport nu = april.areas().stream().filter(a -> a.areaCode().equals(area.code())).findFirst().orElseThrow();
        // net: budget 48 − 6 = 42 mnkr for the year; outcome January–April 4 × (4,1 − 0,5) = 14,4 mnkr
        assertThat(nu.net().budgetYear()).isEqualTo(42_000_000_00L);
        assertThat(nu.net().outcomeToDate()).isEqualTo(14_400_000_00L);

        // The statistics arrive: new firms per 1 000 inhabitants for the county, which the indicator is linked to.
        TestMeasures measures = new TestMeasures(context);
        String code = "NYSTARTADE-" + UUID.randomUUID().toString().substring(0, 6);
        measures.measure(code, "Nystartade företag per 1 000 invånare", "Nystartade företag", "per 1 000 inv.", "nystartade företag", "invånare");
        String values = "matt;enhet;period;kon;varde;kalla\n" + code + ";0018;2020;T;9,1;Tillväxtanalys\n" + code + ";0018;2021;T;9,8;Tillväxtanalys\n";
        ImportReport statistics = Acting.as("admin", () -> imports.run(new ImportRequest(null,
                List.of(new ImportFile("nystartade.csv", values.getBytes(StandardCharsets.UTF_8))), ImportOptions.none(), false)));
        assertThat(statistics.inserted()).isEqualTo(2);
        FollowedIndicator followed = eventually(() -> assessments.indicators(plan.id()), list -> !list.isEmpty()).get(0);
        assertThat(followed.planItemId()).isEqualTo(plan.item(indicator).id());
        Acting.as("admin", () -> assessments.relink(followed.id(), code, followed.version()));

        // The risk is assessed during the year.
        Acting.as("admin", () -> internalControl.assess(new Commands.AssessRisk(risk.id(), risk.version(), 3, 2)));

        // May 2022. Delårsrapport 1: the assignment's status, the goal assessed from real values, the economy to April.
        Acting.as("admin", () -> statuses.set(plan.id(), ReportOccasion.DELARSRAPPORT_1,
                new AssignmentStatuses.Change(plan.item(assignment).id(), "PAGAR", "Arbetet med handlingsplanen har börjat.", null)));
        FollowReport dr1 = Acting.as("admin", () -> {
            FollowReport r = reports.create(plan.id(), "DELARSRAPPORT_1");
            r = reports.saveTexts(r.id(), r.version(), "Årets första fyra månader.", List.of());
            return reports.submit(r.id(), r.version());
        });
        ReportContent interim = Acting.as("politiker", () -> reports.content(dr1.id()));
        assertThat(interim.periodMonth()).isEqualTo(4);
        assertThat(interim.goals()).singleElement().satisfies(g -> {
            assertThat(g.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
            assertThat(g.indicators()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(AssessmentStatus.UPPFYLLT));
        });
        assertThat(interim.assignments()).singleElement().satisfies(a -> assertThat(a.comment()).isEqualTo("Arbetet med handlingsplanen har börjat."));
        assertThat(interim.economy()).isNotNull();
        assertThat(interim.internalControl()).isNotNull();

        // December 2022. The year's end: the assignment is done, the committee judges its internal control sufficient,
        // and the verksamhetsberättelse is submitted.
        Acting.as("admin", () -> statuses.set(plan.id(), ReportOccasion.VERKSAMHETSBERATTELSE,
                new AssignmentStatuses.Change(plan.item(assignment).id(), "GENOMFORT", "Handlingsplanen beslutades i oktober.", null)));
        Acting.as("admin", () -> internalControl.judge(new Commands.JudgeControl(plan.id(), null, true,
                "Kontrollerna genomfördes enligt plan och avvikelserna åtgärdades.")));
        FollowReport vb = Acting.as("admin", () -> {
            FollowReport r = reports.create(plan.id(), "VERKSAMHETSBERATTELSE");
            r = reports.saveTexts(r.id(), r.version(), "Ett år då fler företag startade i länet.", List.of());
            return reports.submit(r.id(), r.version());
        });
        ReportContent yearEnd = Acting.as("politiker", () -> reports.content(vb.id()));
        assertThat(yearEnd.internalControl().judgement()).isNotNull();
        assertThat(yearEnd.internalControl().judgement().sufficient()).isTrue();
        assertThat(yearEnd.assignments()).singleElement().satisfies(a -> assertThat(a.status().name()).isEqualTo("GENOMFORT"));

        // The region's annual report holds the committee's chapter, submitted.
        AnnualReports.AnnualReport region = Acting.as("politiker", () -> annualReports.report(organisation.homeRegion().id(), 2022));
        assertThat(region.chapters()).anySatisfy(c -> {
            assertThat(c.planId()).isEqualTo(plan.id());
            assertThat(c.submitted()).isTrue();
            assertThat(c.reportId()).isEqualTo(vb.id());
        });
    }

    private Member member(UUID bodyId, String name, String party, String position, String username) {
        return members.add(bodyId, new Members.MemberForm(name, party, Member.MEMBER, position, LocalDate.of(2019, 1, 1), LocalDate.of(2022, 12, 31), null,
                username));
    }

    /** What {@code read} gives once {@code done} holds; the events between modules arrive moments after the change. */
    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            value = read.get();
        }
        assertThat(done.test(value)).as("the change arrived within 20 s").isTrue();
        return value;
    }
}
