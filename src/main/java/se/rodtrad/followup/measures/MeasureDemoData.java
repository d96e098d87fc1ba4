package se.rodtrad.followup.measures;

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
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

/**
 * Loads the measures' demo on first start from {@code demo/followup/}: the measures, then the real
 * statistics (SCB's BRP per county as regionfakta published it, Kolada files as rKolada saved them) and the
 * economy template through the same import path a person uses, so each has its import report, source and
 * publication. (The plans' indicators are followed by {@code FollowedIndicatorsAtStart}.)
 */
@Component
@Order(30)
class MeasureDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeasureDemoData.class);
    private static final String DIR = "demo/followup/";

    private final MeasureRepository measures;
    private final Imports imports;
    private final TransactionTemplate tx;

    MeasureDemoData(MeasureRepository measures, Imports imports, TransactionTemplate tx) {
        this.measures = measures;
        this.imports = imports;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (measures.isEmpty()) {
                loadMeasures();
                loadImports();
            }
        });
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
