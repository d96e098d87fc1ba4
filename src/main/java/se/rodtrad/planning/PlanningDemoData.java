package se.rodtrad.planning;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * Loads the plans transcribed from the seeds ({@code demo/planning/*.yaml}) on first start. A file holds
 * one plan, or several under {@code plans:} (the action plans).
 */
@Component
@Order(20)
class PlanningDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemoData.class);

    private final PlanRepository plans;
    private final Organisation organisation;
    private final TransactionTemplate tx;

    PlanningDemoData(PlanRepository plans, Organisation organisation, TransactionTemplate tx) {
        this.plans = plans;
        this.organisation = organisation;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (plans.isEmpty()) {
                List<Map<String, Object>> docs = documents();
                docs.forEach(this::load);
                log.info("Planer inlästa: {}", docs.size());
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
    private void load(Map<String, Object> doc) {
        String bodyCode = String.valueOf(doc.get("body"));
        var body = organisation.unitByCode(bodyCode)
                .orElseThrow(() -> new IllegalStateException("Okänt organ " + bodyCode + " i plan " + doc.get("key")));
        Map<String, Object> d = (Map<String, Object>) doc.get("decision");
        Decision decision = d == null ? null : new Decision(date(d.get("date")), str(d.get("body")), str(d.get("paragraph")));
        plans.insert(str(doc.get("key")), body.id(), ((Number) doc.get("year")).intValue(), str(doc.get("title")),
                str(doc.get("planningYears")), PlanStatus.valueOf(str(doc.get("status"))), decision, source(doc.get("source")));
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return o == null ? null : LocalDate.parse(String.valueOf(o));
    }

    private static String source(Object o) {
        if (o instanceof Map<?, ?> m) {
            return m.get("seed") + (m.get("lines") == null ? "" : " r. " + m.get("lines"));
        }
        return str(o);
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
