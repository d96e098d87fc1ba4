package se.rodtrad.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.stereotype.Component;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

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

    private record Key(UUID planId, Locale locale, String contextPath, Set<Permission> permissions) {
    }

    private record Kept(String stamp, String html) {
    }

    private final Plans plans;
    private final PlanTree renderer;
    private final Map<Key, Kept> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
            return size() > CAPACITY;
        }
    });
    private volatile boolean enabled = true;

    PlanBody(Plans plans, PlanTree renderer) {
        this.plans = plans;
        this.renderer = renderer;
    }

    /**
     * The body of a decided plan for this reader, with the reader's own CSRF token, or null when it is not kept
     * (keeping is off, the plan is not decided, the request has no CSRF token) and the page renders it itself.
     * {@code permissions} are the reader's for the plan's body; {@code model} gives the body's variables for the
     * plan as read now, as the page would render them.
     */
    String of(PlanSummary plan, Set<Permission> permissions, Locale locale, HttpServletRequest request, HttpServletResponse response,
            Function<PlanSummary, Map<String, Object>> model) {
        if (!enabled || !plan.status().isDecided() || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return null;
        }
        Key key = new Key(plan.id(), locale, request.getContextPath(), Set.copyOf(permissions));
        String stamp = plans.pageStamp(plan);
        Kept k = kept.get(key);
        if (k == null || !k.stamp().equals(stamp)) {
            // what the body shows is read after the stamp: a change committed meanwhile shows now and renders anew next time
            PlanSummary now = plans.plan(plan.id());
            if (!now.status().isDecided()) {
                return null;
            }
            CsrfToken placeholder = new DefaultCsrfToken(token.getHeaderName(), token.getParameterName(), TOKEN_PLACEHOLDER);
            k = new Kept(stamp, renderer.render("planning/plan-body", "planBody", model.apply(now), locale, request, response, placeholder));
            kept.put(key, k);
        }
        return k.html().replace(TOKEN_PLACEHOLDER, token.getToken());
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
