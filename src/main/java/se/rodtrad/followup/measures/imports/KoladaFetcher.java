package se.rodtrad.followup.measures.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fetches Kolada pages by URL where a network exists, following {@code next_url}/{@code next_page}, and
 * hands each page to the same parser as a file. Only the allowed hosts are fetched (no requests to
 * internal addresses on a user's behalf); pages, sizes and time are bounded.
 */
public final class KoladaFetcher {

    public static final int MAX_PAGES = 200;

    /** One fetched page: where it came from and its bytes. */
    public record Page(String url, byte[] body) {
    }

    private final Set<String> allowedHosts;
    private final HttpClient client;

    public KoladaFetcher(Set<String> allowedHosts) {
        this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Every page from the first URL on, each parsed to find the next. */
    public List<Page> fetchAll(String firstUrl, ImportOptions options) {
        List<Page> pages = new ArrayList<>();
        String url = firstUrl;
        while (url != null) {
            if (pages.size() >= MAX_PAGES) {
                throw new ImportFailure("followup.import.error.url.tooManyPages", Text.excerpt(firstUrl), MAX_PAGES);
            }
            URI uri = check(url);
            byte[] body = get(uri);
            pages.add(new Page(url, body));
            ParsedFile parsed = KoladaJsonParser.parse(body, "sida " + pages.size(), options);
            url = parsed.nextPage();
        }
        return pages;
    }

    URI check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (Exception e) {
            throw new ImportFailure("followup.import.error.url.bad", Text.excerpt(url));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || !allowedHosts.contains(host)) {
            throw new ImportFailure("followup.import.error.url.host", Text.excerpt(url), String.join(", ", allowedHosts));
        }
        return uri;
    }

    private byte[] get(URI uri) {
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ImportFailure("followup.import.error.url.status", Text.excerpt(uri.toString()), response.statusCode());
                }
                byte[] body = in.readNBytes(Text.MAX_BYTES + 1);
                if (body.length > Text.MAX_BYTES) {
                    throw new ImportFailure("followup.import.error.tooLarge", Text.excerpt(uri.toString()), Text.MAX_BYTES / (1024 * 1024));
                }
                return body;
            }
        } catch (IOException e) {
            throw new ImportFailure("followup.import.error.url.io", Text.excerpt(uri.toString()), Text.excerpt(String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailure("followup.import.error.url.io", Text.excerpt(uri.toString()), "avbruten");
        }
    }
}
