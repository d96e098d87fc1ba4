package se.rodtrad.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.RodtradApplication;

/**
 * Two instances of the product on one PostgreSQL, as behind the region's load balancer (issue 21, item 5): what a
 * person does on one is there on the other — the session (Spring Session JDBC), an edit and the kept pages that show it
 * (their stamps are the database's change counters, not a JVM's memory), and the login throttle, which counts failures
 * sent to either. The database is one external PostgreSQL started here; each instance is configured with its URL, as in
 * production (README, "Several instances behind a load balancer"). The management port is tried on the way.
 */
class TwoInstancesTest {

    static final String ADMIN_PASSWORD = "Ett långt lösenord för två instanser";

    static EmbeddedPostgres database;
    static ConfigurableApplicationContext one;
    static ConfigurableApplicationContext two;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        database = EmbeddedPostgres.builder().start();
        one = instance(); // the first migrates and loads the demo data; the second finds them there
        two = instance();
    }

    static ConfigurableApplicationContext instance() {
        // as arguments: they must win over the application's and the tests' property files, as on a real command line
        return new SpringApplicationBuilder(RodtradApplication.class).run(
                "--spring.datasource.url=" + database.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--rodtrad.admin.initial-password=" + ADMIN_PASSWORD,
                "--server.port=0",
                "--spring.autoconfigure.exclude=", // the sessions in PostgreSQL (the tests' properties keep them in MockMvc's)
                "--management.server.port=0",
                "--server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
    }

    @AfterAll
    static void stop() throws Exception {
        for (var c : new ConfigurableApplicationContext[] {two, one}) {
            if (c != null) {
                c.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://localhost:" + port + path);
    }

    static String basic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String planId(String key) {
        return JdbcClient.create(database.getPostgresDatabase()).sql("select id::text from plan where key = ?").param(key)
                .query(String.class).single();
    }

    @Test
    void signed_in_on_one_instance_the_person_continues_on_the_other_and_sees_an_edit_made_there_at_once() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(uri(one, "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(m.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri(one, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password="
                        + java.net.URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + m.group(1)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        // the same browser, its next request sent by the load balancer to the other instance: still signed in
        String plan = planId("rtn-2026");
        HttpResponse<String> before = browser.send(HttpRequest.newBuilder(uri(two, "/planer/" + plan)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).doesNotContain("Mål tillagt på den första instansen");

        // a goal added through the first instance is on the second's plan page at the next request (its kept tree is stale)
        HttpResponse<String> added = http.send(HttpRequest.newBuilder(uri(one, "/api/v1/plans/" + plan + "/items"))
                .header("Authorization", basic(ADMIN_PASSWORD)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"GOAL\",\"text\":\"Mål tillagt på den första instansen\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
        HttpResponse<String> after = browser.send(HttpRequest.newBuilder(uri(two, "/planer/" + plan)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Mål tillagt på den första instansen");
    }

    @Test
    void failed_logins_sent_to_one_instance_slow_the_same_source_on_the_other() throws Exception {
        String attacker = "203.0.113.77";
        int failures = 0;
        for (int attempt = 0; attempt < 20 && failures < 6; attempt++) {
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(uri(one, "/api/v1/organisation/units"))
                    .header("Authorization", basic("gissning")).header("X-Forwarded-For", attacker).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (wrong.statusCode() == 429) {
                Thread.sleep(1000L * Long.parseLong(wrong.headers().firstValue("Retry-After").orElse("1")) + 200);
            } else {
                assertThat(wrong.statusCode()).isEqualTo(401);
                failures++;
            }
        }
        assertThat(failures).isEqualTo(6);
        // six failures on the first: the second makes that source wait, even with the right password
        HttpResponse<String> onTheOther = http.send(HttpRequest.newBuilder(uri(two, "/api/v1/organisation/units"))
                .header("Authorization", basic(ADMIN_PASSWORD)).header("X-Forwarded-For", attacker).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(onTheOther.statusCode()).isEqualTo(429);
        assertThat(onTheOther.headers().firstValue("Retry-After")).isPresent();
        // the administrator from their own desk is let in by either
        for (var instance : new ConfigurableApplicationContext[] {one, two}) {
            HttpResponse<String> rightful = http.send(HttpRequest.newBuilder(uri(instance, "/api/v1/organisation/units"))
                    .header("Authorization", basic(ADMIN_PASSWORD)).header("X-Forwarded-For", "198.51.100.23").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(rightful.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void the_management_port_answers_health_to_anyone_and_metrics_only_to_an_administrator() throws Exception {
        int management = Integer.parseInt(one.getEnvironment().getProperty("local.management.port"));
        int server = ((WebServerApplicationContext) one).getWebServer().getPort();
        assertThat(management).isNotEqualTo(server);
        URI base = URI.create("http://localhost:" + management);
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(probe)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("UP");
        }
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(base.resolve("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isIn(401, 403);
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(base.resolve("/actuator/prometheus"))
                .header("Authorization", basic(ADMIN_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("hikaricp_connections_active", "http_server_requests_seconds", "jvm_memory_used_bytes",
                "rodtrad_documents_render_running");
    }
}
