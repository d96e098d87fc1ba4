package se.rodtrad.organisation;

import static se.rodtrad.shared.demo.DemoYaml.source;
import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.Yaml;

/**
 * Loads the organisation on first start from the readable files in {@code demo/organisation/}: Sweden's
 * regions and municipalities from the Kolada list, Region Örebro län's bodies and administration from
 * the seeds, the comparison groups and — on the embedded default only — one demo account per role.
 */
@Component
@Order(OrganisationDemoData.ORDER)
class OrganisationDemoData implements ApplicationRunner {

    static final int ORDER = 10;
    private static final Logger log = LoggerFactory.getLogger(OrganisationDemoData.class);
    private static final String KOLADA_LIST = "demo/organisation/kolada-municipalities.csv";
    private static final String KOLADA_SOURCE = "Kolada kommunlista (rKolada, munic)";

    private final UnitRepository units;
    private final UserAccountRepository accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate tx;
    private final boolean embedded;
    private final boolean demoAccounts;

    OrganisationDemoData(UnitRepository units, UserAccountRepository accounts, JdbcClient jdbc, PasswordEncoder passwordEncoder,
            TransactionTemplate tx, @Value("${spring.datasource.url:}") String datasourceUrl,
            @Value("${rodtrad.demo.accounts:true}") boolean demoAccounts) {
        this.units = units;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.embedded = datasourceUrl.isBlank();
        this.demoAccounts = demoAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            if (units.isEmpty()) {
                Map<String, UUID> byCode = loadKoladaUnits();
                loadRegion(byCode);
                loadComparisonGroups(byCode);
                log.info("Organisationen inläst: {} enheter", byCode.size());
            }
            if (embedded && demoAccounts && accounts.count() == 0) {
                loadDemoAccounts();
            }
        });
    }

    private Map<String, UUID> loadKoladaUnits() {
        Map<String, UUID> byCode = new HashMap<>();
        List<String[]> rows = readKoladaList();
        int order = 0;
        for (String[] r : rows) {
            if (r[0].equals("0000")) {
                byCode.put(r[0], units.insert(r[0], r[0], r[1], null, UnitType.NATION, null, order++, KOLADA_SOURCE));
            }
        }
        for (String[] r : rows) {
            if (r[2].equals("L") && !r[0].equals("0000")) {
                byCode.put(r[0], units.insert(r[0], r[0], r[1], null, UnitType.REGION, byCode.get("0000"), order++, KOLADA_SOURCE));
            }
        }
        for (String[] r : rows) {
            if (r[2].equals("K")) {
                // A municipality's first two digits are its county's code: 1880 Örebro lies in 0018 Region Örebro län.
                UUID region = byCode.get("00" + r[0].substring(0, 2));
                byCode.put(r[0], units.insert(r[0], r[0], r[1], null, UnitType.MUNICIPALITY, region, order++, KOLADA_SOURCE));
            }
        }
        return byCode;
    }

    private static List<String[]> readKoladaList() {
        try (InputStream in = new ClassPathResource(KOLADA_LIST).getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split(",", -1)).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + KOLADA_LIST, e);
        }
    }

    @SuppressWarnings("unchecked")
    private void loadRegion(Map<String, UUID> byCode) {
        Map<String, Object> doc = yaml("demo/organisation/region-orebro.yaml");
        Map<String, Object> region = (Map<String, Object>) doc.get("region");
        String regionCode = String.valueOf(region.get("code"));
        UUID regionId = byCode.get(regionCode);
        int order = 0;
        for (Map<String, Object> body : (List<Map<String, Object>>) doc.getOrDefault("bodies", List.of())) {
            String code = str(body.get("code"));
            Object parent = body.get("parent");
            UUID parentId = parent == null ? regionId : byCode.get(str(parent));
            byCode.put(code, units.insert(code, null, str(body.get("name")), str(body.get("shortName")),
                    UnitType.valueOf(str(body.get("type"))), parentId, order++, source(body.get("source"))));
        }
        for (Map<String, Object> adm : (List<Map<String, Object>>) doc.getOrDefault("administrations", List.of())) {
            String code = str(adm.get("code"));
            UUID admId = units.insert(code, null, str(adm.get("name")), str(adm.get("shortName")), UnitType.ADMINISTRATION,
                    regionId, order++, source(adm.get("source")));
            byCode.put(code, admId);
            int areaOrder = 0;
            for (Map<String, Object> area : (List<Map<String, Object>>) adm.getOrDefault("areas", List.of())) {
                String areaCode = code + "-" + str(area.get("code"));
                UUID areaId = units.insert(areaCode, null, str(area.get("name")), str(area.get("shortName")), UnitType.AREA, admId,
                        areaOrder++, source(area.getOrDefault("source", adm.get("source"))));
                byCode.put(areaCode, areaId);
                int unitOrder = 0;
                for (Map<String, Object> unit : (List<Map<String, Object>>) area.getOrDefault("units", List.of())) {
                    String unitCode = areaCode + "-" + str(unit.get("code"));
                    byCode.put(unitCode, units.insert(unitCode, null, str(unit.get("name")), str(unit.get("shortName")), UnitType.UNIT,
                            areaId, unitOrder++, source(unit.getOrDefault("source", area.getOrDefault("source", adm.get("source"))))));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void loadComparisonGroups(Map<String, UUID> byCode) {
        List<Map<String, Object>> groups = yaml("demo/organisation/comparison-groups.yaml");
        for (Map<String, Object> g : groups) {
            UUID id = jdbc.sql("insert into comparison_group (code, name, owner_id) values (?, ?, ?) returning id")
                    .params(str(g.get("code")), str(g.get("name")), byCode.get(str(g.get("owner")))).query(UUID.class).single();
            for (Object member : (List<Object>) g.get("members")) {
                jdbc.sql("insert into comparison_group_member (group_id, unit_id) values (?, ?)").params(id, byCode.get(str(member))).update();
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void loadDemoAccounts() {
        List<Map<String, Object>> demo = yaml("demo/organisation/demo-accounts.yaml");
        for (Map<String, Object> a : demo) {
            String username = str(a.get("username"));
            UUID id = accounts.insert(username, str(a.get("displayName")), passwordEncoder.encode(username),
                    Role.valueOf(str(a.get("role"))), true);
            for (Object scope : (List<Object>) a.get("scopes")) {
                UUID unit = units.findByCode(str(scope)).orElseThrow(() -> new IllegalStateException("Okänd enhet i demo-accounts.yaml: " + scope)).id();
                accounts.addScope(id, unit);
            }
        }
        log.info("Demokonton skapade: {}", demo.stream().map(a -> a.get("username")).toList());
    }

    @SuppressWarnings("unchecked")
    private static <T> T yaml(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return (T) new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + path, e);
        }
    }
}
