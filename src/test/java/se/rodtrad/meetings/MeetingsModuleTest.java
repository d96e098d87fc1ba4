package se.rodtrad.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static se.rodtrad.meetings.MeetingFixtures.decisionItem;
import static se.rodtrad.meetings.MeetingFixtures.everyMemberPresent;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.organisation.Organisation;

/**
 * Meetings on its own — its beans and those of the modules it depends on, not the whole product: a meeting is held
 * and its minutes adjusted through its use cases, and only then does it tell the world what was decided, § by §.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class MeetingsModuleTest {

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
    Organisation organisation;

    @Test
    void adjusted_minutes_tell_each_decision_with_its_case_and_paragraph(Scenario scenario) {
        var rtn = organisation.unitByCode("RTN").orElseThrow().id();
        DiaryCase matter = MeetingFixtures.newCase(diary, rtn, "Ett ärende som nämnden avgör");
        Meeting m = MeetingFixtures.meeting(agenda, members, rtn, LocalDate.of(2022, 3, 15));
        AgendaItem item = Acting.as("sekreterare", () -> agenda.addItem(m.id(), decisionItem("Ett ärende", matter.caseNumber(), "att bifalla")));
        Acting.as("sekreterare", () -> session.recordAttendance(m.id(), everyMemberPresent(meetings.details(m.id()))));
        Acting.as("sekreterare", () -> session.decide(new RecordDecision(item.id(), null, DecisionOutcome.AS_PROPOSED, List.of("bifalla"),
                "ACCLAMATION", null, null, null)));
        Acting.as("sekreterare", () -> session.close(m.id()));
        Acting.as("justerare", () -> minutes.sign(m.id()));

        scenario.stimulate(() -> Acting.as("ordforande", () -> minutes.sign(m.id())))
                .andWaitForEventOfType(DecisionTaken.class)
                .matching(d -> matter.caseNumber().equals(d.caseNumber()))
                .toArriveAndVerify(d -> {
                    assertThat(d.paragraph()).isEqualTo("§ 1");
                    assertThat(d.meetingDate()).isEqualTo(LocalDate.of(2022, 3, 15));
                    assertThat(d.outcome()).isEqualTo(DecisionOutcome.AS_PROPOSED);
                    assertThat(d.clauses()).containsExactly("bifalla");
                    assertThat(d.adjustedOn()).isNotNull();
                });
    }
}
