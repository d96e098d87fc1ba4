package se.rodtrad.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.planning.KoladaCatalog;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.RedThread;
import se.rodtrad.planning.ThreadContributions;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.web.Fragments;

/**
 * The röd tråd page of an item, kept: the thread itself (the chain above the item through other plans, what lies
 * under it, the plans that serve it, the same item over the years) and its rendered parts
 * ({@code planning/item-parts :: itemHead, thread, years}), per item, language and whether the reader sees plans not yet
 * decided — the only thing about the reader the thread depends on ({@link PlanModel} shows other readers decided
 * plans only). Kept while the planning and organisation counters stay the same ({@link PlanModel#redThreadStamp}):
 * any committed change to a plan, item, link, lineage or proposal anywhere, or to units and comparison groups,
 * renders it anew — the thread reads items of many plans, and each link points at the newest plan holding its item.
 * Beside them what other modules say serves the item ({@link ThreadContributions}: grants and projects), under the
 * contributing modules' counters.
 * Reading the item's plan whole, the upward chain's plans and every hit, and rendering target words per step, was
 * the page's cost; what differs per person (edit link, add and remove forms with their CSRF tokens, the history)
 * is rendered around the parts on every request.
 */
@Component
class RedThreadParts {

    static final int CAPACITY = 256;

    /** The thread and its rendered parts; {@code head}, {@code thread}, {@code contributions} and {@code years} are null when not kept. */
    record Parts(RedThread redThread, String head, String thread, String contributions, String years) {
    }

    private record Key(UUID itemId, boolean internal, Locale locale, String contextPath) {
    }

    private record Kept(String stamp, Parts parts) {
    }

    private final PlanModel model;
    private final KoladaCatalog kolada;
    private final AccessPolicy access;
    private final Fragments fragments;
    private final Map<Key, Kept> kept = Fragments.lru(CAPACITY);
    private final org.springframework.beans.factory.ObjectProvider<ThreadContributions> contributions;
    private final ChangeCounters counters;
    private volatile boolean enabled = true;

    RedThreadParts(PlanModel model, KoladaCatalog kolada, AccessPolicy access, Fragments fragments,
            org.springframework.beans.factory.ObjectProvider<ThreadContributions> contributions, ChangeCounters counters) {
        this.contributions = contributions;
        this.counters = counters;
        this.model = model;
        this.kolada = kolada;
        this.access = access;
        this.fragments = fragments;
    }

    /** The item's thread as the reader may see it (not found when the reader may not see the item's plan). */
    Parts of(UUID itemId, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (!enabled) {
            return new Parts(model.redThread(itemId), null, null, null, null);
        }
        Key key = new Key(itemId, access.allows(Permission.READ_INTERNAL, null), locale, request.getContextPath());
        // read before the thread: a change committed meanwhile is in what is read and moves the stamp for the next view
        String stamp = model.redThreadStamp() + ";" + counters.stamp(contributions.orderedStream().map(ThreadContributions::changeScope)
                .toArray(String[]::new));
        Kept k = kept.get(key);
        if (k == null || !k.stamp().equals(stamp)) {
            RedThread thread = model.redThread(itemId);
            Map<String, Object> variables = variables(thread);
            variables.put("contributions", contributionsTo(thread));
            k = new Kept(stamp, new Parts(thread, render("itemHead", variables, locale, request, response),
                    render("thread", variables, locale, request, response), render("contributions", variables, locale, request, response),
                    render("years", variables, locale, request, response)));
            kept.put(key, k);
        }
        return k.parts();
    }

    /** What the parts show: the page puts the same into its model when it renders them itself. */
    Map<String, Object> variables(RedThread thread) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("thread", thread);
        variables.put("plan", thread.plan());
        variables.put("e", thread.item());
        variables.put("kpi", kolada.kpi(thread.item().item().koladaId()).orElse(null));
        return variables;
    }

    /** What other modules say serves the item (grants, projects), by its lineage. */
    java.util.List<ThreadContributions.Contribution> contributionsTo(RedThread thread) {
        return contributions.orderedStream().flatMap(c -> c.contributionsTo(thread.item().lineageKey()).stream()).toList();
    }

    private String render(String part, Map<String, Object> variables, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return fragments.render("planning/item-parts", part, variables, locale, request, response);
    }

    /** For tests: compare the kept parts with the page rendering them itself. */
    void setEnabled(boolean enabled) {
        // what is kept stays: switched on again, each entry is still checked against the stamp before it is served
        this.enabled = enabled;
    }

    int size() {
        return kept.size();
    }

    /** For tests: what is kept now. */
    java.util.List<Parts> keptParts() {
        synchronized (kept) {
            return kept.values().stream().map(Kept::parts).toList();
        }
    }
}
