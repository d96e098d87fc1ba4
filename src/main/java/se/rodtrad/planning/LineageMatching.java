package se.rodtrad.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;

/**
 * Proposes which item of an earlier plan each item of a later plan continues, by wording similarity and position,
 * for a person to confirm or correct. A confirmation gives the later item the earlier item's lineage; "new"
 * gives it a lineage of its own. Every decision is kept (lineage_match) and audited. Lineage is identity, not
 * content, so it may be confirmed on a decided plan too.
 */
@Service
@Transactional
public class LineageMatching {

    /** Below this a candidate is not proposed: the item is taken to be new. */
    static final double THRESHOLD = 0.4;
    static final int CANDIDATES = 3;
    /** Words every plan uses ("ska öka", "antal", "Region Örebro län") say nothing about which item is which. */
    private static final Set<String> STOP_WORDS = Set.of("och", "att", "i", "för", "som", "med", "ska", "av", "till", "en", "ett", "det",
            "den", "är", "på", "de", "om", "samt", "inom", "vara", "har", "sin", "sina", "så", "från", "mot", "mellan", "jämfört", "öka",
            "minska", "antal", "antalet", "andel", "andelen", "region", "örebro", "län", "länet", "länets", "år");
    /** Words are compared on their first letters, so "företag" and "företagen" count as the same word. */
    private static final int STEM = 6;

    private final PlanModel model;
    private final Plans plans;
    private final PlanItemRepository items;
    private final AccessPolicy access;
    private final JdbcClient jdbc;

    private final ChangeCounters counters;

    LineageMatching(PlanModel model, Plans plans, PlanItemRepository items, AccessPolicy access, JdbcClient jdbc, ChangeCounters counters) {
        this.counters = counters;
        this.model = model;
        this.plans = plans;
        this.items = items;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<MatchProposal> propose(UUID fromPlanId, UUID toPlanId) {
        plans.plan(fromPlanId);
        plans.plan(toPlanId);
        List<PlanEntry> from = model.entries(fromPlanId);
        List<PlanEntry> to = model.entries(toPlanId);
        Map<UUID, PlanEntry> fromByLineage = new HashMap<>();
        from.forEach(e -> fromByLineage.put(e.item().lineageId(), e));
        Set<UUID> toLineages = new HashSet<>();
        to.forEach(e -> toLineages.add(e.item().lineageId()));
        // earlier items that no later item continues yet: the candidates
        List<PlanEntry> open = from.stream().filter(e -> !toLineages.contains(e.item().lineageId())).toList();
        Map<UUID, PlanEntry> fromById = new HashMap<>();
        from.forEach(e -> fromById.put(e.id(), e));
        Map<UUID, PlanEntry> toById = new HashMap<>();
        to.forEach(e -> toById.put(e.id(), e));
        // each text's words and trigrams once, not once per pair (the pairs were four fifths of the plan page's CPU)
        Map<UUID, Features> features = new HashMap<>();
        open.forEach(e -> features.put(e.id(), Features.of(e.text())));

        List<MatchProposal> result = new ArrayList<>();
        for (PlanEntry t : to) {
            PlanEntry linked = fromByLineage.get(t.item().lineageId());
            if (linked != null) {
                result.add(new MatchProposal(t, MatchProposal.Status.LINKED, linked, List.of()));
                continue;
            }
            List<MatchProposal.Candidate> candidates = new ArrayList<>();
            Features tf = null;
            for (PlanEntry f : open) {
                if (f.type() != t.type()) {
                    continue;
                }
                if (tf == null) {
                    tf = Features.of(t.text());
                }
                double score = score(f, features.get(f.id()), t, tf, from.size(), to.size(), parentsLinked(f, t, fromById, toById));
                if (score >= THRESHOLD) {
                    candidates.add(new MatchProposal.Candidate(f, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP)));
                }
            }
            candidates.sort(Comparator.comparing(MatchProposal.Candidate::score).reversed());
            List<MatchProposal.Candidate> top = candidates.size() > CANDIDATES ? candidates.subList(0, CANDIDATES) : candidates;
            result.add(new MatchProposal(t, top.isEmpty() ? MatchProposal.Status.NONE : MatchProposal.Status.PROPOSED, null, List.copyOf(top)));
        }
        return result;
    }

    /** The later item continues the earlier one: it takes the earlier item's lineage. */
    public void confirm(UUID toPlanId, UUID fromPlanId, UUID toItemId, UUID fromItemId) {
        PlanSummary toPlan = plans.plan(toPlanId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, toPlan.bodyId());
        PlanItemRepository.Row to = row(toItemId);
        PlanItemRepository.Row from = row(fromItemId);
        if (!to.planId().equals(toPlanId) || !from.planId().equals(fromPlanId)) {
            throw new DomainException("lineage.error.notInPlan");
        }
        if (from.type() != to.type()) {
            throw new DomainException("lineage.error.type");
        }
        items.findByPlan(to.planId()).stream()
                .filter(r -> r.lineageId().equals(from.lineageId()) && !r.id().equals(to.id())).findFirst()
                .ifPresent(other -> {
                    throw new DomainException("lineage.error.taken", label(other));
                });
        if (to.lineageId().equals(from.lineageId())) {
            return;
        }
        List<MatchProposal.Candidate> proposed = propose(fromPlanId, toPlan.id()).stream().filter(p -> p.item().id().equals(toItemId))
                .findFirst().map(MatchProposal::candidates).orElse(List.of());
        boolean asProposed = !proposed.isEmpty() && proposed.get(0).entry().id().equals(fromItemId);
        BigDecimal score = proposed.stream().filter(c -> c.entry().id().equals(fromItemId)).map(MatchProposal.Candidate::score).findFirst().orElse(null);
        items.setLineage(to.id(), from.lineageId(), user.username());
        record(fromPlanId, toPlan.id(), to.id(), from.id(), score, asProposed ? "CONFIRMED" : "CORRECTED", to.lineageId(), from.lineageId(), user);
    }

    /**
     * Takes every proposal whose best candidate scores at least {@code minScore} as confirmed, best scores first and
     * each earlier item once — for a plan just made from a document, whose items are the earlier plan's items read
     * again. What scores lower stays proposed for a person on the plan's matches page. Returns how many were taken.
     */
    public int adoptProposed(UUID fromPlanId, UUID toPlanId, double minScore) {
        PlanSummary toPlan = plans.plan(toPlanId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, toPlan.bodyId());
        List<MatchProposal> proposals = propose(fromPlanId, toPlanId);
        List<Object[]> pairs = new ArrayList<>();
        for (MatchProposal p : proposals) {
            if (p.status() == MatchProposal.Status.PROPOSED) {
                for (MatchProposal.Candidate c : p.candidates()) {
                    if (c.score().doubleValue() >= minScore) {
                        pairs.add(new Object[] {p.item(), c});
                    }
                }
            }
        }
        pairs.sort(Comparator.comparing((Object[] o) -> ((MatchProposal.Candidate) o[1]).score()).reversed());
        Set<UUID> takenFrom = new HashSet<>();
        Set<UUID> doneTo = new HashSet<>();
        int taken = 0;
        for (Object[] o : pairs) {
            PlanEntry to = (PlanEntry) o[0];
            MatchProposal.Candidate c = (MatchProposal.Candidate) o[1];
            if (doneTo.contains(to.id()) || !takenFrom.add(c.entry().item().lineageId())) {
                continue;
            }
            doneTo.add(to.id());
            items.setLineage(to.id(), c.entry().item().lineageId(), user.username());
            record(fromPlanId, toPlanId, to.id(), c.entry().id(), c.score(), "CONFIRMED", to.item().lineageId(), c.entry().item().lineageId(), user);
            taken++;
        }
        return taken;
    }

    /** The later item continues nothing in the earlier plan: it gets a lineage of its own. */
    public void markNew(UUID toPlanId, UUID fromPlanId, UUID toItemId) {
        PlanSummary toPlan = plans.plan(toPlanId);
        CurrentUser user = access.require(Permission.EDIT_PLAN, toPlan.bodyId());
        PlanItemRepository.Row to = row(toItemId);
        if (!to.planId().equals(toPlanId) || fromPlanId == null) {
            throw new DomainException("lineage.error.notInPlan");
        }
        plans.plan(fromPlanId);
        boolean shared = items.findByPlan(fromPlanId).stream().anyMatch(r -> r.lineageId().equals(to.lineageId()));
        UUID lineage = to.lineageId();
        if (shared) {
            String base = (items.lineageKey(to.lineageId()).orElse("punkt")) + "-" + toPlan.year();
            String key = base;
            for (int i = 2; items.lineageKeyExists(key); i++) {
                key = base + "-" + i;
            }
            lineage = items.lineage(key, to.type());
            items.setLineage(to.id(), lineage, user.username());
        }
        record(fromPlanId, toPlan.id(), to.id(), null, null, "NEW", to.lineageId(), lineage, user);
    }

    private void record(UUID fromPlanId, UUID toPlanId, UUID toItemId, UUID fromItemId, BigDecimal score, String decision, UUID previous,
            UUID lineage, CurrentUser user) {
        jdbc.sql("""
                insert into lineage_match (from_plan_id, to_plan_id, to_item_id, from_item_id, score, decision, previous_lineage_id, lineage_id, decided_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(fromPlanId, toPlanId, toItemId, fromItemId, score, decision, previous, lineage, user.username()).update();
    }

    /**
     * How many items of the later plan have a proposed match not yet confirmed. The plan page shows it on every
     * view, and proposing compares every pair of items (two thirds of the page's CPU with a 121- and a 115-item
     * plan), so the count is kept per pair of plans while the planning counter holds (see {@link ChangeCounters}):
     * every committed change of an item of either plan moves it, so a kept count is used only while the items it was
     * computed from are unchanged.
     */
    @Transactional(readOnly = true)
    public long openProposals(UUID fromPlanId, UUID toPlanId) {
        plans.plan(fromPlanId);
        plans.plan(toPlanId);
        OpenKey key = new OpenKey(fromPlanId, toPlanId);
        String stamp = counters.stamp("planning");
        OpenCount kept = openCounts.get(key);
        if (kept != null && kept.stamp().equals(stamp)) {
            return kept.open();
        }
        long open = countOpen(fromPlanId, toPlanId);
        openCounts.put(key, new OpenCount(stamp, open));
        return open;
    }

    long countOpen(UUID fromPlanId, UUID toPlanId) {
        return propose(fromPlanId, toPlanId).stream().filter(p -> p.status() == MatchProposal.Status.PROPOSED).count();
    }

    private record OpenKey(UUID from, UUID to) {
    }

    private record OpenCount(String stamp, long open) {
    }

    private final Map<OpenKey, OpenCount> openCounts = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<OpenKey, OpenCount> eldest) {
            return size() > 256;
        }
    });

    /**
     * Similarity of wording (word overlap and character trigrams, both Dice), with a little weight on the place in
     * the document and on parents that already continue each other.
     */
    static double score(PlanEntry from, PlanEntry to, int fromSize, int toSize, boolean parentsLinked) {
        return score(from, Features.of(from.text()), to, Features.of(to.text()), fromSize, toSize, parentsLinked);
    }

    /** What the wording comparison needs of a text, computed once per text. */
    private record Features(Set<String> words, Set<String> trigrams) {
        static Features of(String text) {
            return new Features(LineageMatching.words(text), LineageMatching.trigrams(text));
        }
    }

    private static double score(PlanEntry from, Features ff, PlanEntry to, Features tf, int fromSize, int toSize, boolean parentsLinked) {
        double text = 0.6 * dice(ff.words(), tf.words()) + 0.4 * dice(ff.trigrams(), tf.trigrams());
        double relFrom = fromSize <= 1 ? 0 : (double) from.item().position() / (fromSize - 1);
        double relTo = toSize <= 1 ? 0 : (double) to.item().position() / (toSize - 1);
        double position = 1 - Math.abs(relFrom - relTo);
        return Math.min(1.0, 0.85 * text + 0.15 * position + (parentsLinked ? 0.05 : 0));
    }

    private static boolean parentsLinked(PlanEntry from, PlanEntry to, Map<UUID, PlanEntry> fromById, Map<UUID, PlanEntry> toById) {
        PlanEntry fp = from.item().parentId() == null ? null : fromById.get(from.item().parentId());
        PlanEntry tp = to.item().parentId() == null ? null : toById.get(to.item().parentId());
        return fp != null && tp != null && fp.item().lineageId().equals(tp.item().lineageId());
    }

    static Set<String> words(String s) {
        Set<String> result = new HashSet<>();
        for (String w : normalise(s).split(" ")) {
            if (w.length() > 1 && !STOP_WORDS.contains(w)) {
                result.add(w.length() > STEM ? w.substring(0, STEM) : w);
            }
        }
        return result;
    }

    static Set<String> trigrams(String s) {
        StringBuilder content = new StringBuilder(" ");
        for (String w : normalise(s).split(" ")) {
            if (!STOP_WORDS.contains(w)) {
                content.append(w).append(' ');
            }
        }
        String n = content.toString();
        Set<String> result = new HashSet<>();
        for (int i = 0; i + 3 <= n.length(); i++) {
            result.add(n.substring(i, i + 3));
        }
        return result;
    }

    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String normalise(String s) {
        String n = Normalizer.normalize(s == null ? "" : s.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return NOT_LETTER_OR_DIGIT.matcher(n).replaceAll(" ").strip();
    }

    static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String x : a) {
            if (b.contains(x)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private PlanItemRepository.Row row(UUID id) {
        PlanItemRepository.Row r = (id == null ? java.util.Optional.<PlanItemRepository.Row>empty() : items.findById(id))
                .orElseThrow(() -> new NotFoundException("planpunkt", id));
        plans.plan(r.planId());
        return r;
    }

    private static String label(PlanItemRepository.Row r) {
        String l = r.item().label();
        return l.isEmpty() ? r.text() : l + " " + r.text();
    }
}
