package se.rodtrad.planning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comparing two plans by lineage: what is new, changed (with a word diff), continued and removed. */
@Service
@Transactional(readOnly = true)
public class PlanComparison {

    private final PlanModel model;
    private final Plans plans;

    PlanComparison(PlanModel model, Plans plans) {
        this.model = model;
        this.plans = plans;
    }

    public Comparison compare(UUID fromPlanId, UUID toPlanId) {
        PlanSummary from = plans.plan(fromPlanId);
        PlanSummary to = plans.plan(toPlanId);
        List<PlanEntry> fromEntries = model.entries(fromPlanId);
        Map<UUID, PlanEntry> fromByLineage = new LinkedHashMap<>();
        fromEntries.forEach(e -> fromByLineage.put(e.item().lineageId(), e));
        List<ComparisonEntry> result = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (PlanEntry t : model.entries(toPlanId)) {
            PlanEntry f = fromByLineage.get(t.item().lineageId());
            if (f == null) {
                result.add(new ComparisonEntry(Change.NEW, t.type(), t.item().lineageId(), null, t, List.of(), false, false));
                continue;
            }
            seen.add(t.item().lineageId());
            boolean wording = !normal(f.text()).equals(normal(t.text()));
            boolean target = !Objects.equals(f.item().target(), t.item().target())
                    || !Objects.equals(f.item().additionalTargets(), t.item().additionalTargets());
            boolean renumbered = !Objects.equals(normal(f.item().label()), normal(t.item().label()));
            Change change = wording || target ? Change.CHANGED : Change.CONTINUED;
            result.add(new ComparisonEntry(change, t.type(), t.item().lineageId(), f, t,
                    wording ? WordDiff.diff(f.text(), t.text()) : List.of(), renumbered, target));
        }
        for (PlanEntry f : fromEntries) {
            if (!seen.contains(f.item().lineageId())) {
                result.add(new ComparisonEntry(Change.REMOVED, f.type(), f.item().lineageId(), f, null, List.of(), false, false));
            }
        }
        return new Comparison(from, to, result);
    }

    /** The plan of the same body just before this one (by year, then revision), if any: the natural "from". */
    public java.util.Optional<PlanSummary> previous(UUID planId) {
        PlanSummary plan = plans.plan(planId);
        return plans.forBody(plan.bodyId()).stream()
                .filter(p -> p.kind().equals(plan.kind()) && !p.id().equals(plan.id())
                        && (p.year() < plan.year() || (p.year() == plan.year() && p.revision() < plan.revision())))
                .max(java.util.Comparator.comparingInt(PlanSummary::year).thenComparingInt(PlanSummary::revision));
    }

    /** Wording compared without regard to spacing: "1000" and "1 000" still differ, as printed. */
    static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ");
    }
}
