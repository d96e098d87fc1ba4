package se.rodtrad.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import se.rodtrad.RodtradApplication;

/**
 * The denial-of-service reproductions of issue 21, each against a real server (Tomcat, the pool, the security chain —
 * what MockMvc leaves out): a budget table of 100 000 columns, 24 anonymous PDF requests at once, a 1.2 GB body to the
 * Kolada import as a reader, and ten wrong passwords for {@code admin}. Each failed on the code before the issue; each
 * asserts what a person sees, not how long a layout takes. Loopback is a trusted proxy here, so a test can come "from"
 * another address with {@code X-Forwarded-For}, as behind the region's load balancer.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1", "rodtrad.documents.renders=2",
        "spring.autoconfigure.exclude="})
@DirtiesContext
class HostileTrafficTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }

    String planId(String key) {
        return jdbc.sql("select id::text from plan where key = ?").param(key).query(String.class).single();
    }

    @Test
    void a_budget_table_of_a_hundred_thousand_columns_is_refused_with_the_limit_named() throws Exception {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            columns.append(i == 0 ? "" : ",").append("\"K").append(i).append('"');
        }
        String body = "{\"kind\":\"OPERATING\",\"title\":\"Bred tabell\",\"unit\":\"mnkr\",\"columns\":[" + columns
                + "],\"rows\":[{\"label\":\"Rad\",\"values\":[\"1\"]}]}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/v1/plans/" + planId("rtn-2026") + "/budget/tables"))
                .header("Authorization", basic("controller")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Tabellen har för många kolumner: en budgettabell får ha högst 40 kolumner");
    }

    @Test
    void an_anonymous_pdf_flood_leaves_the_public_api_answering_and_is_told_to_come_back() throws Exception {
        String plan = planId("rtn-2023");
        HttpRequest publicPlans = HttpRequest.newBuilder(uri("/api/v1/public/plans")).build();
        assertThat(http.send(publicPlans, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        ExecutorService flood = Executors.newFixedThreadPool(24);
        try {
            List<Future<HttpResponse<byte[]>>> pdfs = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                pdfs.add(flood.submit(() -> http.send(HttpRequest.newBuilder(uri("/portal/planer/" + plan + ".pdf"))
                        .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofByteArray())));
            }
            Thread.sleep(500); // the flood has arrived
            long slowest = 0;
            for (int i = 0; i < 5; i++) {
                long start = System.nanoTime();
                HttpResponse<Void> r = http.send(publicPlans, HttpResponse.BodyHandlers.discarding());
                slowest = Math.max(slowest, System.nanoTime() - start);
                assertThat(r.statusCode()).isEqualTo(200);
            }
            // before: every pooled connection held by a layout, this waited 30 s for one and got 500
            assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(5));
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<HttpResponse<byte[]>> f : pdfs) {
                HttpResponse<byte[]> r = f.get(5, TimeUnit.MINUTES);
                statuses.merge(r.statusCode(), 1, Integer::sum);
                if (r.statusCode() == 503) {
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                    assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("försök igen om en stund");
                } else {
                    assertThat(r.statusCode()).isEqualTo(200);
                }
            }
            assertThat(statuses.keySet()).as("PDF answers " + statuses).isSubsetOf(200, 503).contains(503);
        } finally {
            flood.shutdownNow();
        }
    }

    @Test
    void a_reader_sending_a_body_of_one_point_two_gigabytes_is_refused_before_it_is_read() throws Exception {
        long total = 1_200L * 1024 * 1024;
        AtomicLong sent = new AtomicLong();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /api/v1/imports/kolada HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic("lasare")
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    ByteArrayOutputStream head = new ByteArrayOutputStream();
                    int b;
                    while ((b = in.read()) >= 0 && head.size() < 4096) {
                        head.write(b);
                        if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                            break;
                        }
                    }
                    return head.toString(StandardCharsets.ISO_8859_1);
                } catch (Exception e) {
                    return "closed: " + e;
                }
            });
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
                while (sent.get() < total && !answer.isDone()) {
                    out.write(size);
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent.addAndGet(chunk.length);
                }
            } catch (java.io.IOException closedByServer) {
                // the server answered and stopped reading: what we want
            }
            String head = answer.get(2, TimeUnit.MINUTES);
            assertThat(head).startsWith("HTTP/1.1 403");
        }
        // before: the whole body was read into the heap (three of them filled 6 GB) and only then refused
        assertThat(sent.get()).as("bytes sent before the answer").isLessThan(150L * 1024 * 1024);
    }

    @Test
    void ten_wrong_passwords_for_admin_never_keep_the_administrator_out() throws Exception {
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri("/api/v1/organisation/units"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:gissning".getBytes(StandardCharsets.UTF_8)))
                    .header("X-Forwarded-For", "203.0.113.66").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(wrong.statusCode()).isIn(401, 429);
        }
        // the attacker's address waits; the administrator at their own desk gets in, by API and by the login form
        HttpResponse<String> attacker = http.send(HttpRequest.newBuilder(uri("/api/v1/organisation/units"))
                .header("Authorization", basic("admin")).header("X-Forwarded-For", "203.0.113.66").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(attacker.statusCode()).isEqualTo(429);
        assertThat(attacker.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> rightful = http.send(HttpRequest.newBuilder(uri("/api/v1/organisation/units"))
                .header("Authorization", basic("admin")).header("X-Forwarded-For", "198.51.100.5").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rightful.statusCode()).isEqualTo(200);

        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", "198.51.100.5").build(),
                HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", "198.51.100.5")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin&_csrf=" + csrf(login))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void behind_a_tls_proxy_the_answer_carries_hsts_and_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.9").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("SESSION=").contains("Secure"));
        HttpResponse<String> plain = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void ordinary_bad_input_gets_a_swedish_4xx_in_its_channel() throws Exception {
        HttpResponse<String> lang = http.send(HttpRequest.newBuilder(uri("/portal?lang=x%3C")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(lang.statusCode()).isEqualTo(200);
        assertThat(lang.body()).contains("lang=\"sv\"");
        HttpResponse<String> garbage = http.send(HttpRequest.newBuilder(uri("/portal/planer/inte-ett-id")).header("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(garbage.statusCode()).isEqualTo(400);
        assertThat(garbage.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(garbage.body()).contains("inte giltigt");
        HttpResponse<String> nul = http.send(HttpRequest.newBuilder(uri("/api/v1/plans/" + planId("rtn-2026") + "/items"))
                .header("Authorization", basic("controller")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"GOAL\",\"text\":\"Mål\\u0000 med NUL\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(nul.body()).contains("NUL-tecken");
    }

    private static String csrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
