package se.rodtrad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.rodtrad.RodtradTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search finds what issue 18 names — "kollektivtrafik" in RTN 2023's text, "Kottaberget" in the grant register, a case
 * by its number — through the API and the pages, in the portal only what is public, with the words marked as text
 * and a spelling suggested when nothing is found.
 */
@RodtradTest
class SearchTest {

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    private JsonNode api(String url, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(url).header("Accept-Language", "sv-SE");
        MvcResult r = mvc.perform(username == null ? request : request.with(user(username))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url + " " + r.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(200);
        JsonNode answer = json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
        if (url.startsWith("/api/v1/public/")) {
            // open data: the result under "data", with its licence
            assertThat(answer.get("licence").asString()).contains("CC0");
            return answer.get("data");
        }
        return answer;
    }

    private String page(String url, String username) throws Exception {
        MockHttpServletRequestBuilder request = get(url).header("Accept-Language", "sv-SE");
        MvcResult r = mvc.perform(username == null ? request : request.with(user(username))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> hits(JsonNode result) {
        List<JsonNode> hits = new ArrayList<>();
        result.get("hits").forEach(hits::add);
        return hits;
    }

    private static boolean any(List<JsonNode> hits, String kind, String body, int year, String titlePart) {
        return hits.stream().anyMatch(h -> h.get("kind").asString().equals(kind) && body.equals(h.get("body").asString())
                && h.get("year").asInt() == year && h.get("title").asString().contains(titlePart));
    }

    @Test
    void kollektivtrafik_is_found_in_rtn_2023s_text_with_the_word_marked() throws Exception {
        List<JsonNode> hits = hits(api("/api/v1/search?q=kollektivtrafik", "politiker"));
        assertThat(any(hits, "PLAN_TEXT", "RTN", 2023, "Verksamhetsplan med budget 2023")).as(hits.toString()).isTrue();
        JsonNode rtn2023 = hits.stream().filter(h -> h.get("year").asInt() == 2023 && h.get("kind").asString().equals("PLAN_TEXT")).findFirst().orElseThrow();
        assertThat(rtn2023.get("snippet").asString()).contains("kollektivtrafik").doesNotContain("\u0002");
        assertThat(rtn2023.get("highlights").get(0).asString()).isEqualToIgnoringCase("kollektivtrafik");
        assertThat(rtn2023.get("url").asString()).startsWith("/dokument/planer/").endsWith(".pdf");
        // Swedish stemming: the definite form finds the same text
        assertThat(any(hits(api("/api/v1/search?q=kollektivtrafiken", "politiker")), "PLAN_TEXT", "RTN", 2023, "2023")).isTrue();
    }

    @Test
    void a_sections_snippet_is_cut_from_the_passage_that_holds_the_word() throws Exception {
        // RTN 2023's long sections: the snippet is the marked passage, not the section's first lines
        for (JsonNode h : hits(api("/api/v1/search?q=kollektivtrafik&kind=PLAN_TEXT", "lasare"))) {
            assertThat(h.get("snippet").asString()).as(h.toString()).containsIgnoringCase("kollektivtrafik").doesNotContain("\n");
        }
        // RTN 2026's "Tidplan" is found by its heading alone: its snippet is its first passage, nothing marked
        JsonNode tidplan = hits(api("/api/v1/search?q=tidplan&kind=PLAN_TEXT&year=2026", "lasare")).stream()
                .filter(h -> h.get("title").asString().endsWith("Tidplan")).findFirst().orElseThrow();
        assertThat(tidplan.get("snippet").asString()).isEqualTo("17 juni");
        assertThat(tidplan.get("highlights")).isEmpty();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void a_kept_answer_is_not_shown_once_what_it_searched_has_changed() throws Exception {
        String word = "Qvarnbergsleden" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        // asked twice with nothing changed: the second answer is the kept one
        assertThat(hits(api("/api/v1/public/search?q=" + word, null))).isEmpty();
        assertThat(hits(api("/api/v1/search?q=" + word, "lasare"))).isEmpty();
        assertThat(hits(api("/api/v1/public/search?q=" + word, null))).isEmpty();

        se.rodtrad.fixtures.TestPlans plan = se.rodtrad.fixtures.TestPlans.plan(context, "RTN", se.rodtrad.fixtures.TestPlans.newYear());
        plan.goal("Mål", "1", "Cykelleden " + word + " byggs ut");
        plan.decided(java.time.LocalDate.of(2025, 11, 20), "§ 7");

        assertThat(hits(api("/api/v1/public/search?q=" + word, null))).as("the portal's kept answer after the plan was decided")
                .anyMatch(h -> h.get("kind").asString().equals("GOAL"));
        assertThat(hits(api("/api/v1/search?q=" + word, "lasare"))).anyMatch(h -> h.get("kind").asString().equals("GOAL"));
    }

    @Test
    void kottaberget_is_found_in_the_grant_register_and_in_the_portal() throws Exception {
        List<JsonNode> internal = hits(api("/api/v1/search?q=Kottaberget", "lasare"));
        assertThat(any(internal, "GRANT", "RTN", 2019, "Nora kommun – Cykelområde Kottaberget")).as(internal.toString()).isTrue();
        assertThat(internal.stream().filter(h -> h.get("kind").asString().equals("GRANT")).findFirst().orElseThrow().get("url").asString())
                .startsWith("/bidrag/beslut/");
        List<JsonNode> open = hits(api("/api/v1/public/search?q=Kottaberget", null));
        assertThat(any(open, "GRANT", "RTN", 2019, "Kottaberget")).as(open.toString()).isTrue();
        assertThat(open).allMatch(h -> h.get("url").asString().startsWith("/portal/"));
    }

    @Test
    void a_case_is_found_by_its_number_and_the_unpublished_agenda_only_internally() throws Exception {
        List<JsonNode> internal = hits(api("/api/v1/search?q=19RS9687", "sekreterare"));
        assertThat(internal.get(0).get("kind").asString()).isEqualTo("CASE");
        assertThat(internal.get(0).get("title").asString()).startsWith("19RS9687 Regionala tillväxtnämndens verksamhetsplan med budget 2020");
        assertThat(internal).anyMatch(h -> h.get("kind").asString().equals("AGENDA_ITEM"));
        // the meetings' hits get their snippets after the merge, as the shown hits they are: the item's text, the title's match
        assertThat(internal.stream().filter(h -> h.get("kind").asString().equals("AGENDA_ITEM")).findFirst().orElseThrow().get("snippet").asString())
                .isNotBlank();
        List<JsonNode> kottaberget = hits(api("/api/v1/search?q=Kottaberget", "sekreterare"));
        JsonNode kottabergetCase = kottaberget.stream().filter(h -> h.get("kind").asString().equals("CASE")).findFirst().orElseThrow();
        assertThat(kottabergetCase.get("highlights").get(0).asString()).as(kottabergetCase.toString()).isEqualToIgnoringCase("Kottaberget");
        List<JsonNode> open = hits(api("/api/v1/public/search?q=19RS9687", null));
        assertThat(open).anyMatch(h -> h.get("kind").asString().equals("CASE"));
        assertThat(open).as("the agenda of 2020-01-22 is not published in the demo").noneMatch(h -> h.get("kind").asString().equals("AGENDA_ITEM"));
    }

    @Test
    void the_portal_finds_only_decided_plans() throws Exception {
        // RTN 2020 is a proposal in the demo: its text says "kollektivtrafik" too
        List<JsonNode> internal = hits(api("/api/v1/search?q=kollektivtrafik", "lasare"));
        assertThat(internal).anyMatch(h -> h.get("year").asInt() == 2020 && h.get("body").asString().equals("RTN"));
        List<JsonNode> open = hits(api("/api/v1/public/search?q=kollektivtrafik", null));
        assertThat(any(open, "PLAN_TEXT", "RTN", 2023, "2023")).isTrue();
        assertThat(open).noneMatch(h -> h.get("year").asInt() == 2020 && h.get("body").asString().equals("RTN")
                && List.of("PLAN_TEXT", "GOAL", "INDICATOR", "ASSIGNMENT", "PLAN_ITEM").contains(h.get("kind").asString()));
        // signed in on the portal, it is still the public's search
        List<JsonNode> portalSignedIn = hits(api("/api/v1/public/search?q=kollektivtrafik", "admin"));
        assertThat(portalSignedIn).hasSameSizeAs(open);
    }

    @Test
    void filters_narrow_by_kind_body_and_year_and_an_empty_filter_result_says_the_words_exist_without_it() throws Exception {
        List<JsonNode> goals = hits(api("/api/v1/search?q=kollektivtrafik&kind=PLAN_TEXT&body=RTN&year=2023", "lasare"));
        assertThat(goals).isNotEmpty().allMatch(h -> h.get("kind").asString().equals("PLAN_TEXT") && h.get("year").asInt() == 2023
                && h.get("body").asString().equals("RTN"));
        JsonNode none = api("/api/v1/search?q=kollektivtrafik&kind=GRANT", "lasare");
        assertThat(none.get("hits")).isEmpty();
        assertThat(none.get("widerFilter").asBoolean()).isTrue();
    }

    @Test
    void nothing_found_suggests_the_spelling_of_the_texts() throws Exception {
        // the word list is written in the background after start
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode result = api("/api/v1/search?q=kolektivtrafik", "lasare");
        while (result.get("suggestion").isNull() && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            result = api("/api/v1/search?q=kolektivtrafik", "lasare");
        }
        assertThat(result.get("hits")).isEmpty();
        assertThat(result.get("suggestion").asString()).isEqualTo("kollektivtrafik");
        assertThat(page("/sok?q=kolektivtrafik", "lasare")).contains("Menade du").contains("kollektivtrafik");
        JsonNode open = api("/api/v1/public/search?q=Kotaberget", null);
        assertThat(open.get("suggestion").asString()).isEqualTo("kottaberget");
    }

    @Test
    void bad_input_gets_a_swedish_answer_and_no_request_runs_unbounded() throws Exception {
        MvcResult tooLong = mvc.perform(get("/api/v1/search").param("q", "a".repeat(201)).with(user("lasare"))).andReturn();
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooLong.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("högst 200 tecken");
        assertThat(mvc.perform(get("/api/v1/search").param("q", "plan").param("year", "20x3").with(user("lasare"))).andReturn().getResponse()
                .getStatus()).isEqualTo(400);
        String html = page("/sok?q=plan&ar=20x3&typ=NOTHING", "lasare");
        assertThat(html).contains("Skriv året med fyra siffror").contains("Välj en typ i listan").contains("href=\"#ar\"").contains("aria-invalid=\"true\"");
        // a word in every plan: at most 50 hits, and more is said
        JsonNode many = api("/api/v1/search?q=region", "lasare");
        assertThat(many.get("hits").size()).isLessThanOrEqualTo(Search.MAX_HITS);
        // web search syntax never fails: unbalanced quotes, operators alone
        api("/api/v1/search?q=%22kollektiv%20-%20%7C%20%26%20!(", "lasare");
        assertThat(mvc.perform(get("/api/v1/search?q=plan")).andReturn().getResponse().getStatus()).as("signed in only").isEqualTo(401);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    private String settings() {
        return jdbc.sql("select current_setting('statement_timeout') || ' ' || current_setting('plan_cache_mode')").query(String.class).single();
    }

    @Test
    void a_search_has_its_time_limit_and_kept_plans_for_its_own_statements_only() {
        String before = settings();
        // a question not asked before (a kept answer asks the database nothing), inside a transaction of the test's own, which
        // the search joins: its settings hold there, and end with it
        String inside = new org.springframework.transaction.support.TransactionTemplate(transactions).execute(tx -> {
            se.rodtrad.fixtures.Acting.as("lasare", () -> search.search(new SearchQuery("plan -x" + System.nanoTime(), null, null, null)));
            return settings();
        });
        assertThat(inside).isEqualTo("3s force_generic_plan");
        assertThat(settings()).isEqualTo(before).doesNotContain("force_generic_plan");
    }

    @Test
    void the_pages_show_hits_with_marks_as_text() throws Exception {
        String html = page("/sok?q=kollektivtrafik", "lasare");
        assertThat(html).contains("<mark>kollektivtrafik</mark>").contains("Plantext");
        String portal = page("/portal/sok?q=Kottaberget", null);
        assertThat(portal).contains("<mark>Kottaberget</mark>").contains("Bidrag");
        String hostile = mvc.perform(get("/portal/sok").param("q", "<script>alert(1)</script>")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(hostile).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void snippets_are_split_into_text_and_matches() {
        assertThat(Snippets.parts("a \u0002b\u0003 <c> «d»")).containsExactly(new SearchHit.Part("a ", false), new SearchHit.Part("b", true),
                new SearchHit.Part(" <c> ", false), new SearchHit.Part("d", true));
        assertThat(Snippets.parts(null)).isEmpty();
    }

    @Autowired
    Search search;

    @Test
    void a_search_that_finds_every_place_taken_waits_its_turn_and_is_then_told_to_try_again() throws Exception {
        api("/api/v1/search?q=kollektivtrafik", "lasare");
        // every place among the searches that ask the database taken (as by long searches of others)
        int places = search.asking.drainPermits();
        try {
            long start = System.nanoTime();
            MvcResult r = mvc.perform(get("/api/v1/search?q=tallskogen-" + start).with(user("lasare")).header("Accept-Language", "sv-SE"))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(503);
            assertThat(r.getResponse().getHeader("Retry-After")).isEqualTo("5");
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("Många söker just nu");
            assertThat(System.nanoTime() - start).as("it waited its turn first").isGreaterThanOrEqualTo(Search.WAIT_MS * 1_000_000L);
            // the question asked before is answered from what is kept, without a place
            api("/api/v1/search?q=kollektivtrafik", "lasare");
        } finally {
            search.asking.release(places);
        }
        // with as many already waiting as may wait, a new question is refused at once, without holding its thread
        int waits = search.waiting.drainPermits();
        try {
            long start = System.nanoTime();
            MvcResult r = mvc.perform(get("/api/v1/search?q=granskogen-" + start).with(user("lasare")).header("Accept-Language", "sv-SE"))
                    .andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(503);
            assertThat(System.nanoTime() - start).as("refused without waiting").isLessThan(Search.WAIT_MS * 1_000_000L);
        } finally {
            search.waiting.release(waits);
        }
        // with the places free again, the same search is answered
        assertThat(hits(api("/api/v1/search?q=kollektivtrafik&kind=PLAN_TEXT", "lasare"))).isNotEmpty();
    }
}
