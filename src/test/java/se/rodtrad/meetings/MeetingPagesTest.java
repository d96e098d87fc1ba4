package se.rodtrad.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;

/** Every page of the meetings renders for the secretary and the portal's for anyone; a refused form keeps what was typed. */
@RodtradTest
class MeetingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Meetings meetings;
    @Autowired
    Organisation organisation;

    private UUID demo() {
        UUID rtn = organisation.unitByCode("RTN").orElseThrow().id();
        return meetings.meetings(rtn).stream().filter(m -> m.date().equals(LocalDate.of(2020, 1, 22))).findFirst().orElseThrow().id();
    }

    private String page(String path, String username) throws Exception {
        var request = get(path).header("Accept-Language", "sv-SE");
        MvcResult r = mvc.perform(username == null ? request : request.with(user(username))).andReturn();
        assertThat(r.getResponse().getStatus()).as(path + " " + r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void the_secretarys_pages_render() throws Exception {
        UUID id = demo();
        AgendaItem third = meetings.details(id).items().get(2);
        assertThat(page("/sammantraden", "sekreterare")).contains("2020-01-22");
        assertThat(page("/sammantraden/" + id, "sekreterare")).contains("Regionala tillväxtnämndens verksamhetsplan med budget 2020")
                .contains("19RS9687").contains("Protokollet ska vara justerat senast den 5 februari 2020.").contains("Fredrik Persson (MP)");
        assertThat(page("/sammantraden/" + id + "/narvaro", "sekreterare")).contains("Anna Exempelberg").contains("Exempeldata");
        assertThat(page("/sammantraden/" + id + "/punkter/" + third.id(), "sekreterare")).contains("fastställa regional tillväxtnämnds");
        assertThat(page("/sammantraden/" + id + "/punkter/" + third.id() + "/beslut", "sekreterare")).contains("Jäv");
        assertThat(page("/sammantraden/" + id + "/redigera", "sekreterare")).contains("Justerare 1");
        assertThat(page("/sammantraden/" + id + "/expediering", "sekreterare")).contains("Expediering");
        assertThat(page("/sammantraden/ny", "sekreterare")).contains("Nytt sammanträde");
        assertThat(page("/sammantraden/punkter/ny".replace("/punkter", "/" + id + "/punkter"), "sekreterare")).contains("Rubrik");
        assertThat(page("/sammantraden/ledamoter?organ=RTN", "sekreterare")).contains("Fredrik Persson").contains("Patrik Nyström");
        assertThat(page("/sammantraden/sok?q=verksamhetsplan", "sekreterare")).contains("19RS9687");
        assertThat(page("/diarium", "sekreterare")).contains("19RS10041").contains("Luckor i nummerserien");
        assertThat(page("/diarium/19RS9687", "sekreterare")).contains("Regional tillväxtnämnd 2020-01-22, ärende 3");
        assertThat(page("/diarium/ny", "sekreterare")).contains("Diarieför");
    }

    @Test
    void the_portal_pages_render_for_anyone() throws Exception {
        assertThat(page("/portal/sammantraden", null)).contains("Sammanträden och protokoll");
        assertThat(page("/portal/anslagstavla", null)).contains("Anslagstavla");
        assertThat(page("/portal/diarium", null)).contains("19RS9687");
        int status = mvc.perform(get("/portal/sammantraden/" + demo())).andReturn().getResponse().getStatus();
        assertThat(status).as("an unpublished agenda is not public").isEqualTo(404);
    }

    @Test
    void an_item_without_a_case_is_refused_on_the_page_and_the_form_keeps_the_text() throws Exception {
        UUID id = demo();
        String html = mvc.perform(post("/sammantraden/" + id + "/punkter/ny").with(user("sekreterare")).with(csrf()).header("Accept-Language", "sv-SE")
                .param("kind", "DECISION").param("title", "Ett ärende utan diarienummer").param("proposedClauses", "att göra något"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("saknar diarienummer").contains("Ett ärende utan diarienummer").contains("att göra något");
        assertThat(meetings.details(id).items()).hasSize(7);
    }
}
