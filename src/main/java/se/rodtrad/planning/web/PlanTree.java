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
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanSummary;

/**
 * The plan page's tree. A decided plan cannot change (the database's {@code plan_decided_guard} and
 * {@code plan_item_decided_guard} refuse every change to the plan and to what its items say), so its tree is
 * rendered once per language and kept: rendering the recursive fragments of a 30-item tree was three quarters of
 * the plan page's CPU. What differs per person stays out of it — a decided plan has no edit buttons for anyone,
 * and the status form, revision form and history are rendered around it on every request. Plans that are not
 * decided are rendered fresh each time, so an edit shows at once. The same fragment
 * ({@code planning/fragments :: tree}) renders both, so the kept HTML is what a fresh render gives.
 */
@Component
class PlanTree {

    /** Kept trees: at most this many (a tree of the demo's largest plan is about 160 kB). */
    static final int CAPACITY = 64;

    /** What the page needs of the tree: its HTML when kept, else the nodes to render; the count per item type. */
    record Rendered(String html, List<Node> nodes, Map<ItemType, Long> counts) {
    }

    private record Key(UUID planId, Locale locale, String contextPath) {
    }

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Map<Key, Rendered> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > CAPACITY;
        }
    });
    private volatile boolean enabled = true;

    PlanTree(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
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
        Rendered r = kept.get(key);
        if (r == null) {
            Rendered f = fresh(entries.get());
            r = new Rendered(render(f.nodes(), locale, request, response), null, f.counts());
            kept.put(key, r);
        }
        return r;
    }

    private static Rendered fresh(List<PlanEntry> entries) {
        Map<ItemType, Long> counts = new EnumMap<>(ItemType.class);
        entries.forEach(e -> counts.merge(e.type(), 1L, Long::sum));
        return new Rendered(null, Node.tree(entries), counts);
    }

    /**
     * The fragment rendered on its own, as the page would: the reader's language, links against this context path.
     * The request is seen through a wrapper with attributes of its own (Thymeleaf keeps a web context's variables
     * as request attributes, which must not leak into the page) and a response that never rewrites links with a
     * session id (the kept HTML is shared by everyone).
     */
    String render(List<Node> nodes, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(new OwnAttributes(request), new NoSessionInLinks(response));
        WebContext context = new WebContext(exchange, locale);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        context.setVariable("nodes", nodes);
        context.setVariable("canEdit", false);
        return templates.process("planning/fragments", Set.of("tree"), context);
    }

    /** For tests: compare the kept tree with a fresh one. */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        kept.clear();
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
