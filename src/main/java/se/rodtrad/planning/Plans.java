package se.rodtrad.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ValidationException;

/** Finding plans. Internal readers see every plan; the public only what {@link PublicVisibility} shows (decided ones). */
@Service
@Transactional(readOnly = true)
public class Plans {

    private final PlanRepository plans;
    private final AccessPolicy access;
    private final ChangeCounters counters;

    private final Organisation organisation;

    Plans(PlanRepository plans, AccessPolicy access, ChangeCounters counters, Organisation organisation) {
        this.organisation = organisation;
        this.counters = counters;
        this.plans = plans;
        this.access = access;
    }

    public List<PlanSummary> all() {
        boolean internal = access.allows(Permission.READ_INTERNAL, null);
        return plans.findAll().stream().filter(p -> internal || PublicVisibility.shows(p)).toList();
    }

    /**
     * The plans of the bodies the current person works for (an administrator: the home organisation's), newest first —
     * asked of the database by body, not picked out of every plan of the installation.
     */
    public List<PlanSummary> ofMyBodies() {
        se.rodtrad.organisation.CurrentUser user = access.currentUser();
        List<PlanSummary> mine = user.role() == se.rodtrad.organisation.Role.ADMINISTRATOR ? ofOrganisation(null)
                : plans.findPage(readableStatuses(), user.scopeUnitIds().toArray(UUID[]::new), 0, Integer.MAX_VALUE);
        return mine.stream().sorted(java.util.Comparator.comparing(PlanSummary::year).reversed()).toList();
    }

    /** The statuses of the plans the reader may see: all for someone who may read internal documents, else the public's. */
    private String[] readableStatuses() {
        return access.allows(Permission.READ_INTERNAL, null)
                ? java.util.Arrays.stream(PlanStatus.values()).map(Enum::name).toArray(String[]::new)
                : PublicVisibility.shownStatuses();
    }

    /** Plans per page in the public lists unless the reader asks for another size, and the most one page holds. */
    public static final int PUBLIC_PAGE_SIZE = 100;
    public static final int PUBLIC_PAGE_MAX = 1000;

    /**
     * A page of the plans the public sees — also to a signed-in person, on the portal and in open data — of one
     * organisation (by its code, e.g. the Kolada id 0018) or, without one, of all. An installation may hold every
     * municipality's plans, so the list is never read whole.
     */
    public PlanPage publicPlans(String organisationCode, int page, int size) {
        return page(organisationCode, page, size, PublicVisibility.shownStatuses());
    }

    /**
     * A page of the plans the reader may see — every status for someone who may read internal documents, else what the
     * public sees — of one organisation by its code or, without one, of all.
     */
    public PlanPage page(String organisationCode, int page, int size) {
        return page(organisationCode, page, size, readableStatuses());
    }

    private PlanPage page(String organisationCode, int page, int size, String[] statuses) {
        if (page < 0 || page > 100_000) {
            throw ValidationException.of("page", "validation.page");
        }
        if (size < 1 || size > PUBLIC_PAGE_MAX) {
            throw ValidationException.of("size", "validation.pageSize", PUBLIC_PAGE_MAX);
        }
        Unit org = null;
        UUID[] bodies = null;
        if (organisationCode != null && !organisationCode.isBlank()) {
            org = organisation.unitByCode(organisationCode.strip())
                    .filter(u -> u.type() == UnitType.REGION || u.type() == UnitType.MUNICIPALITY)
                    .orElseThrow(() -> new NotFoundException("organisation", organisationCode));
            bodies = organisation.bodiesOf(org.id()).stream().map(Unit::id).toArray(UUID[]::new);
        }
        long total = plans.count(statuses, bodies);
        return new PlanPage(org, plans.findPage(statuses, bodies, page * size, size), page, size, total);
    }

    /**
     * The plans of one organisation's bodies (the home region's when {@code organisationId} is null) that the reader may
     * see, body by body, newest first: what a person of that organisation lists — not every municipality's plans in an
     * installation that holds them all.
     */
    public List<PlanSummary> ofOrganisation(UUID organisationId) {
        UUID org = organisationId == null ? organisation.homeRegion().id() : organisationId;
        UUID[] bodies = organisation.bodiesOf(org).stream().map(Unit::id).toArray(UUID[]::new);
        return plans.findPage(readableStatuses(), bodies, 0, Integer.MAX_VALUE);
    }

    /**
     * The organisations (regions and municipalities) that have published a plan: the home region first, then regions
     * and municipalities in Swedish name order — for the portal's choice of organisation.
     */
    public List<Unit> publicOrganisations() {
        String stamp = counters.stamp("planning", "organisation");
        PublicOrganisations kept = publicOrganisations;
        if (kept == null || !kept.stamp().equals(stamp)) {
            UUID home = organisation.homeRegion().id();
            kept = new PublicOrganisations(stamp, plans.bodiesWith(PublicVisibility.shownStatuses()).stream()
                    .map(organisation::organisationOf).distinct()
                    .sorted(java.util.Comparator.comparing((Unit u) -> !u.id().equals(home))
                            .thenComparing(u -> u.type() != UnitType.REGION)
                            .thenComparing(Unit::name, se.rodtrad.shared.domain.Texts.swedishOrder()))
                    .toList());
            publicOrganisations = kept;
        }
        return kept.units();
    }

    private record PublicOrganisations(String stamp, List<Unit> units) {
    }

    private volatile PublicOrganisations publicOrganisations;

    /** A plan the public sees; "not found" for a draft or proposal, also to a signed-in person. */
    public PlanSummary publicPlan(UUID id) {
        PlanSummary plan = plan(id);
        if (!PublicVisibility.shows(plan)) {
            throw new NotFoundException("beslutad plan", id);
        }
        return plan;
    }

    /** Of a search's hits, those in plans the public sees. */
    public List<SearchHit> publicHits(List<SearchHit> hits) {
        return PublicVisibility.only(hits, SearchHit::plan);
    }

    public PlanSummary plan(UUID id) {
        return plans.findById(id)
                .filter(p -> PublicVisibility.shows(p) || access.allows(Permission.READ_INTERNAL, null))
                .orElseThrow(() -> new NotFoundException("plan", id));
    }

    /** {@link #find} of many plans in one query, by id: those the reader may see. */
    public Map<UUID, PlanSummary> find(java.util.Collection<UUID> ids) {
        boolean internal = access.allows(Permission.READ_INTERNAL, null);
        Map<UUID, PlanSummary> found = new java.util.HashMap<>();
        plans.findByIds(ids).stream().filter(p -> internal || PublicVisibility.shows(p)).forEach(p -> found.put(p.id(), p));
        return found;
    }

    /** {@link #find} of many plans in one query, by key: those the reader may see. */
    public Map<String, PlanSummary> findByKeys(java.util.Collection<String> keys) {
        boolean internal = access.allows(Permission.READ_INTERNAL, null);
        Map<String, PlanSummary> found = new java.util.HashMap<>();
        plans.findByKeys(keys).stream().filter(p -> internal || PublicVisibility.shows(p)).forEach(p -> found.put(p.key(), p));
        return found;
    }

    /** The plan if it exists and the reader may see it; never throws, so callers inside a transaction can ask freely. */
    public Optional<PlanSummary> find(UUID id) {
        return plans.findById(id).filter(p -> PublicVisibility.shows(p) || access.allows(Permission.READ_INTERNAL, null));
    }

    /**
     * A stamp that changes whenever anything the plan's page may show changes, so a page rendered once can be shown
     * again while the stamp stays the same: the plans and their items, proposals, lineage and cycle (planning), the
     * assignments' status in the plan's history (followup), the body's name and the comparison groups its targets name
     * (organisation). Read it before what it stamps.
     */
    public String pageStamp(PlanSummary plan) {
        return counters.stamp("planning", "followup", "organisation");
    }

    /** What the current reader may do with the plan now (its buttons): the lifecycle rule of {@link PlanActions}. */
    public PlanActions actions(PlanSummary plan) {
        return PlanActions.of(plan.status(), access.permissionsFor(plan.bodyId()));
    }

    /** A body and a year for which the body has a decided verksamhetsplan. */
    public record BodyYear(UUID bodyId, int year) {
    }

    /** Every body and year with a decided verksamhetsplan (what a region's or municipality's annual report gathers). */
    public List<BodyYear> decidedBodyYears() {
        return plans.decidedBodyYears();
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
        return plans.findByBody(bodyId).stream().filter(p -> internal || PublicVisibility.shows(p)).toList();
    }
}
