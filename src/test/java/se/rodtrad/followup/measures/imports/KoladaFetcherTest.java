package se.rodtrad.followup.measures.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Fetching a Kolada result by URL follows next_page with the same parser as files, on allowed hosts only. */
class KoladaFetcherTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        String page1 = """
                {"count": 1, "next_page": "%s/v2/data/kpi/N01951?page=2", "values": [
                  {"kpi": "N01951", "municipality": "1880", "period": 2020, "values": [{"gender": "T", "value": 156381}]}]}"""
                .formatted(base);
        String page2 = """
                {"count": 1, "next_page": null, "values": [
                  {"kpi": "N01951", "municipality": "1885", "period": 2020, "values": [{"gender": "T", "value": 23290}]}]}""";
        server.createContext("/v2/data/kpi/N01951", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            byte[] body = (query != null && query.contains("page=2") ? page2 : page1).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/fel", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void every_page_is_fetched_by_following_next_page() {
        List<KoladaFetcher.Page> pages = new KoladaFetcher(Set.of("127.0.0.1")).fetchAll(base + "/v2/data/kpi/N01951", ImportOptions.none());
        assertThat(pages).hasSize(2);
        ParsedFile second = KoladaJsonParser.parse(pages.get(1).body(), "sida 2", ImportOptions.none());
        assertThat(second.rows()).singleElement().satisfies(r -> assertThat(r.unit()).isEqualTo("1885"));
    }

    @Test
    void hosts_other_than_the_allowed_ones_and_failed_responses_are_refused_clearly() {
        KoladaFetcher fetcher = new KoladaFetcher(Set.of("api.kolada.se"));
        assertThatThrownBy(() -> fetcher.fetchAll(base + "/v2/data/kpi/N01951", ImportOptions.none()))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(e.messageKey()).isEqualTo("followup.import.error.url.host"));
        assertThatThrownBy(() -> fetcher.fetchAll("file:///etc/passwd", ImportOptions.none()))
                .isInstanceOf(ImportFailure.class);
        assertThatThrownBy(() -> new KoladaFetcher(Set.of("127.0.0.1")).fetchAll(base + "/fel", ImportOptions.none()))
                .isInstanceOfSatisfying(ImportFailure.class, e -> assertThat(e.arguments()).contains(503));
    }
}
