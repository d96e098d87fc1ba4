package se.rodtrad.followup.measures.imports;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fetches Kolada pages by URL where a network exists, following {@code next_url}/{@code next_page}, and
 * hands each page to the same parser as a file. Only the allowed hosts are fetched (no requests to
 * internal addresses on a user's behalf); pages, sizes and time are bounded. Every page is read whole
 * before anything is imported: a result that fails on its third page of five is not imported at all.
 */
public final class KoladaFetcher {

    public static final int MAX_PAGES = 200;

    /** One fetched page: where it came from and its bytes. */
    public record Page(String url, byte[] body) {
    }

    /**
     * How far a fetch may go: connect and read timeouts per request, the largest page, and the moment
     * by which the whole fetch (every page of every request) must be done.
     */
    public record Limits(Duration connectTimeout, Duration readTimeout, int maxPageBytes) {

        public static Limits standard() {
            return new Limits(Duration.ofSeconds(10), Duration.ofSeconds(60), Text.MAX_BYTES);
        }
    }

    private final Set<String> allowedHosts;
    private final HttpClient client;
    private final Limits limits;

    public KoladaFetcher(Set<String> allowedHosts) {
        this(allowedHosts, Limits.standard());
    }

    public KoladaFetcher(Set<String> allowedHosts, Limits limits) {
        this.allowedHosts = Set.copyOf(allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList());
        this.limits = limits;
        this.client = HttpClient.newBuilder().connectTimeout(limits.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Every page from the first URL on, each parsed to find the next. */
    public List<Page> fetchAll(String firstUrl, ImportOptions options) {
        return fetchAll(firstUrl, options, MAX_PAGES, null);
    }

    /**
     * Every page from the first URL on, at most {@code maxPages} of them and none started after {@code deadline}
     * (null = no deadline). The last page read is the one without a next link.
     */
    public List<Page> fetchAll(String firstUrl, ImportOptions options, int maxPages, Instant deadline) {
        List<Page> pages = new ArrayList<>();
        fetchAll(firstUrl, options, maxPages, deadline, pages);
        return pages;
    }

    /**
     * As {@link #fetchAll(String, ImportOptions, int, Instant)}, each page added to {@code pages} as it arrives: a caller
     * whose fetch fails knows which page failed (the one after those added).
     */
    public void fetchAll(String firstUrl, ImportOptions options, int maxPages, Instant deadline, List<Page> pages) {
        int start = pages.size();
        String url = firstUrl;
        while (url != null) {
            if (pages.size() - start >= maxPages) {
                throw new ImportFailure("followup.import.error.url.tooManyPages", Text.excerpt(firstUrl), maxPages);
            }
            if (deadline != null && Instant.now().isAfter(deadline)) {
                throw new ImportFailure("followup.import.error.url.timeLimit", Text.excerpt(url));
            }
            URI uri = check(url);
            byte[] body = get(uri, deadline);
            pages.add(new Page(url, body));
            ParsedFile parsed = KoladaJsonParser.parse(body, "sida " + (pages.size() - start), options);
            url = parsed.nextPage();
        }
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

    private byte[] get(URI uri, Instant deadline) {
        Duration timeout = limits.readTimeout();
        if (deadline != null) {
            Duration left = Duration.between(Instant.now(), deadline);
            timeout = left.compareTo(timeout) < 0 ? (left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left) : timeout;
        }
        try {
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(uri).timeout(timeout)
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new ImportFailure("followup.import.error.url.status", Text.excerpt(uri.toString()), response.statusCode());
                }
                byte[] body = in.readNBytes(limits.maxPageBytes() + 1);
                if (body.length > limits.maxPageBytes()) {
                    throw new ImportFailure("followup.import.error.url.pageTooLarge", Text.excerpt(uri.toString()),
                            limits.maxPageBytes() / 1024);
                }
                return body;
            }
        } catch (IOException e) {
            throw new ImportFailure("followup.import.error.url.io", Text.excerpt(uri.toString()), reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportFailure("followup.import.error.url.io", Text.excerpt(uri.toString()), "avbruten");
        }
    }

    /** Why a request failed, in words a person can act on: the JDK's own messages are often empty ("null"). */
    static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // the JDK's client reports a name it cannot resolve as a ConnectException caused by UnresolvedAddressException
            if (t instanceof UnknownHostException || t instanceof java.nio.channels.UnresolvedAddressException) {
                return "värdnamnet går inte att slå upp – inget nät eller fel adress";
            }
        }
        Throwable t = e;
        while (t != null) {
            if (t instanceof HttpConnectTimeoutException) {
                return "ingen anslutning inom tidsgränsen";
            }
            if (t instanceof HttpTimeoutException) {
                return "inget svar inom tidsgränsen";
            }
            if (t instanceof ConnectException) {
                return "anslutningen nekades";
            }
            t = t.getCause();
        }
        return Text.excerpt(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
