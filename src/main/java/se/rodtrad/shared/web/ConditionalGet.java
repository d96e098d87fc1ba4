package se.rodtrad.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.db.PublicReads;

/**
 * Conditional GET for what the public reads — the portal's pages and documents and the open data under
 * {@code /api/v1/public} — so portals and harvesters re-fetch cheaply (RFC 9110 §13). The validator is the database's
 * change counters (the same stamp the kept pages use, {@link ChangeCounters}): nothing the public sees can change
 * without a committed transaction raising one of them. The ETag is the stamp of every module's counter together
 * with the address, the language chosen, the day (the notice board's dates move with it) and this release; an
 * unchanged one answers 304 before anything is read or rendered. {@code Last-Modified} is when this instance first
 * saw the stamp (the counters carry no time), rounded up to the second so that a change never shares the second of
 * the state before it. Only anonymous reads: a signed-in person's page carries their name.
 */
@Configuration(proxyBeanMethods = false)
public class ConditionalGet {

    /** Every module's counter: a public page may show any module's data. */
    static final String[] SCOPES = {"planning", "organisation", "followup", "budget", "internalcontrol", "meetings", "grants"};
    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

    private final ChangeCounters counters;
    private final Clock clock;
    /** The release: a new one may render the same data differently (a development build: its start). */
    private final String release = java.util.Objects.requireNonNullElse(ConditionalGet.class.getPackage().getImplementationVersion(),
            Long.toString(System.currentTimeMillis(), 36));
    private final ConcurrentHashMap<String, Instant> firstSeen = new ConcurrentHashMap<>();

    ConditionalGet(ChangeCounters counters) {
        this.counters = counters;
        this.clock = Clock.systemUTC();
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> conditionalGetFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (!PublicReads.isAnonymousPublicRead(request)) {
                    chain.doFilter(request, response);
                    return;
                }
                // kept, but asked again each time (Spring Security's default no-store would forbid keeping it at all)
                response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
                String stamp = counters.stamp(SCOPES);
                String etag = "W/\"" + digest(stamp, request) + "\"";
                long lastModified = lastModified(stamp).toEpochMilli();
                if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
                    return; // 304 (the ETag and Last-Modified are already set)
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/portal/*", "/api/v1/public/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10); // inside Spring Security, so its headers are on a 304 too
        return registration;
    }

    Instant lastModified(String stamp) {
        if (firstSeen.size() > 1000) {
            firstSeen.clear();
        }
        return firstSeen.computeIfAbsent(stamp, s -> clock.instant().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1));
    }

    private String digest(String stamp, HttpServletRequest request) {
        String language = "";
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (c.getName().equals("rodtrad-lang")) {
                    language = c.getValue();
                }
            }
        }
        String key = String.join("\n", release, stamp, request.getRequestURI(), String.valueOf(request.getQueryString()), language,
                LocalDate.now(clock.withZone(SWEDEN)).toString(), String.valueOf(request.getHeader(HttpHeaders.ACCEPT)));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
