package se.rodtrad.followup.assessment;

import static se.rodtrad.shared.demo.DemoYaml.str;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanContentChanged;
import se.rodtrad.planning.PlanContents;
import se.rodtrad.planning.PlanEntry;
import se.rodtrad.planning.PlanId;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetForm;

/**
 * What followup follows is the plans' indicators, built from planning's events: whenever a plan's content changes
 * ({@link PlanContentChanged}, also for a plan just made or loaded) its indicators are read through planning's API
 * and each target of each indicator becomes — or stays — a followed indicator named by the plan item's id. An
 * indicator the plan no longer has is no longer followed. Rows keep their id across changes, so a person's measure
 * link and judgements stay with the indicator.
 *
 * <p>Where a plan's words leave a target open or name no measure, {@code demo/followup/indicator-links.yaml} says
 * which measure holds the data and how the target is read (by the indicator's lineage key), with the reason.
 */
@Component
public class FollowedIndicators {

    private static final Logger log = LoggerFactory.getLogger(FollowedIndicators.class);
    private static final String LINKS = "demo/followup/indicator-links.yaml";

    private final FollowedIndicatorRepository repository;
    private final PlanContents plans;
    private final Organisation organisation;
    private final Map<String, Map<String, Object>> links;
    private final String linksStamp;
    private final org.springframework.transaction.support.TransactionTemplate transaction;

    /**
     * What {@link #follow} builds from a plan, as a version: raise it when that changes (another rule for targets,
     * another column), so every plan is followed again at the next start.
     */
    private static final int FOLLOW_RULES = 1;

    FollowedIndicators(FollowedIndicatorRepository repository, PlanContents plans, Organisation organisation,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.repository = repository;
        this.transaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.plans = plans;
        this.organisation = organisation;
        this.links = readLinks();
        this.linksStamp = FOLLOW_RULES + "-" + Integer.toHexString(new java.util.TreeMap<>(links).toString().hashCode());
    }

    @ApplicationModuleListener
    void on(PlanContentChanged event) {
        follow(event.planId());
    }

    /**
     * Follows every plan's indicators as the plans are now (the demo's start, and a repair after a restore or a lost
     * event): only the plans whose content stamp differs from the one their followed indicators were built from — on a
     * nationwide dataset a restart found 113 580 indicators already followed and spent 108 s confirming it. Returns the
     * plans followed again.
     */
    public List<PlanId> followAll() {
        Map<UUID, String> followed = repository.followedStamps();
        List<PlanId> again = new ArrayList<>();
        for (Map.Entry<PlanId, String> plan : plans.contentStamps().entrySet()) {
            if (!stamp(plan.getValue()).equals(followed.get(plan.getKey().value()))) {
                // each plan in a transaction of its own, as the event's follow is (and never 9 450 plan locks in one)
                transaction.executeWithoutResult(status -> follow(plan.getKey()));
                again.add(plan.getKey());
            }
        }
        return again;
    }

    /** A plan's stamp as followup records it: planning's content stamp with the indicator links' own. */
    private String stamp(String contentStamp) {
        return contentStamp + "/" + linksStamp;
    }

    /** Brings the plan's followed indicators in line with its content; returns how many targets it follows. */
    @Transactional
    public int follow(PlanId planId) {
        // one follow of a plan at a time: the event of an earlier change, following asynchronously, read the plan before
        // its items were committed and removed what a follow running beside it had just made (a test's fixture met it)
        repository.lockPlan(planId.value());
        // the stamp before the content: a change in between leaves an older stamp, and the next start follows again
        String contentStamp = plans.contentStamp(planId).orElse(null);
        PlanContents.Content content = plans.content(planId).orElse(null);
        if (content == null) {
            return 0;
        }
        // the body's own organisation is judged: the region's committees by the region's values, a municipality's by its own
        UUID region = organisation.organisationOf(content.plan().bodyId()).id();
        Map<UUID, PlanEntry> byId = new HashMap<>();
        content.entries().forEach(e -> byId.put(e.id(), e));
        List<UUID> kept = new ArrayList<>();
        int order = 0;
        for (PlanEntry e : content.entries()) {
            if (e.type() != ItemType.INDICATOR) {
                continue;
            }
            PlanEntry goal = goalOf(e, byId);
            Map<String, Object> link = links.get(e.lineageKey());
            if (link != null && link.get("plans") instanceof List<?> only && !only.contains(content.plan().key())) {
                link = null;
            }
            List<Target> targets = new ArrayList<>();
            // the link's note: how the targets are read, or where the data are a neighbour of what the indicator asks
            String note = link == null ? null : str(link.get("note"));
            if (link != null && link.get("targets") instanceof List<?> given) {
                for (Object t : given) {
                    targets.add(target(t));
                }
            } else {
                if (e.item().target() != null) {
                    targets.add(e.item().target());
                }
                targets.addAll(e.item().additionalTargets());
            }
            if (targets.isEmpty()) {
                targets.add(Target.of(TargetForm.UNSPECIFIED, null));
            }
            String measure = link != null && link.get("measure") != null ? str(link.get("measure")) : e.item().koladaId();
            for (int i = 0; i < targets.size(); i++) {
                kept.add(repository.upsert(new FollowedIndicator(null, planId.value(), e.id(), e.item().lineageId(), i, content.plan().bodyId(),
                        order++, goal == null ? null : goal.id(), goal == null ? null : goal.text(), e.text(), note, e.item().unit(), region, null,
                        measure, targets.get(i), 0, null, null)));
            }
        }
        int removed = repository.removeOthers(planId.value(), kept);
        if (contentStamp != null) {
            repository.recordStamp(planId.value(), stamp(contentStamp));
        }
        if (removed > 0) {
            log.info("{}: {} uppföljda indikatorer finns inte längre i planen", content.plan().key(), removed);
        }
        return kept.size();
    }

    /** The nearest goal above the indicator in its plan's tree (null when it hangs under no goal). */
    private static PlanEntry goalOf(PlanEntry e, Map<UUID, PlanEntry> byId) {
        for (UUID p = e.item().parentId(); p != null; p = byId.get(p).item().parentId()) {
            PlanEntry parent = byId.get(p);
            if (parent.type() == ItemType.GOAL) {
                return parent;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> readLinks() {
        Map<String, Map<String, Object>> result = new HashMap<>();
        ClassPathResource file = new ClassPathResource(LINKS);
        if (!file.exists()) {
            return result;
        }
        try (var in = file.getInputStream()) {
            for (Map<String, Object> link : (List<Map<String, Object>>) new org.yaml.snakeyaml.Yaml().load(in)) {
                result.put(str(link.get("lineage")), link);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Kan inte läsa " + LINKS, e);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Target target(Object o) {
        try {
            Map<String, Object> t = (Map<String, Object>) o;
            return new Target(t.get("form") == null ? null : TargetForm.valueOf(str(t.get("form"))),
                    t.get("direction") == null ? null : Direction.valueOf(str(t.get("direction"))), str(t.get("reference")),
                    integer(t.get("baseYear")), integer(t.get("targetYear")), decimal(t.get("percent")), str(t.get("group")),
                    str(t.get("measure")), decimal(t.get("lower")), decimal(t.get("upper")), str(t.get("unit")), str(t.get("between")),
                    decimal(t.get("threshold")), str(t.get("unitsOf")));
        } catch (RuntimeException e) {
            // a target the links file writes in a way this reader does not know: a person judges it
            log.warn("Ett mål i {} kunde inte läsas ({}); bedöms av en person", LINKS, e.getMessage());
            return Target.of(TargetForm.UNSPECIFIED, null);
        }
    }

    private static Integer integer(Object o) {
        return o == null ? null : Integer.valueOf(String.valueOf(o));
    }

    private static java.math.BigDecimal decimal(Object o) {
        return o == null ? null : new java.math.BigDecimal(String.valueOf(o).replace(',', '.'));
    }
}
