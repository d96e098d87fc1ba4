package se.rodtrad.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.rodtrad.RodtradApplication;

/**
 * An API call that comes with a browser session (a page's script, the API explorer in the same browser) is
 * authenticated by its own credentials and leaves the session alone. Before, such a call answered with a new
 * session cookie and the person was signed out of the pages (found by bench/ when pages and API ran side by side;
 * a real server, because the session cookie handling is the container's).
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiKeepsBrowserSessionTest {

    @LocalServerPort
    int port;

    @Test
    void a_person_stays_signed_in_to_the_pages_after_an_api_call_from_the_same_browser() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn = browser.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=controller&password=controller&_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.send(request("/planer").build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        String basic = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> api = browser.send(request("/api/v1/plans").header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().allValues("Set-Cookie")).as("the API touches no session").noneMatch(c -> c.startsWith("JSESSIONID="));

        assertThat(browser.send(request("/planer").build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .as("still signed in to the pages").isEqualTo(200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }
}
