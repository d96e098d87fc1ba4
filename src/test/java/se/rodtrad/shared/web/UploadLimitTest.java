package se.rodtrad.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.rodtrad.RodtradApplication;

/**
 * An upload over the 20 MB limit is refused by the real server (the limit lives in the servlet container, which
 * MockMvc leaves out) with a clear answer: 413 and the limit in words, on the import page and from the API.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadLimitTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static final String BOUNDARY = "----rodtrad-upload-limit";

    /** A multipart body with the form fields and one file of {@code size} bytes (a CSV that only says "x"). */
    private static byte[] multipart(int size, String... fields) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 1024);
        for (int i = 0; i < fields.length; i += 2) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n" + fields[i + 1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"stor.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) 'x');
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpRequest.Builder post(String path, byte[] body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    @Test
    void the_api_refuses_a_file_over_the_limit_with_413_and_the_limit_in_words() throws Exception {
        String basic = Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = http.send(post("/api/v1/imports", multipart(21 * 1024 * 1024)).header("Authorization", "Basic " + basic)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("högst 20 MB");
    }

    @Test
    void the_import_page_refuses_a_file_over_the_limit_with_a_swedish_page() throws Exception {
        String login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=admin&password=admin&_csrf=" + csrf(login);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/uppfoljning/importer")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        HttpResponse<String> r = http.send(post("/uppfoljning/importer", multipart(21 * 1024 * 1024, "_csrf", csrf(page), "action", "dryrun"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("Filen är för stor: en uppladdad fil får vara högst 20 MB.").contains("<html");
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }
}
