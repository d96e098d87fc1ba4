package se.rodtrad.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's content as other modules read it when they react to planning's events ({@link PlanContentChanged},
 * {@link PlanDecided}) — whatever the plan's status, because a module that follows a plan's indicators or checks its
 * budget acts for the product, not for a reader. Never hand what this returns to a reader unchecked: what a reader
 * may see is {@link Plans} and {@link PlanModel}.
 */
@Service
@Transactional(readOnly = true)
public class PlanContents {

    /** A plan's header and its items in document order, with depth and lineage key. */
    public record Content(PlanSummary plan, List<PlanEntry> entries) {
    }

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanModel model;

    PlanContents(PlanRepository plans, PlanItemRepository items, PlanModel model) {
        this.plans = plans;
        this.items = items;
        this.model = model;
    }

    public Optional<Content> content(PlanId id) {
        return plans.findById(id.value()).map(p -> new Content(p, model.entriesOf(items.findByPlan(p.id()))));
    }

    /**
     * Every plan's content stamp, in one read: it changes whenever the plan's header or any of its items changes, so a
     * module that keeps something built from plans' content (followup's followed indicators) rebuilds only what changed.
     */
    public Map<PlanId, String> contentStamps() {
        Map<PlanId, String> stamps = new HashMap<>();
        plans.contentStamps().forEach((id, stamp) -> stamps.put(new PlanId(id), stamp));
        return stamps;
    }

    /** One plan's content stamp, as {@link #contentStamps()} gives it (empty when there is no such plan). */
    public Optional<String> contentStamp(PlanId id) {
        return plans.contentStamp(id.value());
    }

    /** Every plan, newest year first. */
    public List<PlanId> plans() {
        return plans.findAll().stream().map(p -> new PlanId(p.id())).toList();
    }
}
