package se.rodtrad.followup;

import static se.rodtrad.shared.demo.DemoYaml.str;

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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.followup.imports.ImportFormat;
import se.rodtrad.followup.imports.ImportOptions;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

/**
 * Loads the follow-up's demo on first start from {@code demo/followup/}: the measures, then the real
 * statistics (SCB's BRP per county as regionfakta published it, Kolada files as rKolada saved them)
 * through the same import path a person uses, so each has its import report, source and publication.
 */
@Component
@Order(30)
class FollowupDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FollowupDemoData.class);
    private static final String DIR = "demo/followup/";

    private final MeasureRepository measures;
    private final Imports imports;
    private final FollowedIndicatorRepository indicators;
    private final Organisation organisation;
    private final TransactionTemplate tx;

    FollowupDemoData(MeasureRepository measures, Imports imports, FollowedIndicatorRepository indicators, Organisation organisation,
            TransactionTemplate tx) {
        this.measures = measures;
        this.imports = imports;
        this.indicators = indicators;
        this.organisation = organisation;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (measures.isEmpty()) {
                loadMeasures();
                loadImports();
            }
            if (indicators.isEmpty()) {
                loadIndicators();
            }
        });
    }

    /**
     * Every indicator of the demo plans ({@code demo/planning/*.yaml}), one row per target, linked to the
     * measure its Kolada id names or {@code indicator-links.yaml} gives. Until plan items exist in this
     * branch the follow-up reads the plan files itself; the plan item's lineage key ties them together.
     */
    @SuppressWarnings("unchecked")
    private void loadIndicators() {
        Map<String, Map<String, Object>> links = new java.util.HashMap<>();
        for (Map<String, Object> link : (List<Map<String, Object>>) yaml("indicator-links.yaml")) {
            links.put(str(link.get("lineage")), link);
        }
        Unit region = organisation.homeRegion();
        int count = 0;
        try {
            var files = new org.springframework.core.io.support.PathMatchingResourcePatternResolver().getResources("classpath:demo/planning/*.yaml");
            java.util.Arrays.sort(files, java.util.Comparator.comparing(org.springframework.core.io.Resource::getFilename));
            for (var file : files) {
                Map<String, Object> doc;
                try (InputStream in = file.getInputStream()) {
                    org.yaml.snakeyaml.LoaderOptions options = new org.yaml.snakeyaml.LoaderOptions();
                    options.setCodePointLimit(20 * 1024 * 1024);
                    doc = new Yaml(options).load(in);
                }
                List<Map<String, Object>> plans = doc.containsKey("plans") ? (List<Map<String, Object>>) doc.get("plans") : List.of(doc);
                for (Map<String, Object> plan : plans) {
                    Unit body = organisation.unitByCode(str(plan.get("body"))).orElse(null);
                    if (body == null || !(plan.get("items") instanceof List<?>)) {
                        continue;
                    }
                    int[] order = {0};
                    count += walk((List<Map<String, Object>>) plan.get("items"), null, str(plan.get("key")), body, region, links, order);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa demo/planning", e);
        }
        log.info("Uppföljda indikatorer: {}", count);
    }

    private final java.util.Set<String> keys = new java.util.HashSet<>();

    @SuppressWarnings("unchecked")
    private int walk(List<Map<String, Object>> items, String goal, String planKey, Unit body, Unit region,
            Map<String, Map<String, Object>> links, int[] order) {
        int count = 0;
        for (Map<String, Object> item : items) {
            String type = str(item.get("type"));
            String text = str(item.get("text"));
            if ("INDICATOR".equals(type) && text != null) {
                String lineage = str(item.get("lineage"));
                Map<String, Object> link = links.get(lineage);
                if (link != null && link.get("plans") instanceof List<?> only && !only.contains(planKey)) {
                    link = null;
                }
                List<Map<String, Object>> targets = new ArrayList<>();
                String note = null;
                if (link != null && link.get("targets") instanceof List<?> t) {
                    targets.addAll((List<Map<String, Object>>) t);
                    note = str(link.get("note"));
                } else {
                    if (item.get("target") instanceof Map<?, ?> t) {
                        targets.add((Map<String, Object>) t);
                    }
                    if (item.get("additionalTargets") instanceof List<?> more) {
                        targets.addAll((List<Map<String, Object>>) more);
                    }
                }
                if (targets.isEmpty()) {
                    targets.add(Map.of("form", "UNSPECIFIED"));
                }
                String measureCode = link != null && link.get("measure") != null ? str(link.get("measure")) : str(item.get("kolada"));
                java.util.UUID measureId = measureCode == null ? null : measures.findByCode(measureCode).map(Measure::id).orElse(null);
                for (int i = 0; i < targets.size(); i++) {
                    String key = planKey + "/" + (lineage == null ? "pos-" + order[0] : lineage) + (i == 0 ? "" : "#" + (i + 1));
                    if (!keys.add(key)) {
                        key = key + "@" + order[0];
                        keys.add(key);
                    }
                    se.rodtrad.planning.Target target;
                    String targetNote = note;
                    try {
                        target = target(targets.get(i));
                    } catch (RuntimeException e) {
                        // a target the plan file writes in a way this reader does not know: a person judges it
                        log.warn("Målet för {} kunde inte läsas ({}); bedöms av en person", key, e.getMessage());
                        target = se.rodtrad.planning.Target.of(se.rodtrad.planning.TargetForm.UNSPECIFIED, null);
                        targetNote = "Målet i planfilen kunde inte läsas: " + targets.get(i);
                    }
                    indicators.insert(new FollowedIndicator(null, key, body.id(), planKey, lineage, order[0]++, goal, text, targetNote,
                            str(item.get("unit")), region.id(), measureId, target, 0, null, null));
                    count++;
                }
            }
            if (item.get("children") instanceof List<?> children) {
                String next = "GOAL".equals(type) ? text : goal;
                count += walk((List<Map<String, Object>>) children, next, planKey, body, region, links, order);
            }
        }
        return count;
    }

    static se.rodtrad.planning.Target target(Map<String, Object> t) {
        return new se.rodtrad.planning.Target(
                t.get("form") == null ? null : se.rodtrad.planning.TargetForm.valueOf(str(t.get("form"))),
                t.get("direction") == null ? null : se.rodtrad.planning.Direction.valueOf(str(t.get("direction"))),
                str(t.get("reference")), integer(t.get("baseYear")), integer(t.get("targetYear")), decimal(t.get("percent")),
                str(t.get("group")), str(t.get("measure")), decimal(t.get("lower")), decimal(t.get("upper")), str(t.get("unit")),
                str(t.get("between")), decimal(t.get("threshold")), str(t.get("unitsOf")));
    }

    private static Integer integer(Object o) {
        return o == null ? null : Integer.valueOf(String.valueOf(o));
    }

    private static java.math.BigDecimal decimal(Object o) {
        return o == null ? null : new java.math.BigDecimal(String.valueOf(o).replace(',', '.'));
    }

    @SuppressWarnings("unchecked")
    private void loadMeasures() {
        List<Map<String, Object>> list = (List<Map<String, Object>>) yaml("measures.yaml");
        for (Map<String, Object> m : list) {
            measures.insert(new Measure(null, str(m.get("code")), str(m.get("koladaId")), str(m.get("name")), str(m.get("shortName")),
                    str(m.get("unit")), str(m.get("subject")), str(m.get("denominator")), str(m.get("description")), str(m.get("source")),
                    Boolean.TRUE.equals(m.get("byGender")), 0, null, null), "system");
        }
        log.info("Mått inlästa: {}", list.size());
    }

    @SuppressWarnings("unchecked")
    private void loadImports() {
        List<Map<String, Object>> list = (List<Map<String, Object>>) yaml("imports.yaml");
        for (Map<String, Object> entry : list) {
            List<ImportFile> files = new ArrayList<>();
            for (Object f : (List<Object>) entry.get("files")) {
                String name = String.valueOf(f);
                files.add(new ImportFile(name.substring(name.lastIndexOf('/') + 1), bytes(DIR + name)));
            }
            Map<String, String> columns = new java.util.LinkedHashMap<>();
            if (entry.get("columns") instanceof Map<?, ?> c) {
                c.forEach((k, v) -> columns.put(String.valueOf(k), String.valueOf(v)));
            }
            ImportOptions options = new ImportOptions(str(entry.get("measure")), str(entry.get("unit")), Map.of(), columns,
                    str(entry.get("source")), date(entry.get("published")), Boolean.TRUE.equals(entry.get("exempeldata")));
            ImportReport report = imports.runAsSystem(new ImportRequest(ImportFormat.valueOf(str(entry.get("format"))), files, options, false));
            log.info("Demoimport {}: {} nya, {} reviderade, {} oförändrade, {} avvisade", report.files(), report.inserted(), report.updated(),
                    report.unchanged(), report.rejected());
        }
    }

    static Object yaml(String file) {
        try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + DIR + file, e);
        }
    }

    static byte[] bytes(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + path, e);
        }
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.util.Date d) {
            return new java.sql.Date(d.getTime()).toLocalDate();
        }
        return LocalDate.parse(String.valueOf(o));
    }
}
