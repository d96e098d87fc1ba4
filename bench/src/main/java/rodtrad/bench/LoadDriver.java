package rodtrad.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop HTTP load driver on loopback: {@code clients} threads, each sending its next request when the
 * previous answer has been read in full, until {@code maxRequests} are done or {@code maxSeconds} have passed
 * (whichever first), after a warm-up. Pages use a signed-in session (form login with its CSRF token), the API
 * a personal API key, as the product's users and clients do.
 */
final class LoadDriver {

    record Result(String target, int clients, int requests, int errors, double seconds, double p50, double p95, double p99, double max,
            long bytes) {
        double throughput() {
            return requests / seconds;
        }
    }

    private final String base;
    private final HttpClient http;
    private final HttpClient api;
    private final String bearer;

    LoadDriver(String base, String bearer) {
        this.base = base;
        this.bearer = bearer;
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
        // an API client is not a browser: no session cookie comes along with its key
        this.api = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    private HttpClient client(HttpRequest request) {
        return request.uri().getPath().startsWith("/api/") ? api : http;
    }

    /** Signs in with the login form; the session cookie is kept for every later request. */
    void login(String user, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(page.body());
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
        }
        String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login failed: " + r.statusCode() + " " + location);
        }
    }

    /** One request (a path, or a {@link #post} target), for checking a target and learning its size. */
    byte[] get(String path) throws IOException, InterruptedException {
        HttpRequest request = request(path);
        HttpResponse<byte[]> r = client(request).send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        }
        return r.body();
    }

    /** Warms the server's JIT: {@code clients} threads requesting the paths in turn for {@code seconds}; returns how many. */
    int warm(List<String> paths, int clients, double seconds) throws InterruptedException {
        // a path with "{n}" is a new request each time here too: made once, it was a question asked 50 000 times and answered
        // from what the server keeps, and the path it measures (api.search.new: a search in the database) was never warmed
        List<java.util.function.Supplier<HttpRequest>> requests = paths.stream().<java.util.function.Supplier<HttpRequest>>map(path -> {
            if (path.contains(FRESH)) {
                return () -> request(path);
            }
            HttpRequest same = request(path);
            return () -> same;
        }).toList();
        AtomicInteger next = new AtomicInteger();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        HttpRequest r = requests.get(Math.floorMod(next.getAndIncrement(), requests.size())).get();
                        client(r).send(r, HttpResponse.BodyHandlers.discarding());
                    } catch (IOException e) {
                        // counted as done; the measured runs count errors
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "warm-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        return next.get();
    }

    /** Runs the load; {@code cpuOut[0]} receives the CPU seconds {@code cpu} counted over the timed part. */
    Result run(String name, String path, int clients, int warmupRequests, int maxRequests, double maxSeconds,
            java.util.function.DoubleSupplier cpu, double[] cpuOut) throws InterruptedException {
        // a target with "{n}" is a new request each time (a number never used before in its place): nothing the server kept
        // of an earlier answer can serve it
        java.util.function.Supplier<HttpRequest> request;
        if (path.contains(FRESH)) {
            request = () -> request(path);
        } else {
            HttpRequest same = request(path);
            request = () -> same;
        }
        // warm-up with the same concurrency
        drive(request, clients, warmupRequests, Math.min(maxSeconds, 5), new long[warmupRequests + clients], new AtomicInteger(),
                new AtomicLong());
        long[] latencies = new long[maxRequests + clients];
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        double cpu0 = cpu.getAsDouble();
        long t0 = System.nanoTime();
        int done = drive(request, clients, maxRequests, maxSeconds, latencies, errors, bytes);
        double seconds = (System.nanoTime() - t0) / 1e9;
        cpuOut[0] = cpu.getAsDouble() - cpu0;
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        return new Result(name, clients, done, errors.get(), seconds, pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6, bytes.get());
    }

    private int drive(java.util.function.Supplier<HttpRequest> requests, int clients, int maxRequests, double maxSeconds, long[] latencies, AtomicInteger errors,
            AtomicLong bytes) throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        long deadline = System.nanoTime() + (long) (maxSeconds * 1e9);
        CountDownLatch finished = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    while (System.nanoTime() < deadline && issued.getAndIncrement() < maxRequests) {
                        HttpRequest request = requests.get();
                        long s = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = client(request).send(request, HttpResponse.BodyHandlers.ofByteArray());
                            long took = System.nanoTime() - s;
                            if (r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            bytes.addAndGet(r.body().length);
                            latencies[completed.getAndIncrement()] = took;
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }, "load-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        finished.await();
        return Math.min(completed.get(), latencies.length);
    }

    /**
     * A POST of a JSON body as a target (the grant rule check): {@code "POST " + path + "\n" + json}, so that it can be
     * warmed and driven like the GET targets, which are plain paths.
     */
    static String post(String path, String json) {
        return "POST " + path + "\n" + json;
    }

    /** Marks the place in a target's path where each request puts a number of its own. */
    static final String FRESH = "{n}";

    private final AtomicLong fresh = new AtomicLong();

    private HttpRequest request(String target) {
        String path = target.replace(FRESH, Long.toString(fresh.incrementAndGet()));
        String json = null;
        if (target.startsWith("POST ")) {
            int nl = target.indexOf('\n');
            path = target.substring(5, nl);
            json = target.substring(nl + 1);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (json == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        if (path.startsWith("/api/") && bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return b.build();
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
