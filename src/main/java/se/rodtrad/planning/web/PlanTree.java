package se.rodtrad.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.context.webmvc.SpringWebMvcThymeleafRequestContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanSummary;

/**
 * The plan page's tree. A decided plan cannot change (the database's {@code plan_decided_guard} and
 * {@code plan_item_decided_guard} refuse every change to the plan and to what its items say), so its tree is
 * rendered once per language and kept: rendering the recursive fragments of a 30-item tree was three quarters of
 * the plan page's CPU. What differs per person stays out of it — a decided plan has no edit buttons for anyone,
 * and the status and revision forms are rendered around it (into the body that {@link PlanBody} keeps per reader's
 * permissions, or on every request when the body is rendered whole). Plans that are not
 * decided are rendered fresh each time, so an edit shows at once. The same fragment
 * ({@code planning/fragments :: tree}) renders both, so the kept HTML is what a fresh render gives.
 */
@Component
class PlanTree {

    /** Kept trees: at most this many (a tree of the demo's largest plan is about 160 kB). */
    static final int CAPACITY = 64;

    /** What the page needs of the tree: its HTML when kept, else the nodes to render; the count per item type. */
    record Rendered(String html, List<Node> nodes, Map<ItemType, Long> counts, String groupsStamp) {
    }

    private record HistoryKey(String objectType, UUID objectId, Locale locale, String contextPath) {
    }

    private record KeptHistory(long size, String html) {
    }

    /** How many history entries the pages show. */
    static final int HISTORY = 50;

    private record Key(UUID planId, Locale locale, String contextPath) {
    }

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Organisation organisation;
    private final AuditTrail auditTrail;
    private final Map<HistoryKey, KeptHistory> histories = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<HistoryKey, KeptHistory> eldest) {
            return size() > 4 * CAPACITY;
        }
    });
    private final Map<Key, Rendered> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > CAPACITY;
        }
    });
    private volatile boolean enabled = true;

    PlanTree(ITemplateEngine templates, ApplicationContext application, Organisation organisation, AuditTrail auditTrail) {
        this.templates = templates;
        this.application = application;
        this.organisation = organisation;
        this.auditTrail = auditTrail;
    }

    /**
     * The tree of a plan the reader may see ({@code plan} was read through the permission check). {@code canEdit}
     * is the reader's right to edit this plan, always false for a decided one.
     */
    Rendered of(PlanSummary plan, Supplier<List<PlanEntry>> entries, boolean canEdit, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        if (!enabled || !plan.status().isDecided() || canEdit) {
            return fresh(entries.get());
        }
        Key key = new Key(plan.id(), locale, request.getContextPath());
        // the targets name comparison groups ("bland de 5 bästa i Jämförbara län"): a renamed group renders anew
        String groups = organisation.comparisonGroupsStamp();
        Rendered r = kept.get(key);
        if (r == null || !r.groupsStamp().equals(groups)) {
            Rendered f = fresh(entries.get());
            r = new Rendered(render(f.nodes(), locale, request, response), null, f.counts(), groups);
            kept.put(key, r);
        }
        return r;
    }

    private static Rendered fresh(List<PlanEntry> entries) {
        Map<ItemType, Long> counts = new EnumMap<>(ItemType.class);
        entries.forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        return new Rendered(null, Node.tree(entries), counts, null);
    }

    /**
     * The newest {@link #HISTORY} history entries of a plan or item as the page's history section
     * ({@code fragments/history :: history}), kept per object and language while no entry is added — the audit
     * trail is append-only, so the number of entries tells — or null when keeping is off (the page then renders
     * the entries itself). The entries say the same to everyone who may see the object (who, when, what changed).
     * Rendering 50 entries of some twenty fields each was most of the plan page's rendering once the tree was kept.
     */
    String history(String objectType, UUID objectId, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (!enabled) {
            return null;
        }
        HistoryKey key = new HistoryKey(objectType, objectId, locale, request.getContextPath());
        long size = auditTrail.historySize(objectType, objectId);
        KeptHistory k = histories.get(key);
        if (k == null || k.size() != size) {
            // read after the size: entries added meanwhile are shown now and render anew next time
            List<HistoryEntry> entries = auditTrail.history(objectType, objectId, HISTORY);
            k = new KeptHistory(size, render("fragments/history", "history", Map.of("entries", entries), locale, request, response));
            histories.put(key, k);
        }
        return k.html();
    }

    /**
     * The fragment rendered on its own, as the page would: the reader's language, links against this context path.
     * The request is seen through a wrapper with attributes of its own (Thymeleaf keeps a web context's variables
     * as request attributes, which must not leak into the page) and a response that never rewrites links with a
     * session id (the kept HTML is shared by everyone).
     */
    String render(List<Node> nodes, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return render("planning/fragments", "tree", Map.of("nodes", nodes, "canEdit", false), locale, request, response);
    }

    String render(String template, String fragment, Map<String, Object> variables, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        return render(template, fragment, variables, locale, request, response, null);
    }

    /**
     * As above, with Spring's request context as a page has it, so that forms ({@code th:action}) get their hidden
     * CSRF field — from {@code csrf}, which stands in for the reader's token: kept HTML is shared by everyone, so it
     * carries a placeholder that each request replaces with its own token.
     */
    String render(String template, String fragment, Map<String, Object> variables, Locale locale, HttpServletRequest request,
            HttpServletResponse response, CsrfToken csrf) {
        OwnAttributes ownRequest = new OwnAttributes(request);
        NoSessionInLinks ownResponse = new NoSessionInLinks(response);
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext()).buildExchange(ownRequest, ownResponse);
        WebContext context = new WebContext(exchange, locale);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        if (csrf != null) {
            ownRequest.setAttribute(CsrfToken.class.getName(), csrf);
            ownRequest.setAttribute(csrf.getParameterName(), csrf);
            RequestContext requestContext = new RequestContext(ownRequest, ownResponse, request.getServletContext(), variables);
            context.setVariable(SpringContextVariableNames.SPRING_REQUEST_CONTEXT, requestContext);
            context.setVariable(SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT,
                    new SpringWebMvcThymeleafRequestContext(requestContext, ownRequest));
        }
        variables.forEach(context::setVariable);
        return templates.process(template, Set.of(fragment), context);
    }

    /** For tests: compare the kept tree with a fresh one. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        kept.clear();
        histories.clear();
    }

    int size() {
        return kept.size();
    }

    private static final class OwnAttributes extends HttpServletRequestWrapper {
        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            Set<String> names = new java.util.LinkedHashSet<>(Collections.list(super.getAttributeNames()));
            names.addAll(attributes.keySet());
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object o) {
            attributes.put(name, o);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }

    private static final class NoSessionInLinks extends HttpServletResponseWrapper {
        NoSessionInLinks(HttpServletResponse response) {
            super(response);
        }

        @Override
        public String encodeURL(String url) {
            return url;
        }

        @Override
        public String encodeRedirectURL(String url) {
            return url;
        }
    }
}
