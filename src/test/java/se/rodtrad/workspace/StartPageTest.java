package se.rodtrad.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.meetings.Agenda;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.SecretaryTasks;
import se.rodtrad.organisation.Organisation;

/** The start page per role: the secretary's meetings to look after beside the tasks every role has. */
@RodtradTest
class StartPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Agenda agenda;
    @Autowired
    SecretaryTasks secretaryTasks;
    @Autowired
    Organisation organisation;
    @Autowired
    BodyOverviews overviews;

    @Test
    void the_secretary_finds_the_agenda_to_prepare_for_rtns_next_meeting_and_a_politician_does_not() throws Exception {
        LocalDate date = LocalDate.now().plusDays(30 + Math.floorMod(System.nanoTime(), 300));
        var rtn = organisation.unitByCode("RTN").orElseThrow().id();
        Meeting meeting = Acting.as("sekreterare", () -> agenda.createMeeting(rtn,
                new Agenda.MeetingForm(date, LocalTime.of(9, 0), "Regionens hus", date.plusDays(14), "Sara Sekreterare", null)));
        var tasks = Acting.as("sekreterare", () -> secretaryTasks.mine(LocalDate.now()));
        assertThat(tasks).anySatisfy(t -> {
            assertThat(t.meeting().id()).isEqualTo(meeting.id());
            assertThat(t.kind()).isEqualTo(SecretaryTasks.Kind.PREPARE_AGENDA);
            assertThat(t.overdue()).isFalse();
        });
        String page = mvc.perform(get("/").with(user("sekreterare"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sammanträden att sköta").contains("Förbered och publicera föredragningslistan: Regional tillväxtnämnd " + date);
        assertThat(Acting.as("politiker", () -> secretaryTasks.mine(LocalDate.now()))).isEmpty();
    }

    @Test
    void the_politician_sees_rtns_goals_with_their_status_and_its_latest_decisions_and_the_controller_does_not() throws Exception {
        var list = Acting.as("politiker", () -> overviews.mine(LocalDate.now()));
        assertThat(list).singleElement().satisfies(o -> {
            assertThat(o.bodyName()).isEqualTo("Regional tillväxtnämnd");
            assertThat(o.plan().title()).contains("2023");
            assertThat(o.goals()).isNotEmpty().allSatisfy(g -> assertThat(g.status()).isNotNull());
            // the demo's meeting of 2020-01-22 has its agenda but no decision yet; decisions of other tests' meetings may show
            assertThat(o.decisions()).hasSizeLessThanOrEqualTo(BodyOverviews.DECISIONS).allSatisfy(d -> assertThat(d.paragraph()).isPositive());
        });
        String page = mvc.perform(get("/").with(user("politiker")).header("Accept-Language", "sv-SE")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("Regional tillväxtnämnd i korthet").contains("Senaste besluten")
                .containsPattern("status__icon[^>]*>[^<]+</span>\\s*<span>(uppfyllt|delvis uppfyllt|ej uppfyllt|kan ej bedömas)</span>");
        assertThat(Acting.as("controller", () -> overviews.mine(LocalDate.now()))).isEmpty();
    }
}
