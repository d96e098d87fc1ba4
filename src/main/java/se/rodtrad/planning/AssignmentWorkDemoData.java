package se.rodtrad.planning;

import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.organisation.Organisation;

/**
 * Loads the assignments' owners and dates of {@code demo/planning/exempeldata/uppdrag-ansvar.yaml} (exempeldata: no
 * plan prints them) through the plan's own verb, once: when no assignment has an owner or dates yet — on a first
 * start, and on the first start after this was added to an installation that already had the demo plans.
 */
@Component
@Order(21)
class AssignmentWorkDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssignmentWorkDemoData.class);
    static final String FILE = "demo/planning/exempeldata/uppdrag-ansvar.yaml";

    private final PlanRepository plans;
    private final PlanItemRepository items;
    private final PlanEditing editing;
    private final Organisation organisation;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    AssignmentWorkDemoData(PlanRepository plans, PlanItemRepository items, PlanEditing editing, Organisation organisation, JdbcClient jdbc,
            TransactionTemplate tx) {
        this.plans = plans;
        this.items = items;
        this.editing = editing;
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select exists (select 1 from plan_assignment_work)").query(Boolean.class).single()) {
            return;
        }
        Map<String, Object> doc;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            doc = new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + FILE, e);
        }
        tx.executeWithoutResult(status -> {
            int count = 0;
            for (Map<String, Object> p : (List<Map<String, Object>>) doc.getOrDefault("assignments", List.of())) {
                PlanSummary plan = plans.findByKey(str(p.get("plan"))).orElse(null);
                if (plan == null) {
                    continue;   // a database without the demo plans: nothing to assign
                }
                Map<String, PlanItemId> byLineage = new LinkedHashMap<>();
                items.findByPlan(plan.id()).forEach(r -> byLineage.put(r.lineageKey(), new PlanItemId(r.id())));
                Map<PlanItemId, AssignmentWork> works = new LinkedHashMap<>();
                for (Map<String, Object> w : (List<Map<String, Object>>) p.getOrDefault("work", List.of())) {
                    String lineage = str(w.get("lineage"));
                    PlanItemId item = byLineage.get(lineage);
                    if (item == null) {
                        throw new IllegalStateException("Uppdraget " + lineage + " finns inte i " + plan.key());
                    }
                    String code = str(w.get("unit"));
                    var unit = organisation.unitByCode(code).orElseThrow(() -> new IllegalStateException("Okänd enhet " + code));
                    works.put(item, AssignmentWork.of(unit.id(), str(w.get("person")), date(w.get("start")), date(w.get("deadline"))));
                }
                editing.loadWorkExempeldata(new PlanId(plan.id()), works);
                count += works.size();
            }
            log.info("Uppdragens ansvar och tider inlästa (exempeldata): {}", count);
        });
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate() : LocalDate.parse(String.valueOf(o));
    }
}
