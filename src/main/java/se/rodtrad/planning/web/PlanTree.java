package se.rodtrad.planning.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.audit.HistoryEntry;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanActions;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.web.Fragments;

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
    record Rendered(String html, List<Node> nodes, Map<ItemType, Long> counts, String stamp) {
    }

    private record HistoryKey(String objectType, UUID objectId, Locale locale, String contextPath) {
    }

    private record KeptHistory(String stamp, String html) {
    }

    /** How many history entries the pages show. */
    static final int HISTORY = 50;

    private record Key(UUID planId, Locale locale, String contextPath) {
    }

    private final Fragments fragments;
    private final ChangeCounters counters;
    private final AuditTrail auditTrail;
    private final Map<HistoryKey, KeptHistory> histories = Fragments.lru(4 * CAPACITY);
    private final Map<Key, Rendered> kept = Fragments.lru(CAPACITY);
    private volatile boolean enabled = true;

    PlanTree(Fragments fragments, ChangeCounters counters, AuditTrail auditTrail) {
        this.fragments = fragments;
        this.counters = counters;
        this.auditTrail = auditTrail;
    }

    /**
     * The tree of a plan the reader may see ({@code plan} was read through the permission check), kept once the
     * plan is {@link PlanActions#settled() settled}; {@code actions}: what the reader may do with it now.
     */
    Rendered of(PlanSummary plan, Supplier<List<PlanEntry>> entries, PlanActions actions, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        if (!enabled || !actions.settled() || actions.mayEdit()) {
            return fresh(entries.get());
        }
        Key key = new Key(plan.id(), locale, request.getContextPath());
        // a decided plan's items never change, but their lineage may be confirmed and the targets name comparison groups
        // ("bland de 5 bästa i Jämförbara län"): the planning and organisation counters tell
        String stamp = counters.stamp("planning", "organisation");
        Rendered r = kept.get(key);
        if (r == null || !r.stamp().equals(stamp)) {
            Rendered f = fresh(entries.get());
            r = new Rendered(render(f.nodes(), locale, request, response), null, f.counts(), stamp);
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
     * ({@code fragments/history :: history}), kept per object and language while the counters of the modules whose
     * tables write a plan's history (planning, and followup for the assignments' status) hold — or null when keeping
     * is off (the page then renders the entries itself). The entries say the same to everyone who may see the object (who, when, what changed).
     * Rendering 50 entries of some twenty fields each was most of the plan page's rendering once the tree was kept.
     */
    String history(String objectType, UUID objectId, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        if (!enabled) {
            return null;
        }
        HistoryKey key = new HistoryKey(objectType, objectId, locale, request.getContextPath());
        String stamp = counters.stamp("planning", "followup");
        KeptHistory k = histories.get(key);
        if (k == null || !k.stamp().equals(stamp)) {
            // read after the stamp: entries added meanwhile are shown now and render anew next time
            List<HistoryEntry> entries = auditTrail.history(objectType, objectId, HISTORY);
            k = new KeptHistory(stamp, fragments.render("fragments/history", "history", Map.of("entries", entries), locale, request, response));
            histories.put(key, k);
        }
        return k.html();
    }

    /** The tree fragment rendered on its own as the page would (see {@link Fragments}). */
    private String render(List<Node> nodes, Locale locale, HttpServletRequest request, HttpServletResponse response) {
        return fragments.render("planning/fragments", "tree", Map.of("nodes", nodes, "canEdit", false), locale, request, response);
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
}
