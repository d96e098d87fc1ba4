package se.rodtrad.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.rodtrad.RodtradTest;
import se.rodtrad.fixtures.Acting;
import se.rodtrad.followup.measures.MeasureForm;
import se.rodtrad.followup.measures.Measures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open data (issue 19): every endpoint under {@code /api/v1/public} — found from the handler mappings — answers an
 * anonymous visitor the same way (JSON wrapped with its licence and publisher, CSV with the licence in a {@code Link}
 * header) and never names a person's account; and portals and harvesters re-fetch cheaply with conditional GET.
 */
@RodtradTest
class OpenDataTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Measures measures;

    Set<String> publicEndpoints() {
        Set<String> result = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, method) -> {
                if (method.getBeanType().getPackageName().startsWith("se.rodtrad")) {
                    info.getPatternValues().stream().filter(p -> p.startsWith("/api/v1/public")).forEach(result::add);
                }
            });
        }
        return result;
    }

    MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(java.net.URI.create(path.replace(" ", "%20")))).andReturn().getResponse();
    }

    @Test
    void every_public_answer_is_wrapped_with_its_licence_and_names_no_account() throws Exception {
        // every account's username (the demo's and any a test made), as a word of its own
        List<String> usernames = jdbc.sql("select username from user_account").query(String.class).list();
        assertThat(usernames).contains("controller", "sekreterare", "handlaggare");
        Set<String> endpoints = publicEndpoints();
        assertThat(endpoints).contains("/api/v1/public/plans", "/api/v1/public/reports", "/api/v1/public/grants", "/api/v1/public/diary");
        DemoPaths demo = new DemoPaths(jdbc);
        List<String> problems = new ArrayList<>();
        for (String pattern : endpoints) {
            MockHttpServletResponse response = anonymous(demo.expand(pattern));
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (response.getStatus() == 404 && DemoPaths.MAY_BE_UNPUBLISHED.contains(pattern)) {
                continue;
            }
            if (response.getStatus() != 200) {
                problems.add(pattern + " → " + response.getStatus());
                continue;
            }
            if (!String.valueOf(response.getHeader(HttpHeaders.LINK)).contains("rel=\"license\"")) {
                problems.add(pattern + ": ingen licens i Link-huvudet");
            }
            if (response.getContentType().startsWith("application/json")) {
                JsonNode json = JsonMapper.builder().build().readTree(body);
                if (!json.isObject() || !json.path("licence").asString("").startsWith("CC0") || !json.has("publisher") || !json.has("data")) {
                    problems.add(pattern + ": inte inslaget som öppna data (licence, publisher, data)");
                }
            }
            for (String username : usernames) {
                // a value that is the account's name: a JSON string or a CSV cell of its own ("controller" in a sentence is the
                // profession, not the account)
                var found = Pattern.compile("(?m)(\"|^|[,;])" + Pattern.quote(username) + "(\"|$|[,;])").matcher(body);
                if (found.find()) {
                    problems.add(pattern + ": användarnamnet " + username + " i …" + body.substring(Math.max(0, found.start() - 60),
                            Math.min(body.length(), found.end() + 20)) + "…");
                }
            }
        }
        assertThat(problems).as(endpoints.size() + " öppna ändpunkter").isEmpty();
    }

    @Test
    void an_unchanged_public_answer_is_not_sent_again_and_a_change_is() throws Exception {
        String decided = jdbc.sql("select id::text from plan where status = 'DECIDED' order by year desc limit 1").query(String.class).single();
        for (String path : List.of("/api/v1/public/plans", "/portal", "/api/v1/public/plans.csv", "/portal/planer/" + decided + ".pdf")) {
            MockHttpServletResponse first = anonymous(path);
            assertThat(first.getStatus()).as(path).isEqualTo(200);
            String etag = first.getHeader(HttpHeaders.ETAG);
            assertThat(etag).as(path).startsWith("W/\"");
            assertThat(first.getHeader(HttpHeaders.LAST_MODIFIED)).as(path).isNotBlank();
            assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).as(path).isEqualTo("no-cache");
            var again = mvc.perform(get(path).header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn().getResponse();
            assertThat(again.getStatus()).as(path).isEqualTo(304);
            assertThat(again.getContentAsByteArray()).isEmpty();
            var since = mvc.perform(get(path).header(HttpHeaders.IF_MODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
                    .andReturn().getResponse();
            assertThat(since.getStatus()).as(path).isEqualTo(304);
        }
        MockHttpServletResponse before = anonymous("/api/v1/public/plans");
        // a committed change anywhere moves the change counters: the next conditional GET gets the whole answer
        Acting.as("admin", () -> measures.create(new MeasureForm("TEST-ETAG", null, "Testmått ETag", "testmått etag", "antal",
                "Testmått ETag", null, null, "Test", false)));
        var after = mvc.perform(get("/api/v1/public/plans").header(HttpHeaders.IF_NONE_MATCH, before.getHeader(HttpHeaders.ETAG)))
                .andReturn().getResponse();
        assertThat(after.getStatus()).isEqualTo(200);
        assertThat(after.getHeader(HttpHeaders.ETAG)).isNotEqualTo(before.getHeader(HttpHeaders.ETAG));
    }
}
