package se.rodtrad.planning.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.PlanActions;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.web.Fragments;

/**
 * The plan page's body (everything inside the page frame) of a decided plan, rendered once and shown again while
 * nothing it shows has changed. It is kept per plan, language and the reader's permissions for the plan's body —
 * readers with the same permissions see the same controls (a revision form for those who may edit the plan, the
 * plans not yet decided for internal readers) — and used only while {@link Plans#pageStamp} is what it was when the
 * body was rendered: any edit, decision, revision, proposal, lineage match, history entry, renamed body or
 * comparison group or changed link changes the stamp, and the body renders anew. The revision form's CSRF token
 * differs per session: the kept body carries a placeholder that every request replaces with its own token, never
 * one person's token for another. The page frame (navigation, account, the token on {@code <body>}) is rendered
 * per request around it. Rendering the body was most of the plan page's CPU once its tree and history were kept.
 */
@Component
class PlanBody {

    /** Kept bodies: at most this many (RTN VP 2023's body is about 150 kB). */
    static final int CAPACITY = 64;

    /** Stands in for the reader's CSRF token in kept HTML; random per start, so no text in a plan can look like it. */
    private static final String TOKEN_PLACEHOLDER = "csrf-" + UUID.randomUUID();

    /** Where the page frame leaves room for the kept body; random per start like the placeholder. */
    private static final String BODY_MARKER = "plan-body-" + UUID.randomUUID();

    private record Key(UUID planId, Locale locale, String contextPath, Set<Permission> permissions) {
    }

    /** The body as UTF-8, split where the reader's CSRF token goes. */
    private record Kept(String stamp, List<byte[]> parts) {
    }

    private final Plans plans;
    private final Fragments fragments;
    private final ThymeleafViewResolver views;
    private final Map<Key, Kept> kept = Fragments.lru(CAPACITY);
    private volatile boolean enabled = true;

    PlanBody(Plans plans, Fragments fragments, ThymeleafViewResolver views) {
        this.plans = plans;
        this.fragments = fragments;
        this.views = views;
    }

    /**
     * The page of a decided plan for this reader — the kept body in the page frame, with the reader's own CSRF
     * token — or null when the body is not kept (keeping is off, the plan is not decided, the request has no CSRF
     * token) and the page renders it itself. {@code permissions} are the reader's for the plan's body; {@code model}
     * gives the body's variables for the plan as read now, as the page would render them.
     */
    View page(PlanSummary plan, Set<Permission> permissions, Locale locale, HttpServletRequest request, HttpServletResponse response,
            Function<PlanSummary, Map<String, Object>> model) throws Exception {
        if (!enabled || !PlanActions.of(plan.status(), permissions).settled() || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        Key key = new Key(plan.id(), locale, request.getContextPath(), Set.copyOf(permissions));
        String stamp = plans.pageStamp(plan);
        Kept k = kept.get(key);
        if (k == null || !k.stamp().equals(stamp)) {
            // what the body shows is read after the stamp: a change committed meanwhile shows now and renders anew next time
            PlanSummary now = plans.plan(plan.id());
            if (!PlanActions.of(now.status(), permissions).settled()) {
                return null;
            }
            CsrfToken placeholder = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN_PLACEHOLDER);
            String html = fragments.render("planning/plan-body", "planBody", model.apply(now), locale, request, response, placeholder);
            k = new Kept(stamp, Arrays.stream(html.split(Pattern.quote(TOKEN_PLACEHOLDER), -1))
                    .map(part -> part.getBytes(StandardCharsets.UTF_8)).toList());
            kept.put(key, k);
        }
        return new Page(views.resolveViewName("planning/plan", locale), k.parts(), token.getToken().getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The plan page ({@code planning/plan}) rendered with a marker where the body goes, and written as bytes with
     * the kept body in its place: the body is encoded once when kept, not on every request (encoding 150 kB of
     * Swedish text to UTF-8 was a third of the page's rendering once the body was kept).
     */
    private record Page(View frame, List<byte[]> parts, byte[] token) implements View {

        @Override
        public String getContentType() {
            return frame.getContentType();
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Map<String, Object> withMarker = new HashMap<>(model);
            withMarker.put("bodyHtml", BODY_MARKER);
            Capture capture = new Capture(response);
            frame.render(withMarker, request, capture);
            String page = capture.text();
            int at = page.indexOf(BODY_MARKER);
            if (at < 0) {
                throw new IllegalStateException("planning/plan has no place for the body");
            }
            Charset charset = response.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(response.getCharacterEncoding());
            OutputStream out = response.getOutputStream();
            out.write(page.substring(0, at).getBytes(charset));
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.write(token);
                }
                out.write(charset.equals(StandardCharsets.UTF_8) ? parts.get(i)
                        : new String(parts.get(i), StandardCharsets.UTF_8).getBytes(charset));
            }
            out.write(page.substring(at + BODY_MARKER.length()).getBytes(charset));
        }
    }

    /** Takes what the page frame writes as text; headers go to the response. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final StringWriter text = new StringWriter(8192);
        private final PrintWriter writer = new PrintWriter(text);

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("the page frame is written as text");
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }

    /** For tests: compare the kept body with a fresh one. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        kept.clear();
    }

    int size() {
        return kept.size();
    }
}
