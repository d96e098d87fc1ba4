package se.rodtrad.budget;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanDecided;
import se.rodtrad.planning.PlanRevised;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * The decided budget as the rest of the product learns of it. When planning tells that a plan was decided, the budget
 * of that plan is decided with it (the VP is "verksamhetsplan med budget", one decision): this publishes
 * {@link BudgetDecided} with the operating budget per area and the income statement's result. When a decided plan is
 * revised, the revision starts from the decided budget — its tables and frame are copied to the new draft, where the
 * controller changes what the revision changes (a new frame, moved money) before the body decides it as version 2.
 *
 * <p>A line names an area when its printed label, without "Område", a leading dash, a parenthesis or "varav", is the name
 * of one of the body's units ("Område utbildning och arbetsmarknad (exkl folkhögskolor)" → Utbildning och arbetsmarknad).
 */
@Service
public class DecidedBudgets {

    private static final Logger log = LoggerFactory.getLogger(DecidedBudgets.class);

    private final BudgetTableRepository tables;
    private final FrameRepository frames;
    private final Plans plans;
    private final Organisation organisation;
    private final ApplicationEventPublisher events;

    DecidedBudgets(BudgetTableRepository tables, FrameRepository frames, Plans plans, Organisation organisation, ApplicationEventPublisher events) {
        this.tables = tables;
        this.frames = frames;
        this.plans = plans;
        this.organisation = organisation;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PlanDecided event) {
        plans.find(event.planId().value()).flatMap(this::decided).ifPresent(events::publishEvent);
    }

    /** The revision's draft begins with the budget that was decided; nothing is copied into a plan that already has one. */
    @ApplicationModuleListener
    void on(PlanRevised event) {
        UUID from = event.revises().value();
        UUID to = event.revision().value();
        if (!tables.findByPlan(to).isEmpty()) {
            return;
        }
        for (BudgetTable t : tables.findByPlan(from)) {
            List<BudgetTableRepository.NewRow> rows = new ArrayList<>();
            Map<UUID, Integer> index = new LinkedHashMap<>();
            for (BudgetRow r : t.rows()) {
                index.put(r.id(), rows.size());
                rows.add(new BudgetTableRepository.NewRow(r.label(), r.heading(), r.total(), r.varav(), r.parentId() == null ? null : index.get(r.parentId()),
                        r.role(), r.sumScope(), r.group(), r.consequence(), r.ambiguousColumn(), r.sourceLine(), r.printedText(), r.cells()));
            }
            tables.insert(to, t.position(), t.kind(), t.title(), t.section(), t.unit(), t.decimals(), t.sourceLines(), t.fromProse(), t.project(),
                    t.grantTerms(), t.notes(), t.columns(), rows, t.groups(), "system");
        }
        frames.findByPlan(from).filter(f -> frames.findByPlan(to).isEmpty()).ifPresent(f -> frames.insert(new Frame(null, to, f.netFrameKr(),
                f.previousNetFrameKr(), f.indexPercent(), f.indexAmountKr(), f.salaryPercent(), f.salaryAmountKr(), f.poPercent(), f.poAmountKr(),
                f.pricePercent(), f.priceAmountKr(), f.hoursPerFte(), f.sickPayPercent(), f.generalReduction(), f.note(), f.source(), f.changes(),
                f.allowances(), f.reserves(), f.areas(), 0, null, null)));
        log.info("Budgeten för planversion {} utgår från den beslutade budgeten i {}", to, from);
    }

    /**
     * The decided budgets of the plans {@code wanted} takes, as decided: what a follower makes its missing copies from at a
     * start. Each is read whole only if taken: a follower that already holds most of them asks for the rest (the
     * economy's start pass read all 41 850 of bench/'s SCALE=0.25 for none).
     */
    @Transactional(readOnly = true)
    public List<BudgetDecided> allDecided(java.util.function.Predicate<UUID> wanted) {
        List<BudgetDecided> result = new ArrayList<>();
        // only the plans that have budget tables at all: a nationwide dataset holds thousands of plans without any
        java.util.Set<UUID> withTables = tables.countByPlan().keySet();
        Areas areas = new Areas(organisation.unitsById());
        for (PlanSummary p : plans.all()) {
            if (withTables.contains(p.id()) && wanted.test(p.id())) {
                decided(p, areas).ifPresent(result::add);
            }
        }
        return result;
    }

    /** The plan's decided budget; empty while the plan is not decided or has no operating budget for its year. */
    Optional<BudgetDecided> decided(PlanSummary plan) {
        return decided(plan, new Areas(organisation.unitsById()));
    }

    private Optional<BudgetDecided> decided(PlanSummary plan, Areas areas) {
        if (plan.status() == null || !plan.status().isDecided()) {
            return Optional.empty();
        }
        List<BudgetTable> all = tables.findByPlan(plan.id());
        BudgetTable operating = all.stream().filter(t -> t.kind() == TableKind.OPERATING && t.isArithmetic()).findFirst().orElse(null);
        if (operating == null) {
            return Optional.empty();
        }
        String period = "Budget " + plan.year();
        int turnover = column(operating, ColumnRole.TURNOVER, period);
        int frame = column(operating, ColumnRole.FRAME, period);
        int net = column(operating, ColumnRole.VALUE, period);
        if (frame < 0 && net < 0) {
            return Optional.empty();
        }
        Map<String, Unit> units = areas.of(plan.bodyId());
        List<BudgetDecided.AreaLine> lines = new ArrayList<>();
        for (BudgetRow row : operating.rows()) {
            if (!row.isLine()) {
                continue;
            }
            // "Varav budgetram" is the area's net cost as a positive figure; a table of net figures prints costs negative
            Long netCost = frame >= 0 ? row.cell(frame).ore(operating.unit()) : negate(row.cell(net).ore(operating.unit()));
            if (netCost == null) {
                continue;
            }
            Long turnoverOre = turnover >= 0 ? row.cell(turnover).ore(operating.unit()) : null;
            Unit area = units.get(key(row.label()));
            lines.add(new BudgetDecided.AreaLine(row.label().strip(), operating.parent(row).map(p -> p.label().strip()).orElse(null),
                    area == null ? null : area.id(), area == null ? null : area.code(), turnoverOre, netCost));
        }
        Long result = null;
        for (BudgetTable t : all) {
            if (t.kind() == TableKind.INCOME_STATEMENT && result == null) {
                int c = column(t, ColumnRole.VALUE, period);
                result = c < 0 ? null : t.rowWithRole(RowRole.RESULT).map(r -> r.cell(c).ore(t.unit())).orElse(null);
            }
        }
        var d = plan.decision();
        String source = operating.title() + (operating.section() == null ? "" : " (" + operating.section() + ")") + ", " + plan.title();
        return Optional.of(new BudgetDecided(plan.id(), plan.bodyId(), plan.bodyName(), plan.year(), Math.max(1, plan.revision()),
                d == null ? null : d.date(), d == null ? null : d.body(), d == null ? null : d.paragraph(), lines, result, source));
    }

    private static int column(BudgetTable t, ColumnRole role, String period) {
        for (int i = 0; i < t.columns().size(); i++) {
            BudgetColumn c = t.columns().get(i);
            if (c.role() == role && c.period() != null && c.period().strip().equalsIgnoreCase(period)) {
                return i;
            }
        }
        return -1;
    }

    private static Long negate(Long ore) {
        return ore == null ? null : -ore;
    }

    /**
     * The units a budget line may name, by the name as a line prints it: for a body its own units first, then any other
     * area or unit whose name no other has. The installation's units are indexed once for all the plans of a pass.
     */
    private final class Areas {

        private final Map<UUID, Unit> byId;
        private final Map<String, Unit> unique = new LinkedHashMap<>();

        Areas(Map<UUID, Unit> byId) {
            this.byId = byId;
            Map<String, Integer> seen = new LinkedHashMap<>();
            Map<String, Unit> first = new LinkedHashMap<>();
            for (Unit u : byId.values()) {
                if (u.type() == UnitType.AREA || u.type() == UnitType.UNIT || u.type() == UnitType.ADMINISTRATION) {
                    String k = key(u.name());
                    seen.merge(k, 1, Integer::sum);
                    first.putIfAbsent(k, u);
                }
            }
            first.forEach((k, u) -> {
                if (seen.get(k) == 1) {
                    unique.put(k, u);
                }
            });
        }

        Map<String, Unit> of(UUID bodyId) {
            Map<String, Unit> result = new LinkedHashMap<>();
            for (UUID id : organisation.ownUnitIds(bodyId)) {
                Unit u = byId.get(id);
                if (u != null && !u.type().isPoliticalBody()) {
                    result.putIfAbsent(key(u.name()), u);
                }
            }
            unique.forEach(result::putIfAbsent);
            return result;
        }
    }

    /** "- Område utbildning och arbetsmarknad (exkl folkhögskolor), varav:" → "utbildning och arbetsmarknad". */
    static String key(String label) {
        String k = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
        k = k.replaceAll("^[-–]\\s*", "").replaceAll("\\(.*?\\)", " ").replaceAll(",?\\s*varav\\s*:?$", "").replaceAll(":$", "");
        k = k.replaceAll("^område\\s+", "").replaceAll("^området\\s+(för\\s+)?", "");
        return k.replaceAll("\\s+", " ").strip();
    }
}
