package se.rodtrad.planning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.NotFoundException;

/** Finding plans. Internal readers see every plan; the public sees only decided ones. */
@Service
@Transactional(readOnly = true)
public class Plans {

    private final PlanRepository plans;
    private final AccessPolicy access;

    Plans(PlanRepository plans, AccessPolicy access) {
        this.plans = plans;
        this.access = access;
    }

    public List<PlanSummary> all() {
        boolean internal = access.allows(Permission.READ_INTERNAL, null);
        return plans.findAll().stream().filter(p -> internal || p.status().isDecided()).toList();
    }

    public PlanSummary plan(UUID id) {
        return plans.findById(id)
                .filter(p -> p.status().isDecided() || access.allows(Permission.READ_INTERNAL, null))
                .orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** The plan if it exists and the reader may see it; never throws, so callers inside a transaction can ask freely. */
    public Optional<PlanSummary> find(UUID id) {
        return plans.findById(id).filter(p -> p.status().isDecided() || access.allows(Permission.READ_INTERNAL, null));
    }

    /**
     * A stamp that changes whenever anything the plan's page shows changes (see {@code PlanRepository.pageStamp}), so
     * a page rendered once can be shown again while the stamp stays the same. {@code plan} was read by
     * {@link #plan(UUID)}, so the reader may see it.
     */
    public String pageStamp(PlanSummary plan) {
        return plans.pageStamp(plan.id());
    }

    /** What the current reader may do with the plan now (its buttons): the lifecycle rule of {@link PlanActions}. */
    public PlanActions actions(PlanSummary plan) {
        return PlanActions.of(plan.status(), access.permissionsFor(plan.bodyId()));
    }

    public Optional<PlanSummary> byKey(String key) {
        return plans.findByKey(key);
    }

    /** Every version of the plan's body and year (revision 1, 2 …), the plan itself included. */
    public List<PlanSummary> versions(UUID planId) {
        PlanSummary plan = plan(planId);
        return forBody(plan.bodyId()).stream().filter(p -> p.year() == plan.year() && p.kind().equals(plan.kind()))
                .sorted(java.util.Comparator.comparingInt(PlanSummary::revision)).toList();
    }

    public List<PlanSummary> forBody(UUID bodyId) {
        boolean internal = access.allows(Permission.READ_INTERNAL, null);
        return plans.findByBody(bodyId).stream().filter(p -> internal || p.status().isDecided()).toList();
    }
}
