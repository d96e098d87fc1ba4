package se.rodtrad.followup.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.reports.ReportFixtures.Fixture;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports and the assignments' status through the pages and the API: the htmx row save, the REST
 * read and write with optimistic locking, a report created, written, submitted; the public API and the portal
 * show submitted reports and refuse drafts to anonymous visitors.
 */
@RodtradTest
class ReportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode read(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString());
    }

    @Test
    void the_reports_api_answers_a_page_at_a_time_with_the_next_page_and_the_count() throws Exception {
        long all = jdbc.sql("select count(*) from follow_report").query(Long.class).single();
        assertThat(all).as("the demo's reports").isGreaterThanOrEqualTo(2);
        MvcResult first = mvc.perform(get("/api/v1/reports?size=1").with(httpBasic("lasare", "lasare"))).andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(first)).hasSize(1);
        assertThat(first.getResponse().getHeader("X-Total-Count")).isEqualTo(Long.toString(all));
        assertThat(first.getResponse().getHeader("Link")).isEqualTo("</api/v1/reports?page=1&size=1>; rel=\"next\"");
        MvcResult second = mvc.perform(get("/api/v1/reports?page=1&size=1").with(httpBasic("lasare", "lasare"))).andReturn();
        assertThat(read(second).get(0).get("id").asString()).isNotEqualTo(read(first).get(0).get("id").asString());
        // every report once over the pages, in a stable order
        MvcResult whole = mvc.perform(get("/api/v1/reports?size=1000").with(httpBasic("lasare", "lasare"))).andReturn();
        assertThat(read(whole)).hasSize((int) all);
        assertThat(whole.getResponse().getHeader("Link")).isNull();
        // the list page a page at a time too: the first holds the demo's reports, one far past the end holds none and says so
        String listPage = mvc.perform(get("/uppfoljning/rapporter").with(user("lasare"))).andReturn().getResponse().getContentAsString();
        assertThat(listPage).contains("/uppfoljning/rapporter/" + read(first).get(0).get("id").asString());
        MvcResult past = mvc.perform(get("/uppfoljning/rapporter?sida=9999999").with(user("lasare"))).andReturn();
        assertThat(past.getResponse().getStatus()).isEqualTo(200);
        assertThat(past.getResponse().getContentAsString()).doesNotContain("/uppfoljning/rapporter/" + read(first).get(0).get("id").asString());
        MvcResult tooMany = mvc.perform(get("/api/v1/reports?size=1001").with(httpBasic("lasare", "lasare")).header("Accept-Language", "sv-SE"))
                .andReturn();
        assertThat(tooMany.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooMany.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("En sida kan visa mellan 1 och");
    }

    @Test
    void the_submitted_demo_report_shows_the_economy_table_it_shares_with_the_economy_page() throws Exception {
        UUID demo = jdbc.sql("select id from follow_report where exempeldata and status = 'SUBMITTED' and occasion = 'DELARSRAPPORT_1' and year = 2023")
                .query(UUID.class).list().get(0);
        String page = mvc.perform(get("/uppfoljning/rapporter/" + demo).with(user("lasare"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nettokostnad per område t.o.m. april 2023, mnkr").contains("157,1").contains("Prognos helår");
    }

    @Test
    void the_assignment_status_api_reads_and_writes_with_the_version() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        String url = "/api/v1/plans/" + f.planId() + "/assignment-status?occasion=DELARSRAPPORT_2";
        JsonNode list = read(mvc.perform(get(url).with(httpBasic("lasare", "lasare"))).andReturn());
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("status").isNull()).isTrue();

        String body = "{\"statuses\":[{\"itemId\":\"" + f.assignment1() + "\",\"status\":\"PAGAR\",\"comment\":\"Upphandling pågår.\"}]}";
        MvcResult saved = mvc.perform(put(url).with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(saved).get(0).get("status").asString()).isEqualTo("PAGAR");
        assertThat(read(saved).get(0).get("version").asInt()).isZero();

        // a second first-time save without the version someone else just wrote
        MvcResult stale = mvc.perform(put(url).with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"statuses\":[{\"itemId\":\"" + f.assignment1() + "\",\"status\":\"GENOMFORT\",\"version\":7}]}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);

        MvcResult refused = mvc.perform(put(url).with(httpBasic("controller-rs", "controller-rs")).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        MvcResult badOccasion = mvc.perform(get("/api/v1/plans/" + f.planId() + "/assignment-status?occasion=Q3").with(httpBasic("lasare", "lasare")))
                .andReturn();
        assertThat(badOccasion.getResponse().getStatus()).isEqualTo(400);
        assertThat(badOccasion.getResponse().getContentAsString()).contains("Q3");
    }

    @Test
    void an_indicators_values_are_found_by_its_plan_item_id_as_well_as_by_the_followed_indicator_id() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        JsonNode byFollowed = read(mvc.perform(get("/api/v1/indicators/" + f.indicatorId() + "/values").with(httpBasic("lasare", "lasare"))).andReturn());
        JsonNode byItem = read(mvc.perform(get("/api/v1/indicators/" + f.indicatorItem() + "/values").with(httpBasic("lasare", "lasare"))).andReturn());
        assertThat(byItem).hasSize(2);
        assertThat(byItem.toString()).isEqualTo(byFollowed.toString());
        // an assignment is no indicator, a random id is nothing
        assertThat(mvc.perform(get("/api/v1/indicators/" + f.assignment1() + "/values").with(httpBasic("lasare", "lasare"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/indicators/" + UUID.randomUUID() + "/values").with(httpBasic("lasare", "lasare"))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void an_assignment_row_saved_with_htmx_comes_back_alone_with_its_status_in_words() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        MvcResult page = mvc.perform(get("/uppfoljning/planer/" + f.planId() + "/uppdrag?tillfalle=DELARSRAPPORT_1").with(user("controller")))
                .andReturn();
        assertThat(page.getResponse().getContentAsString()).contains("Att utreda lärcentrum").contains("Inte rapporterat");

        MvcResult row = mvc.perform(post("/uppfoljning/planer/" + f.planId() + "/uppdrag/" + f.assignment1()).with(user("controller")).with(csrf())
                .header("HX-Request", "true").param("tillfalle", "DELARSRAPPORT_1").param("status", "GENOMFORT").param("comment", "Klart."))
                .andReturn();
        String html = row.getResponse().getContentAsString();
        assertThat(html).startsWith("<tr").contains("Genomfört").contains("✔").contains("Klart.").doesNotContain("<html");

        MvcResult reader = mvc.perform(post("/uppfoljning/planer/" + f.planId() + "/uppdrag/" + f.assignment1()).with(user("lasare")).with(csrf())
                .param("status", "PAGAR")).andReturn();
        assertThat(reader.getResponse().getStatus()).isEqualTo(403);
        MvcResult readerPage = mvc.perform(get("/uppfoljning/planer/" + f.planId() + "/uppdrag?tillfalle=DELARSRAPPORT_1").with(user("lasare")))
                .andReturn();
        assertThat(readerPage.getResponse().getContentAsString()).contains("Genomfört").doesNotContain("Spara status");
    }

    @Test
    void a_report_is_created_written_and_submitted_through_the_api_and_then_public() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        MvcResult created = mvc.perform(post("/api/v1/plans/" + f.planId() + "/reports").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"occasion\":\"DELARSRAPPORT_2\"}")).andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String id = read(created).get("id").asString();

        // anonymous visitors never see a draft, neither in the public API nor in the portal
        assertThat(mvc.perform(get("/api/v1/public/reports/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/portal/rapporter/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/api/v1/reports/" + id)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get("/uppfoljning/rapporter/" + id)).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(mvc.perform(get("/portal/rapporter")).andReturn().getResponse().getContentAsString()).doesNotContain(id);

        MvcResult texts = mvc.perform(put("/api/v1/reports/" + id + "/texts").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"summary\":\"Halvåret i korthet.\",\"goals\":[{\"goal\":\""
                        + f.goal() + "\",\"status\":\"DELVIS_UPPFYLLT\",\"analysis\":\"Analys av målet.\"}]}")).andReturn();
        assertThat(texts.getResponse().getStatus()).isEqualTo(200);
        MvcResult readerSubmit = mvc.perform(post("/api/v1/reports/" + id + "/submit").with(httpBasic("lasare", "lasare"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andReturn();
        assertThat(readerSubmit.getResponse().getStatus()).isEqualTo(403);
        MvcResult submitted = mvc.perform(post("/api/v1/reports/" + id + "/submit").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":1}")).andReturn();
        assertThat(read(submitted).get("status").asString()).isEqualTo("SUBMITTED");

        JsonNode open = read(mvc.perform(get("/api/v1/public/reports/" + id)).andReturn()).get("data");
        assertThat(open.get("content").get("summary").asString()).isEqualTo("Halvåret i korthet.");
        assertThat(open.get("content").get("goals").get(0).get("analysis").asString()).isEqualTo("Analys av målet.");
        assertThat(read(mvc.perform(get("/api/v1/public/reports?year=" + f.year())).andReturn()).get("data")).hasSize(1);
        String portal = mvc.perform(get("/portal/rapporter/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(portal).contains("Delårsrapport 2").contains("Halvåret i korthet.").contains("Delvis uppfyllt".toLowerCase().substring(0, 6));
        assertThat(mvc.perform(get("/portal/rapporter")).andReturn().getResponse().getContentAsString()).contains(id);

        byte[] pdf = mvc.perform(get("/portal/rapporter/" + id + ".pdf")).andReturn().getResponse().getContentAsByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Delårsrapport 2").contains("Halvåret i korthet.").contains("Analys av målet.")
                    .contains("Inlämnad").contains("Att utreda lärcentrum").contains("12,5");
        }

        MvcResult again = mvc.perform(put("/api/v1/reports/" + id + "/texts").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":2,\"summary\":\"Ändrad\"}")).andReturn();
        assertThat(again.getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void the_report_pages_create_edit_preview_and_submit_a_draft() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        MvcResult created = mvc.perform(post("/uppfoljning/rapporter").with(user("controller")).with(csrf())
                .param("plan", f.planId().toString()).param("tillfalle", "VERKSAMHETSBERATTELSE")).andReturn();
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/uppfoljning/rapporter/").endsWith("/redigera");
        String id = location.split("/")[3];

        String edit = mvc.perform(get(location).with(user("controller"))).andReturn().getResponse().getContentAsString();
        assertThat(edit).contains(f.goal()).contains("name=\"summary\"").contains("Skriv verksamhetsberättelse – ");
        MvcResult saved = mvc.perform(post(location).with(user("controller")).with(csrf()).param("version", "0").param("summary", "Året i sammandrag.")
                .param("goal", f.goal()).param("status", "").param("analysis", "Målet nåddes.")).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(location);
        MvcResult stale = mvc.perform(post(location).with(user("controller")).with(csrf()).param("version", "0").param("summary", "Min text")
                .param("goal", f.goal()).param("status", "").param("analysis", "x")).andReturn();
        assertThat(stale.getResponse().getContentAsString()).contains("Min text").contains("Året i sammandrag.");

        String preview = mvc.perform(get("/uppfoljning/rapporter/" + id).with(user("lasare"))).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("Året i sammandrag.").contains("Målet nåddes.").contains("Utkast").doesNotContain("lamna-in");
        assertThat(mvc.perform(get("/uppfoljning/rapporter/" + id + "/lamna-in").with(user("lasare"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/uppfoljning/rapporter/" + id + "/redigera").with(user("controller-rs"))).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        String confirm = mvc.perform(get("/uppfoljning/rapporter/" + id + "/lamna-in").with(user("controller"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(confirm).contains("Lämna in rapporten");
        MvcResult submitted = mvc.perform(post("/uppfoljning/rapporter/" + id + "/lamna-in").with(user("controller")).with(csrf())
                .param("version", "1")).andReturn();
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/uppfoljning/rapporter/" + id);
        String view = mvc.perform(get("/uppfoljning/rapporter/" + id).with(user("controller"))).andReturn().getResponse().getContentAsString();
        assertThat(view).contains("Inlämnad").contains("ögonblicksbild").doesNotContain("/redigera\"");
        String list = mvc.perform(get("/uppfoljning/rapporter?ar=" + f.year()).with(user("politiker"))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("/uppfoljning/rapporter/" + id).contains("Verksamhetsberättelse");
        assertThat(UUID.fromString(id)).isNotNull();
    }

    /** A report started and submitted through the API, with a summary and the fixture goal's text; its id. */
    String submittedWithTexts(Fixture f, String occasion) throws Exception {
        String id = read(mvc.perform(post("/api/v1/plans/" + f.planId() + "/reports").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"occasion\":\"" + occasion + "\"}")).andReturn()).get("id").asString();
        mvc.perform(put("/api/v1/reports/" + id + "/texts").with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"summary\":\"Per april.\",\"goals\":[{\"goal\":\"" + f.goal()
                        + "\",\"status\":\"DELVIS_UPPFYLLT\",\"analysis\":\"Under årets första fyra månader gick det framåt.\"}]}"));
        mvc.perform(post("/api/v1/reports/" + id + "/submit").with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":1}"));
        return id;
    }

    @Test
    void a_report_whose_copied_goal_texts_nobody_reviewed_is_not_submitted_and_the_page_says_how_many() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        submittedWithTexts(f, "DELARSRAPPORT_1");
        String id = read(mvc.perform(post("/api/v1/plans/" + f.planId() + "/reports").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"occasion\":\"DELARSRAPPORT_2\"}")).andReturn()).get("id").asString();
        mvc.perform(post("/uppfoljning/rapporter/" + id + "/sammanfattning/bekrafta").with(user("controller")).with(csrf()));
        int version = read(mvc.perform(get("/api/v1/reports/" + id).with(httpBasic("controller", "controller"))).andReturn())
                .get("report").get("version").asInt();

        String confirm = mvc.perform(get("/uppfoljning/rapporter/" + id + "/lamna-in").with(user("controller"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(confirm).contains("1 mål har kopierad text som ingen har granskat.").contains("Lämna in delårsrapport 2 – ");
        MvcResult refused = mvc.perform(post("/uppfoljning/rapporter/" + id + "/lamna-in").with(user("controller")).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("role=\"alert\"").contains("1 mål har kopierad text som ingen har granskat.");
        MvcResult api = mvc.perform(post("/api/v1/reports/" + id + "/submit").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + version + "}")).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(422);
        assertThat(read(api).get("detail").asString()).isEqualTo(
                "1 mål har kopierad text som ingen har granskat. Läs texterna från förra rapporten och ändra eller bekräfta dem innan rapporten lämnas in.");
        assertThat(read(mvc.perform(get("/api/v1/reports/" + id).with(httpBasic("controller", "controller"))).andReturn())
                .get("report").get("status").asString()).isEqualTo("DRAFT");

        // someone reads the copied text and lets it stand: now the report goes in
        mvc.perform(post("/uppfoljning/rapporter/" + id + "/mal/bekrafta").with(user("controller")).with(csrf()).param("goal", f.goal()));
        MvcResult submitted = mvc.perform(post("/uppfoljning/rapporter/" + id + "/lamna-in").with(user("controller")).with(csrf())
                .param("version", String.valueOf(version))).andReturn();
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/uppfoljning/rapporter/" + id);
    }

    @Test
    void one_goals_judgement_and_analysis_are_read_and_written_over_the_api_against_the_goals_version() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        String id = read(mvc.perform(post("/api/v1/plans/" + f.planId() + "/reports").with(httpBasic("controller", "controller"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"occasion\":\"DELARSRAPPORT_1\"}")).andReturn()).get("id").asString();
        String url = "/api/v1/reports/" + id + "/goals/1";

        JsonNode blank = read(mvc.perform(get(url).with(httpBasic("lasare", "lasare"))).andReturn());
        assertThat(blank.get("goal").asString()).isEqualTo(f.goal());
        assertThat(blank.get("assessed").asString()).isEqualTo("UPPFYLLT");
        assertThat(blank.get("analysis").isNull()).isTrue();
        assertThat(blank.get("version").asInt()).isEqualTo(-1);

        MvcResult written = mvc.perform(put(url).with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":-1,\"status\":\"DELVIS_UPPFYLLT\",\"analysis\":\"Andelen ökar men inte i alla kommuner.\"}")).andReturn();
        assertThat(written.getResponse().getStatus()).isEqualTo(200);
        assertThat(read(written).get("status").asString()).isEqualTo("DELVIS_UPPFYLLT");
        assertThat(read(written).get("version").asInt()).isZero();

        // a second writer with the version they read before the first one saved gets the first one's text back
        MvcResult stale = mvc.perform(put(url).with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":-1,\"analysis\":\"Min egen text.\"}")).andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(read(stale).get("current").get("analysis").asString()).isEqualTo("Andelen ökar men inte i alla kommuner.");
        assertThat(read(mvc.perform(get(url).with(httpBasic("lasare", "lasare"))).andReturn()).get("analysis").asString())
                .isEqualTo("Andelen ökar men inte i alla kommuner.");

        assertThat(mvc.perform(put(url).with(httpBasic("lasare", "lasare")).contentType(MediaType.APPLICATION_JSON).content("{}")).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        MvcResult badStatus = mvc.perform(put(url).with(httpBasic("controller", "controller")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":0,\"status\":\"KANSKE\"}")).andReturn();
        assertThat(badStatus.getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/api/v1/reports/" + id + "/goals/2").with(httpBasic("lasare", "lasare"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(401);
    }

    @Test
    void following_next_through_the_public_reports_gives_every_submitted_report_once() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        for (String occasion : List.of("DELARSRAPPORT_1", "DELARSRAPPORT_2", "VERKSAMHETSBERATTELSE")) {
            String id = read(mvc.perform(post("/api/v1/plans/" + f.planId() + "/reports").with(httpBasic("controller", "controller"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"occasion\":\"" + occasion + "\"}")).andReturn()).get("id").asString();
            mvc.perform(post("/api/v1/reports/" + id + "/submit").with(httpBasic("controller", "controller"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"));
        }
        JsonNode whole = read(mvc.perform(get("/api/v1/public/reports?size=1000")).andReturn());
        long total = whole.get("paging").get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(4).isEqualTo(whole.get("data").size());
        java.util.Set<String> every = new java.util.HashSet<>();
        whole.get("data").forEach(r -> every.add(r.get("id").asString()));

        List<String> seen = new java.util.ArrayList<>();
        String next = "/api/v1/public/reports?size=2";
        int pages = 0;
        while (next != null) {
            MvcResult page = mvc.perform(get(next)).andReturn();
            JsonNode body = read(page);
            body.get("data").forEach(r -> seen.add(r.get("id").asString()));
            JsonNode n = body.get("paging").get("next");
            next = n == null || n.isNull() ? null : n.asString();
            if (next != null) {
                assertThat(page.getResponse().getHeader("Link")).contains("<" + next + ">; rel=\"next\"");
            }
            assertThat(++pages).isLessThan(1000);
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize((int) total);
        assertThat(new java.util.HashSet<>(seen)).isEqualTo(every);
        assertThat(pages).isEqualTo((int) ((total + 1) / 2));

        JsonNode ofYear = read(mvc.perform(get("/api/v1/public/reports?year=" + f.year() + "&body=" + read(mvc.perform(get(
                "/api/v1/public/reports?size=1000&year=" + f.year())).andReturn()).get("data").get(0).get("bodyId").asString() + "&size=1"))
                .andReturn());
        assertThat(ofYear.get("paging").get("next").asString()).contains("year=" + f.year()).contains("body=").contains("page=1").contains("size=1");
        assertThat(mvc.perform(get("/api/v1/public/reports?size=0")).andReturn().getResponse().getStatus()).isEqualTo(400);
        String portal = mvc.perform(get("/portal/rapporter?sida=1")).andReturn().getResponse().getContentAsString();
        assertThat(portal).contains("Inlämnade rapporter");
        if (total > 50) {
            assertThat(portal).contains("Nästa sida").contains("sida=2");
        } else {
            assertThat(portal).doesNotContain("Nästa sida");
        }
    }

    @Test
    void refused_report_forms_say_why_and_keep_what_was_typed() throws Exception {
        Fixture f = ReportFixtures.rtnPlan(context);
        String row = "/uppfoljning/planer/" + f.planId() + "/uppdrag/" + f.assignment1();
        mvc.perform(post(row).with(user("admin")).with(csrf()).param("tillfalle", "DELARSRAPPORT_1").param("status", "PAGAR")
                .param("comment", "Upphandling pågår.")).andReturn();
        // a row read before that save: the person's own status and comment stay, the saved version beside them
        String stale = mvc.perform(post(row).with(user("controller")).with(csrf()).header("HX-Request", "true").param("tillfalle", "DELARSRAPPORT_1")
                .param("status", "GENOMFORT").param("comment", "Min egen kommentar.")).andReturn().getResponse().getContentAsString();
        assertThat(stale).startsWith("<tr").contains("Någon annan (admin) sparade en ändring").contains("Min egen kommentar.")
                .contains("Den sparade versionen: Pågår – Upphandling pågår.");

        MvcResult first = mvc.perform(post("/uppfoljning/rapporter").with(user("controller")).with(csrf()).param("plan", f.planId().toString())
                .param("tillfalle", "DELARSRAPPORT_1")).andReturn();
        String id = first.getResponse().getRedirectedUrl().replaceAll(".*/rapporter/([^/]+)/redigera", "$1");
        MvcResult again = mvc.perform(post("/uppfoljning/rapporter").with(user("controller")).with(csrf()).param("plan", f.planId().toString())
                .param("tillfalle", "DELARSRAPPORT_1")).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/uppfoljning/rapporter");
        assertThat(again.getFlashMap().get("createErrors")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).singleElement()
                .asString().startsWith("Det finns redan en");

        // submitted against a version someone else has changed since: the confirmation again, with the reason
        String submit = mvc.perform(post("/uppfoljning/rapporter/" + id + "/lamna-in").with(user("controller")).with(csrf()).param("version", "99"))
                .andReturn().getResponse().getContentAsString();
        assertThat(submit).contains("<html").contains("role=\"alert\"").contains("sparade en ändring");
        assertThat(jdbc.sql("select status from follow_report where id = ?").param(UUID.fromString(id)).query(String.class).single()).isEqualTo("DRAFT");
    }
}
