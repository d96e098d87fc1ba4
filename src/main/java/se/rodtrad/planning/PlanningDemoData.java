package se.rodtrad.planning;

import static se.rodtrad.shared.demo.DemoYaml.source;
import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.organisation.Organisation;

/**
 * Loads the plans transcribed from the seeds ({@code demo/planning/*.yaml}) on first start: the plan headers,
 * then every item in document order with its lineage, then what the items serve ({@code rus:}, {@code rusAlso:})
 * once every file's lineages exist. A file holds one plan, or several under {@code plans:} (the action plans).
 * Fields this loader does not know are ignored; the files carry comments and notes for the reader.
 */
@Component
@Order(20)
class PlanningDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final Organisation organisation;
    private final TransactionTemplate tx;
    private final CycleDemoData cycle;
    private final org.springframework.context.ApplicationEventPublisher events;

    PlanningDemoData(PlanRepository plans, PlanItemRepository items, Organisation organisation, TransactionTemplate tx,
            CycleDemoData cycle, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.plans = plans;
        this.items = items;
        this.organisation = organisation;
        this.tx = tx;
        this.cycle = cycle;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            List<Map<String, Object>> docs = documents();
            if (plans.isEmpty()) {
                docs.forEach(this::loadHeader);
                log.info("Planer inlästa: {}", docs.size());
            }
            if (items.isEmpty()) {
                List<Runnable> links = new ArrayList<>();
                int count = 0;
                for (Map<String, Object> doc : docs) {
                    count += loadItems(doc, links);
                }
                links.forEach(Runnable::run);
                log.info("Planpunkter inlästa: {}", count);
                // what follows the plans (their indicators) learns of their content as it would of any new plan
                for (Map<String, Object> doc : docs) {
                    PlanSummary plan = plans.findByKey(str(doc.get("key"))).orElseThrow();
                    events.publishEvent(new PlanContentChanged(new PlanId(plan.id()),
                            items.findByPlan(plan.id()).stream().map(r -> new PlanItemId(r.id())).collect(java.util.stream.Collectors.toSet()),
                            java.util.Set.of()));
                }
                cycle.load();
            }
        });
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> documents() {
        List<Map<String, Object>> result = new ArrayList<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/planning/*.yaml");
            java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    LoaderOptions options = new LoaderOptions();
                    options.setCodePointLimit(20 * 1024 * 1024);
                    Map<String, Object> doc = new Yaml(options).load(in);
                    if (doc.containsKey("plans")) {
                        result.addAll((List<Map<String, Object>>) doc.get("plans"));
                    } else {
                        result.add(doc);
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa demo/planning", e);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private void loadHeader(Map<String, Object> doc) {
        String key = str(doc.get("key"));
        String bodyCode = String.valueOf(doc.get("body"));
        var body = organisation.unitByCode(bodyCode)
                .orElseThrow(() -> new IllegalStateException("Okänt organ " + bodyCode + " i plan " + key));
        Map<String, Object> d = (Map<String, Object>) doc.get("decision");
        Decision decision = d == null ? null : new Decision(date(d.get("date")), str(d.get("body")), str(d.get("paragraph")));
        List<String> notes = new ArrayList<>();
        if (d != null && d.get("text") != null) {
            notes.add(str(d.get("text")));
        }
        if (doc.get("statusAsPrinted") != null) {
            notes.add(str(doc.get("statusAsPrinted")));
        }
        if (doc.get("version") != null) {
            notes.add(str(doc.get("version")));
        }
        plans.insert(key, body.id(), ((Number) doc.get("year")).intValue(), str(doc.get("title")), str(doc.get("planningYears")),
                PlanStatus.valueOf(str(doc.get("status"))), decision, source(doc.get("source")), kind(doc), str(doc.get("period")),
                notes.isEmpty() ? null : String.join(" · ", notes), 1, null, null, str(doc.get("caseNumber")), "system");
    }

    static String kind(Map<String, Object> doc) {
        if (doc.get("kind") != null) {
            return str(doc.get("kind"));
        }
        String key = str(doc.get("key"));
        if (key.startsWith("rus-")) {
            return "RUS";
        }
        return key.startsWith("hp-") ? "ACTION_PLAN" : "VP";
    }

    @SuppressWarnings("unchecked")
    private int loadItems(Map<String, Object> doc, List<Runnable> links) {
        String key = str(doc.get("key"));
        PlanSummary plan = plans.findByKey(key).orElseThrow(() -> new IllegalStateException("Planen " + key + " saknas"));
        if (items.countByPlan(plan.id()) > 0) {
            return 0;
        }
        int[] position = {0};
        walk(plan, (List<Map<String, Object>>) doc.get("items"), null, position, links);
        for (String rus : strings(doc.get("rus"))) {
            links.add(() -> items.linkPlan(plan.id(), linkTarget(rus, key)));
        }
        return position[0];
    }

    @SuppressWarnings("unchecked")
    private void walk(PlanSummary plan, List<Map<String, Object>> list, UUID parent, int[] position, List<Runnable> links) {
        if (list == null) {
            return;
        }
        for (Map<String, Object> it : list) {
            ItemType type = ItemType.valueOf(str(it.get("type")));
            int pos = position[0]++;
            String lineageKey = it.get("lineage") != null ? str(it.get("lineage")) : plan.key() + "-" + pos;
            UUID lineage = items.lineage(lineageKey, type);
            Target target = target(it.get("target"));
            List<Target> more = new ArrayList<>();
            if (it.get("additionalTargets") instanceof List<?> l) {
                l.forEach(t -> more.add(target(t)));
            }
            UUID id = items.insert(new PlanItemRepository.NewItem(plan.id(), lineage, parent, type, str(it.get("kind")),
                    str(it.get("number")), str(it.get("text")), str(it.get("tag")), str(it.get("issuer")), str(it.get("assignee")),
                    str(it.get("heading")), str(it.get("note")), str(it.get("section")), target, more, str(it.get("unit")),
                    str(it.get("kolada")), pos, null, null), "system");
            for (String rus : strings(it.get("rus"))) {
                links.add(() -> items.link(id, linkTarget(rus, plan.key()), "SERVES"));
            }
            for (String rus : strings(it.get("rusAlso"))) {
                links.add(() -> items.link(id, linkTarget(rus, plan.key()), "ALSO"));
            }
            walk(plan, (List<Map<String, Object>>) it.get("children"), id, position, links);
        }
    }

    private UUID linkTarget(String key, String planKey) {
        return items.lineageByKey(key).orElseGet(() -> {
            log.warn("Plan {} hänvisar till {} som ingen plan innehåller", planKey, key);
            return items.lineage(key, ItemType.GOAL);
        });
    }

    /** A target as the demo files write it; the comparison group code as the organisation knows it ("jamforbara-lan"). */
    @SuppressWarnings("unchecked")
    static Target target(Object o) {
        if (!(o instanceof Map<?, ?>)) {
            return null;
        }
        Map<String, Object> t = (Map<String, Object>) o;
        String group = str(t.get("group"));
        return new Target(
                t.get("form") == null ? null : TargetForm.valueOf(str(t.get("form"))),
                t.get("direction") == null ? null : Direction.valueOf(str(t.get("direction"))),
                str(t.get("reference")), integer(t.get("baseYear")), integer(t.get("targetYear")), decimal(t.get("percent")),
                group == null ? null : group.toLowerCase(Locale.ROOT).replace('_', '-'), str(t.get("measure")),
                decimal(t.get("lower")), decimal(t.get("upper")), str(t.get("unit")), str(t.get("between")),
                decimal(t.get("threshold")), str(t.get("unitsOf")));
    }

    private static List<String> strings(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(o));
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    private static BigDecimal decimal(Object o) {
        return o == null ? null : new BigDecimal(String.valueOf(o));
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return o == null ? null : LocalDate.parse(String.valueOf(o));
    }
}
