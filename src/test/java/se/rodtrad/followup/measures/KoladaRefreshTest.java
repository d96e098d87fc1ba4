package se.rodtrad.followup.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import se.rodtrad.RodtradTest;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.web.Messages;

/**
 * The refresh from Kolada against a stub of Kolada's v3 API on a loopback port, serving recorded pages (N03702 for
 * Lindesberg, three pages linked by {@code next_page}); never the internet.
 */
@RodtradTest
@WithMockUser("admin")
class KoladaRefreshTest {

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final Pattern DATA = Pattern.compile("/v3/data/kpi/([^/]+)/municipality/([^/]+)/year/([^/?]+)");

    @Autowired
    KoladaRefresh refresh;
    @Autowired
    Measures measures;
    @Autowired
    IndicatorValues values;
    @Autowired
    Imports imports;
    @Autowired
    Organisation organisation;
    @Autowired
    Messages messages;
    @Autowired
    MockMvc mvc;

    HttpServer server;
    String base;
    /** Which KPI the recorded N03702 pages are served as besides N03702 (this test's own measure). */
    volatile String alias;
    /** The KPI and page that fail (HTTP 500), if any; the KPI whose pages are slow, if any. */
    volatile String failKpi;
    volatile int failPage;
    volatile String slowKpi;
    final AtomicInteger requests = new AtomicInteger();
    final Map<String, Integer> pagesServed = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        org.springframework.context.i18n.LocaleContextHolder.setLocale(se.rodtrad.shared.web.WebConfiguration.SWEDISH);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/v3";
        server.createContext("/v3/data/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        Matcher m = DATA.matcher(exchange.getRequestURI().getRawPath());
        if (!m.matches()) {
            answer(exchange, 404, "{\"error\":\"not found\"}");
            return;
        }
        List<String> kpis = List.of(m.group(1).split(","));
        String ids = m.group(2);
        String years = m.group(3);
        String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
        Matcher pm = Pattern.compile("(?:^|&)page=(\\d+)").matcher(query);
        int page = pm.find() ? Integer.parseInt(pm.group(1)) : 1;
        if (slowKpi != null && kpis.contains(slowKpi)) {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failKpi != null && kpis.contains(failKpi) && page == failPage) {
            answer(exchange, 500, "{\"error\":\"internal\"}");
            return;
        }
        // the recorded pages serve N03702 and this test's own KPI for Lindesberg: a request naming several KPIs gets each
        // one's rows of the page, as Kolada answers a list
        List<String> served = List.of(ids.split(",")).contains("1885")
                ? kpis.stream().filter(k -> k.equals("N03702") || k.equals(alias)).toList() : List.of();
        if (served.isEmpty()) {
            answer(exchange, 200, "{\"count\": 0, \"values\": []}");
            return;
        }
        String recorded = recordedPage(page).replace("{{BASE}}", base).replace("{{IDS}}", ids).replace("{{YEARS}}", years)
                .replace("/kpi/N03702/", "/kpi/" + m.group(1) + "/");
        tools.jackson.databind.node.ObjectNode body = (tools.jackson.databind.node.ObjectNode) JSON.readTree(recorded);
        tools.jackson.databind.node.ArrayNode values = JSON.createArrayNode();
        for (String kpi : served) {
            pagesServed.merge(kpi, 1, Integer::sum);
            for (tools.jackson.databind.JsonNode v : body.get("values")) {
                values.add(((tools.jackson.databind.node.ObjectNode) v.deepCopy()).put("kpi", kpi));
            }
        }
        body.set("values", values);
        body.put("count", values.size());
        answer(exchange, 200, JSON.writeValueAsString(body));
    }

    private static String recordedPage(int page) throws IOException {
        try (InputStream in = new ClassPathResource("followup/kolada-v3/N03702-1885-page" + page + ".json").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private KoladaRefresh.Settings settings(String url) {
        return new KoladaRefresh.Settings(url, 4, 200, 1024 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(60),
                2010);
    }

    /** A measure only this test asks for, with its own Kolada id: the recorded pages are served as its values too. */
    private Measure ownMeasure() {
        String code = "U9" + String.format("%04d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10000));
        while (measures.byCode(code).isPresent()) {
            code = "U9" + String.format("%04d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10000));
        }
        Measure m = measures.create(new MeasureForm(code, code, "Testmått " + code, "testmått " + code, "kr", "BRP", "invånare", null,
                "Kolada (test)", false));
        alias = code;
        return m;
    }

    private Unit lindesberg() {
        return organisation.units().stream().filter(u -> "1885".equals(u.koladaId())).findFirst().orElseThrow();
    }

    private String message(ImportFailure e) {
        return messages.get(e.messageKey(), e.arguments());
    }

    @Test
    void every_page_of_every_linked_kpi_is_fetched_and_imported_as_one_run() {
        Measure own = ownMeasure();
        KoladaRefresh.Result r = refresh.refresh(settings(base), false);

        // three pages for each of the two KPIs served, linked by next_page; every other KPI an empty page per chunk of units
        assertThat(pagesServed).containsEntry("N03702", 3).containsEntry(own.koladaId(), 3);
        assertThat(r.kpis()).isGreaterThanOrEqualTo(2);
        assertThat(r.units()).isGreaterThan(1);
        assertThat(r.pages()).isEqualTo(requests.get());
        // the twelve years of Lindesberg are new for the test's own measure; the demo's N03702 already holds them
        assertThat(r.report().inserted()).isEqualTo(12);
        assertThat(r.report().updated()).isZero();
        assertThat(r.report().unchanged()).isGreaterThanOrEqualTo(12);
        List<IndicatorValue> stored = values.values(own.id(), List.of(lindesberg().id()));
        assertThat(stored).hasSize(12);
        assertThat(stored).anySatisfy(v -> {
            assertThat(v.period().toString()).contains("2021");
            assertThat(v.value()).isEqualByComparingTo("424.643024");
        });
        // recorded like any import: who, when, what, counts
        ImportReport run = imports.report(r.report().importId());
        assertThat(run.actor()).isEqualTo("admin");
        assertThat(run.inserted()).isEqualTo(12);
        assertThat(run.files()).anySatisfy(f -> assertThat(f).startsWith(base + "/data/kpi/").contains(own.koladaId()).contains("/municipality/"));
        assertThat(run.files()).anySatisfy(f -> assertThat(f).contains("page=3"));
    }

    @Test
    void a_second_refresh_changes_nothing_and_says_0_nya_varden() {
        Measure own = ownMeasure();
        refresh.refresh(settings(base), false);
        KoladaRefresh.Result second = refresh.refresh(settings(base), false);
        assertThat(second.report().inserted()).isZero();
        assertThat(second.report().updated()).isZero();
        assertThat(second.report().unchanged()).isGreaterThanOrEqualTo(24);
        assertThat(values.values(own.id())).hasSize(12);
        assertThat(values.revisionCounts(own.id()).values()).allSatisfy(n -> assertThat(n).isZero());
        String summary = messages.get("followup.kolada.refresh.summary", second.report().inserted(), second.report().updated(),
                second.report().unchanged(), second.report().rejected(), second.kpis(), second.units(), second.pages());
        assertThat(summary).startsWith("Kolada: 0 nya värden, 0 reviderade");
    }

    @Test
    void offline_it_says_kolada_could_not_be_reached_and_changes_nothing() throws IOException {
        Measure own = ownMeasure();
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/v3";
        assertThatThrownBy(() -> refresh.refresh(settings(url), false)).isInstanceOfSatisfying(ImportFailure.class, e -> {
            assertThat(e.messageKey()).isEqualTo("followup.kolada.error.unreachable");
            assertThat(message(e)).startsWith("Kolada kunde inte nås: 127.0.0.1 svarade inte (anslutningen nekades")
                    .endsWith("Inget ändrades.");
        });
        // a name that does not resolve (no network, or a wrong address): the same sentence, with the reason
        assertThatThrownBy(() -> refresh.refresh(settings("http://kolada.invalid/v3"), false))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(message(e)).contains("går inte att slå upp").endsWith("Inget ändrades."));
        assertThat(values.values(own.id())).isEmpty();
    }

    @Test
    void a_server_that_does_not_answer_in_time_is_given_up_on_and_nothing_changes() {
        Measure own = ownMeasure();
        slowKpi = own.koladaId();
        assertThatThrownBy(() -> refresh.refresh(settings(base), false)).isInstanceOfSatisfying(ImportFailure.class, e -> {
            assertThat(e.messageKey()).isEqualTo("followup.kolada.error.unreachable");
            assertThat(message(e)).contains("inget svar inom tidsgränsen").contains(", sida 1)").endsWith("Inget ändrades.");
        });
        assertThat(values.values(own.id())).isEmpty();
    }

    @Test
    void a_refresh_that_fails_on_its_third_page_writes_nothing_at_all() {
        Measure own = ownMeasure();
        failKpi = own.koladaId();
        failPage = 3;
        long runsBefore = imports.recent(500, null).size();
        assertThatThrownBy(() -> refresh.refresh(settings(base), false)).isInstanceOfSatisfying(ImportFailure.class, e -> {
            assertThat(e.messageKey()).isEqualTo("followup.kolada.error.status");
            assertThat(message(e)).startsWith("Kolada kunde inte nås: 127.0.0.1 svarade HTTP 500 (").endsWith(", sida 3). Inget ändrades.");
        });
        // pages 1 and 2 were read, and none of their eight values is stored; no run is recorded
        assertThat(pagesServed).containsEntry(own.koladaId(), 2);
        assertThat(values.values(own.id())).isEmpty();
        assertThat(imports.recent(500, null)).hasSize((int) runsBefore);
    }

    @Test
    void pages_and_time_are_bounded() {
        Measure own = ownMeasure();
        KoladaRefresh.Settings twoPages = new KoladaRefresh.Settings(base, 4, 2, 1024 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(60), 2010);
        assertThatThrownBy(() -> refresh.refresh(twoPages, false)).isInstanceOfSatisfying(ImportFailure.class,
                e -> assertThat(message(e)).startsWith("Kolada-uppdateringen stoppades: fler än 2 sidor").endsWith("Inget ändrades."));
        KoladaRefresh.Settings smallPages = new KoladaRefresh.Settings(base, 4, 200, 200, Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(60), 2010);
        assertThatThrownBy(() -> refresh.refresh(smallPages, false)).isInstanceOfSatisfying(ImportFailure.class,
                e -> assertThat(e.messageKey()).isEqualTo("followup.kolada.error.pageTooLarge"));
        KoladaRefresh.Settings noTime = new KoladaRefresh.Settings(base, 4, 200, 1024 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ZERO, 2010);
        assertThatThrownBy(() -> refresh.refresh(noTime, false)).isInstanceOfSatisfying(ImportFailure.class,
                e -> assertThat(e.messageKey()).isIn("followup.kolada.error.timeLimit", "followup.kolada.error.unreachable"));
        assertThat(values.values(own.id())).isEmpty();
    }

    @Test
    @WithMockUser("lasare")
    void a_read_only_user_is_refused_before_anything_is_fetched() throws Exception {
        assertThatThrownBy(() -> refresh.refresh(settings(base), false)).isInstanceOf(AccessDeniedException.class);
        assertThat(requests.get()).isZero();
        mvc.perform(post("/api/v1/imports/kolada/refresh").with(httpBasic("lasare", "lasare"))).andExpect(status().isForbidden());
        mvc.perform(post("/uppfoljning/importer/kolada").with(user("lasare")).with(csrf())).andExpect(status().isForbidden());
        assertThat(requests.get()).isZero();
    }

    @Test
    void the_endpoint_and_the_button_say_in_swedish_that_kolada_could_not_be_reached() throws Exception {
        // the test configuration points the product at a loopback port nobody listens on (no test reaches the internet)
        mvc.perform(post("/api/v1/imports/kolada/refresh").with(httpBasic("admin", "admin")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kolada kunde inte nås")));
        mvc.perform(get("/uppfoljning/importer").with(user("controller")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Uppdatera från Kolada nu")));
        mvc.perform(post("/uppfoljning/importer/kolada").with(user("controller")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kolada kunde inte nås")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Inget ändrades.")));
    }
}
