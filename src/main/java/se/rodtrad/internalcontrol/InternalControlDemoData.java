package se.rodtrad.internalcontrol;

import se.rodtrad.planning.ReportOccasion;
import static se.rodtrad.shared.demo.DemoYaml.source;
import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
import se.rodtrad.internalcontrol.InternalControlRepository.RegionRiskRow;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * Loads the internal control plans transcribed from the seeds ({@code demo/internalcontrol/<plan>.yaml}) on
 * first start, then the made-up assessments, controls, results and judgement of {@code exempeldata.yaml},
 * each flagged exempeldata. A risk marked REGION_WIDE becomes the region's definition for the plan's year
 * — once, however many plans of that year list it — and the plan's row for it.
 */
@Component
@Order(40)
class InternalControlDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InternalControlDemoData.class);
    private static final String EXEMPELDATA_FILE = "exempeldata.yaml";

    private final InternalControlRepository repository;
    private final Plans plans;
    private final TransactionTemplate tx;

    InternalControlDemoData(InternalControlRepository repository, Plans plans, TransactionTemplate tx) {
        this.repository = repository;
        this.plans = plans;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (!repository.isEmpty()) {
                return;
            }
            Map<String, Map<String, Object>> files = files();
            int risks = 0;
            for (var e : files.entrySet()) {
                if (!e.getKey().equals(EXEMPELDATA_FILE)) {
                    risks += loadPlan(e.getKey(), e.getValue());
                }
            }
            if (files.containsKey(EXEMPELDATA_FILE)) {
                loadExempeldata(files.get(EXEMPELDATA_FILE));
            }
            log.info("Internkontrollplaner inlästa: {} med {} risker", files.size() - (files.containsKey(EXEMPELDATA_FILE) ? 1 : 0), risks);
        });
    }

    static Map<String, Map<String, Object>> files() {
        Map<String, Map<String, Object>> result = new java.util.LinkedHashMap<>();
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath:demo/internalcontrol/*.yaml");
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            for (Resource file : found) {
                try (InputStream in = file.getInputStream()) {
                    result.put(file.getFilename(), new Yaml(new LoaderOptions()).load(in));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa demo/internalcontrol", e);
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private int loadPlan(String file, Map<String, Object> doc) {
        String key = str(doc.get("plan"));
        PlanSummary plan = plans.byKey(key)
                .orElseThrow(() -> new IllegalStateException("demo/internalcontrol/" + file + ": planen " + key + " finns inte"));
        String source = source(doc.get("source"));
        UUID ic = repository.insertPlan(plan.id(), plan.bodyId(), plan.year(), str(doc.getOrDefault("title", "Internkontrollplan")),
                str(doc.get("section")), source);
        int position = 0;
        for (Object paragraph : (List<Object>) doc.getOrDefault("description", List.of())) {
            repository.insertText(ic, "DESCRIPTION", ++position, null, null, str(paragraph));
        }
        Map<String, String> groupOf = new HashMap<>();
        ((Map<String, List<Object>>) doc.getOrDefault("requirementGroups", Map.of()))
                .forEach((group, letters) -> letters.forEach(l -> groupOf.put(str(l), group)));
        position = 0;
        for (var r : ((Map<String, Object>) doc.getOrDefault("requirements", Map.of())).entrySet()) {
            repository.insertText(ic, "REQUIREMENT", ++position, r.getKey(), groupOf.get(r.getKey()), str(r.getValue()));
        }
        position = 0;
        for (var r : ((Map<String, Object>) doc.getOrDefault("explanations", Map.of())).entrySet()) {
            repository.insertText(ic, "EXPLANATION", ++position, r.getKey(), null, str(r.getValue()));
        }
        position = 0;
        for (Map<String, Object> risk : (List<Map<String, Object>>) doc.getOrDefault("risks", List.of())) {
            position++;
            String scope = str(risk.get("scope"));
            String activity = str(risk.get("activity"));
            String text = str(risk.get("text"));
            String requirement = str(risk.get("requirement"));
            List<Map<String, Object>> actions = (List<Map<String, Object>>) risk.getOrDefault("actions", List.of());
            UUID riskId;
            if ("REGION_WIDE".equals(scope)) {
                RegionRiskRow existing = repository.findRegionRisk(plan.year(), text).orElse(null);
                UUID regionRiskId;
                if (existing == null) {
                    regionRiskId = repository.insertRegionRisk(plan.year(), activity, text, requirement, source);
                    int a = 0;
                    for (Map<String, Object> action : actions) {
                        repository.insertRegionAction(regionRiskId, ++a, str(action.get("text")), str(action.get("owner")),
                                date(action.get("deadline")), source);
                    }
                } else {
                    regionRiskId = existing.id();
                }
                repository.insertRegionRiskRow(ic, regionRiskId, position);
                riskId = repository.findRisks(ic).stream().filter(r -> regionRiskId.equals(r.regionRiskId())).findFirst().orElseThrow().id();
            } else {
                if (scope != null && !"BODY".equals(scope)) {
                    throw new IllegalStateException("demo/internalcontrol/" + file + ": okänd scope " + scope);
                }
                riskId = repository.insertBodyRisk(ic, position, activity, text, requirement, scope, source);
                for (Map<String, Object> action : actions) {
                    repository.insertAction(ic, riskId, str(action.get("text")), str(action.get("owner")), date(action.get("deadline")), null,
                            source);
                }
            }
            if (risk.get("probability") != null) {
                repository.setLoadedAssessment(riskId, ((Number) risk.get("probability")).intValue(),
                        ((Number) risk.get("consequence")).intValue(), false, null, null);
            }
        }
        return position;
    }

    @SuppressWarnings("unchecked")
    private void loadExempeldata(Map<String, Object> doc) {
        if (!Boolean.TRUE.equals(doc.get("exempeldata"))) {
            throw new IllegalStateException("demo/internalcontrol/" + EXEMPELDATA_FILE + " måste börja med exempeldata: true");
        }
        for (Map<String, Object> p : (List<Map<String, Object>>) doc.getOrDefault("plans", List.of())) {
            String key = str(p.get("plan"));
            PlanSummary plan = plans.byKey(key).orElseThrow(() -> new IllegalStateException("exempeldata: planen " + key + " finns inte"));
            UUID ic = repository.findPlanByPlanId(plan.id()).orElseThrow(
                    () -> new IllegalStateException("exempeldata: planen " + key + " har ingen internkontrollplan")).id();
            var risks = repository.findRisks(ic);
            for (Map<String, Object> r : (List<Map<String, Object>>) p.getOrDefault("risks", List.of())) {
                String text = str(r.get("text"));
                UUID riskId = risks.stream().filter(x -> x.text().equals(text)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("exempeldata: " + key + " har ingen risk \"" + text + "\"")).id();
                repository.setLoadedAssessment(riskId, ((Number) r.get("probability")).intValue(), ((Number) r.get("consequence")).intValue(),
                        true, str(r.get("decision")), str(r.get("reason")));
                for (Map<String, Object> c : (List<Map<String, Object>>) r.getOrDefault("controls", List.of())) {
                    UUID controlId = repository.insertControl(ic, riskId, str(c.get("what")), str(c.get("how")), str(c.get("frequency")),
                            str(c.get("responsible")), true);
                    for (var res : ((Map<String, Map<String, Object>>) c.getOrDefault("results", Map.of())).entrySet()) {
                        Map<String, Object> v = res.getValue();
                        UUID resultId = repository.insertResult(ic, controlId, ReportOccasion.valueOf(res.getKey()),
                                ControlOutcome.valueOf(str(v.get("outcome"))), str(v.get("result")), str(v.get("deviation")), true, "exempeldata");
                        for (Map<String, Object> a : (List<Map<String, Object>>) v.getOrDefault("newActions", List.of())) {
                            repository.insertAction(ic, riskId, str(a.get("text")), str(a.get("owner")), date(a.get("deadline")), resultId,
                                    "exempeldata");
                        }
                    }
                }
            }
            Map<String, Object> judgement = (Map<String, Object>) p.get("judgement");
            if (judgement != null) {
                repository.insertJudgement(ic, Boolean.TRUE.equals(judgement.get("sufficient")), str(judgement.get("reasons")), true,
                        "exempeldata");
            }
        }
    }

    private static LocalDate date(Object o) {
        if (o instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();   // SnakeYAML reads dates as UTC midnight
        }
        return o == null ? null : LocalDate.parse(String.valueOf(o));
    }
}
