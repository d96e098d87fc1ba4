package se.rodtrad.followup.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanItem;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * Loads the reports' demo on first start from {@code demo/followup/exempeldata/rapporter.yaml}: made-up
 * assignment statuses, a submitted delårsrapport and a verksamhetsberättelse being written, its goals assigned to an
 * area (all flagged exempeldata), after the plans, the
 * follow-up's values and the internal control are in. Runs only while no report and no status exists.
 */
@Component
@Order(50)
class ReportDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReportDemoData.class);

    private final AssignmentStatuses statuses;
    private final Reports reports;
    private final Plans plans;
    private final PlanModel model;
    private final TransactionTemplate tx;
    private final se.rodtrad.organisation.Organisation organisation;

    ReportDemoData(AssignmentStatuses statuses, Reports reports, Plans plans, PlanModel model, TransactionTemplate tx,
            se.rodtrad.organisation.Organisation organisation) {
        this.organisation = organisation;
        this.statuses = statuses;
        this.reports = reports;
        this.plans = plans;
        this.model = model;
        this.tx = tx;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run(ApplicationArguments args) {
        if (!statuses.isEmpty() || !reports.isEmpty()) {
            return;
        }
        Map<String, Object> doc;
        try (InputStream in = new ClassPathResource("demo/followup/exempeldata/rapporter.yaml").getInputStream()) {
            doc = new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException("demo/followup/exempeldata/rapporter.yaml kan inte läsas", e);
        }
        // The report reads internal figures through the same use cases a person uses; the demo reads them as the
        // administrator account. What it writes is recorded as "system" and flagged exempeldata.
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_ADMINISTRATOR"));
        SecurityContextHolder.setContext(context);
        try {
            tx.executeWithoutResult(status -> {
                int n = 0;
                for (Map<String, Object> block : (List<Map<String, Object>>) doc.getOrDefault("assignmentStatus", List.of())) {
                    PlanSummary plan = plan(block.get("plan"));
                    ReportOccasion occasion = ReportOccasion.valueOf(String.valueOf(block.get("occasion")));
                    Map<String, PlanItem> byLineage = new java.util.HashMap<>();
                    for (PlanItem item : model.items(plan.id())) {
                        if (item.type() == ItemType.ASSIGNMENT) {
                            byLineage.put(model.lineageKey(item.lineageId()), item);
                        }
                    }
                    for (Map<String, Object> s : (List<Map<String, Object>>) block.get("statuses")) {
                        PlanItem item = byLineage.get(String.valueOf(s.get("lineage")));
                        if (item == null) {
                            throw new IllegalStateException("rapporter.yaml: uppdraget " + s.get("lineage") + " finns inte i " + plan.key());
                        }
                        statuses.loadExempeldata(plan, item, occasion, AssignmentStatus.valueOf(String.valueOf(s.get("status"))),
                                (String) s.get("comment"));
                        n++;
                    }
                }
                int r = 0;
                for (Map<String, Object> block : (List<Map<String, Object>>) doc.getOrDefault("reports", List.of())) {
                    Object due = block.get("due");
                    List<Reports.DemoWriter> writers = new java.util.ArrayList<>();
                    for (Map<String, Object> w : (List<Map<String, Object>>) block.getOrDefault("writers", List.of())) {
                        String code = String.valueOf(w.get("unit"));
                        java.util.UUID unit = organisation.unitByCode(code)
                                .orElseThrow(() -> new IllegalStateException("rapporter.yaml: enheten " + code + " finns inte")).id();
                        for (Object number : (List<Object>) w.get("goals")) {
                            writers.add(new Reports.DemoWriter(((Number) number).intValue(), unit, (String) w.get("person")));
                        }
                    }
                    reports.loadExempeldata(plan(block.get("plan")), ReportOccasion.valueOf(String.valueOf(block.get("occasion"))),
                            (String) block.get("summary"), List.of(), Boolean.TRUE.equals(block.get("submit")),
                            due instanceof java.util.Date d ? d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate()
                                    : due == null ? null : java.time.LocalDate.parse(String.valueOf(due)), writers);
                    r++;
                }
                log.info("Rapporternas exempeldata inläst: {} uppdragsstatusar, {} rapporter", n, r);
            });
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private PlanSummary plan(Object key) {
        return plans.byKey(String.valueOf(key)).orElseThrow(() -> new IllegalStateException("rapporter.yaml: planen " + key + " finns inte"));
    }
}
