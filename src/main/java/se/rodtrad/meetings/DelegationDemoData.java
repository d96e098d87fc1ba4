package se.rodtrad.meetings;

import static se.rodtrad.shared.demo.DemoYaml.source;
import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
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
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

/**
 * Loads the bodies' delegation orders from {@code demo/meetings/delegation*.yaml} on first start (after the
 * organisation, before the modules that decide under delegation report their demo decisions).
 */
@Component
@Order(15)
class DelegationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DelegationDemoData.class);

    private final DelegationRepository repository;
    private final Organisation organisation;
    private final TransactionTemplate tx;

    DelegationDemoData(DelegationRepository repository, Organisation organisation, TransactionTemplate tx) {
        this.repository = repository;
        this.organisation = organisation;
        this.tx = tx;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            int count = 0;
            for (Map<String, Object> doc : documents()) {
                Unit body = organisation.unitByCode(str(doc.get("body"))).orElse(null);
                if (body == null || repository.hasPoints(body.id())) {
                    continue;
                }
                for (Map<String, Object> p : (List<Map<String, Object>>) doc.getOrDefault("points", List.of())) {
                    Object max = p.get("maxAmountKr");
                    repository.insertPoint(body.id(), new DelegationPoint(null, body.id(), str(p.get("point")), str(p.get("title")),
                            str(p.get("matter")), (List<String>) p.getOrDefault("decisionTypes", List.of()), str(p.get("delegateTitle")),
                            (List<String>) p.getOrDefault("titleAliases", List.of()), (List<String>) p.getOrDefault("holders", List.of()),
                            max == null ? null : Long.valueOf(str(max)), str(p.get("limits")), LocalDate.parse(str(p.get("validFrom"))),
                            p.get("validTo") == null ? null : LocalDate.parse(str(p.get("validTo"))), Boolean.TRUE.equals(p.get("exempeldata")),
                            source(p.get("source")), 0, null, null), "system");
                    count++;
                }
            }
            if (count > 0) {
                log.info("Delegationsordningar inlästa: {} punkter", count);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> documents() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:demo/meetings/delegation*.yaml");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            List<Map<String, Object>> docs = new java.util.ArrayList<>();
            for (Resource f : files) {
                try (InputStream in = f.getInputStream()) {
                    docs.add((Map<String, Object>) new Yaml().load(in));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa demo/meetings/delegation*.yaml", e);
        }
    }
}
