package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rodtrad.RodtradTest;
import se.rodtrad.organisation.Organisation;

/**
 * A refused form is marked by the server, not only by forms.js (issue #18, item 6): posted with plain HTTP — no browser,
 * no script — the page that comes back has the error summary "Formuläret innehåller fel" that links to each refused
 * field, and the field itself carries aria-invalid="true" and aria-describedby naming its message, which stands beside it.
 * One form of each kind of page: a plan, a case in the diary, a meeting, a grant decision, a delegated decision.
 */
@RodtradTest
class RefusedFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Organisation organisation;

    private String refused(MockHttpServletRequestBuilder request, String username) throws Exception {
        var response = mvc.perform(request.with(user(username)).with(csrf()).header("Accept-Language", "sv-SE")).andReturn().getResponse();
        assertThat(response.getStatus()).as("a refused form is the page again, not an error page").isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** The summary links to the control, which is marked invalid and described by its own message holding the sentence. */
    private static void markedByTheServer(String html, String controlId, String said) {
        String sentence = said.replace("\"", "&quot;"); // as the page writes it
        Matcher summary = Pattern.compile("<div[^>]*class=\"[^\"]*error-summary[^\"]*\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(html);
        assertThat(summary.find()).as("an error summary in the page").isTrue();
        assertThat(summary.group(0)).contains("tabindex=\"-1\"").contains("Formuläret innehåller fel")
                .containsPattern("<a href=\"#" + Pattern.quote(controlId) + "\">[^<]*" + Pattern.quote(sentence));
        Matcher control = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(controlId) + "\"[^>]*>").matcher(html);
        assertThat(control.find()).as("the control #%s", controlId).isTrue();
        String tag = control.group(0);
        assertThat(tag).as("the control #%s", controlId).contains("aria-invalid=\"true\"");
        Matcher described = Pattern.compile("aria-describedby=\"([^\"]+)\"").matcher(tag);
        assertThat(described.find()).as("aria-describedby on #%s", controlId).isTrue();
        assertThat(described.group(1).split(" ")).contains(controlId + "-error");
        assertThat(html).containsPattern("<p class=\"field__error\" id=\"" + Pattern.quote(controlId + "-error") + "\">[^<]*"
                + Pattern.quote(sentence));
    }

    @Test
    void a_new_plan_with_a_year_that_is_no_year() throws Exception {
        String html = refused(post("/planer/ny").param("year", "tjugotjugosju").param("title", "Verksamhetsplan 2027"), "controller");
        markedByTheServer(html, "year", "\"tjugotjugosju\" är inte ett årtal.");
        // the hint is still read with the field, after its message; what was typed stays
        assertThat(html).containsPattern("id=\"year\"[^>]*aria-describedby=\"year-error year-hint\"").contains("value=\"tjugotjugosju\"");
        assertThat(html).contains("value=\"Verksamhetsplan 2027\"");
    }

    @Test
    void a_case_in_the_diary_without_its_title() throws Exception {
        String rtn = organisation.unitByCode("RTN").orElseThrow().id().toString();
        String html = refused(post("/diarium/ny").param("seriesCode", "RS").param("bodyId", rtn).param("title", ""), "sekreterare");
        markedByTheServer(html, "title", "måste fyllas i");
    }

    @Test
    void a_meeting_on_a_day_that_is_no_date() throws Exception {
        String html = refused(post("/sammantraden/ny").param("date", "snart").param("startsAt", "13:00"), "sekreterare");
        markedByTheServer(html, "date", "\"snart\" är inte ett datum");
        assertThat(html).contains("value=\"snart\"").contains("value=\"13:00\"");
    }

    @Test
    void a_grant_decision_without_its_recipient() throws Exception {
        String html = refused(post("/bidrag/beslut").param("body", "RTN").param("recipient", ""), "handlaggare");
        markedByTheServer(html, "g-recipient", "måste fyllas i");
    }

    @Test
    void a_delegated_decision_with_an_amount_that_is_no_amount() throws Exception {
        String html = refused(post("/delegationsbeslut/RTN").param("decidedOn", "2020-01-15").param("amountKr", "mycket")
                .param("granted", "true"), "sekreterare");
        markedByTheServer(html, "entry-amountKr", "Belopp: \"mycket\" är inte ett belopp i hela kronor.");
    }
}
