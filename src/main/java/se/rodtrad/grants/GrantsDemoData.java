package se.rodtrad.grants;

import static se.rodtrad.shared.demo.DemoYaml.source;
import static se.rodtrad.shared.demo.DemoYaml.str;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.budget.Cell;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

/**
 * Loads the grant register of seed 001 on first start from {@code demo/grants/}: the law and the support types with their
 * 2019 rules, the steering decision 2019 and its proposed extension, the 22 company support decisions of the delegation
 * report exactly as printed — judged by the 2019 rules, each rule the printed facts cannot settle "cannot be judged" —
 * the projects PAN (awaiting the committee), MIND and Kottaberget with their budgets, and the mobility support 2020.
 * Delegated decisions are reported to the body's delegation report and the statistics published to the follow-up, as a
 * decision taken in the product would be. Runs after the organisation (10), the delegation order (15), planning (20) and
 * the follow-up (30).
 */
@Component
@Order(40)
class GrantsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GrantsDemoData.class);
    private static final String DIR = "demo/grants/";

    private final RuleRepository rules;
    private final SteeringRepository steering;
    private final GrantRepository grants;
    private final ProjectRepository projects;
    private final MobilityRepository mobility;
    private final GrantRegister register;
    private final GrantStatistics statistics;
    private final Organisation organisation;
    private final TransactionTemplate tx;

    GrantsDemoData(RuleRepository rules, SteeringRepository steering, GrantRepository grants, ProjectRepository projects, MobilityRepository mobility,
            GrantRegister register, GrantStatistics statistics, Organisation organisation, TransactionTemplate tx) {
        this.rules = rules;
        this.steering = steering;
        this.grants = grants;
        this.projects = projects;
        this.mobility = mobility;
        this.register = register;
        this.statistics = statistics;
        this.organisation = organisation;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            Map<String, Object> types = yaml("stodformer.yaml");
            Map<String, Object> steer = yaml("inriktningsbeslut-2019.yaml");
            Unit body = organisation.unitByCode(str(steer.get("body"))).orElse(null);
            if (body == null || rules.hasTypes(body.id())) {
                return;
            }
            loadLaw(types);
            loadTypes(body, types);
            loadSteering(body, steer);
            int decisions = loadDelegated(body, yaml("delegationsbeslut-2019-11-01--2019-12-03.yaml"));
            int projectCount = loadProjects(body, yaml("projekt.yaml"));
            loadMobility(body, yaml("mobilitetsstod-2020.yaml"));
            statistics.publish(body.id());
            log.info("Bidragsregistret inläst: {} företagsstöd, {} projekt", decisions, projectCount);
        });
    }

    @SuppressWarnings("unchecked")
    private void loadLaw(Map<String, Object> doc) {
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("regulations")) {
            rules.insertRegulation(str(r.get("code")), str(r.get("title")), date(r.get("validFrom")), date(r.get("validTo")), str(r.get("replacedBy")),
                    str(r.get("source")));
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("deMinimis")) {
            rules.insertDeMinimis(new DeMinimisRegulation(str(r.get("regulation")), Long.parseLong(str(r.get("ceilingEur"))), str(r.get("period")),
                    date(r.get("validFrom")), date(r.get("validTo")), str(r.get("articles")), str(r.get("source"))));
        }
        Map<String, Object> rates = (Map<String, Object>) doc.get("exchangeRates");
        boolean exempel = Boolean.TRUE.equals(rates.get("exempeldata"));
        for (Map.Entry<Object, Object> e : ((Map<Object, Object>) rates.get("rates")).entrySet()) {
            rules.insertRate(Integer.parseInt(str(e.getKey())), new BigDecimal(str(e.getValue())), exempel, "demo/grants/stodformer.yaml");
        }
        for (Map<String, Object> l : (List<Map<String, Object>>) doc.get("localities")) {
            rules.insertLocality(str(l.get("name")), str(l.get("municipality")));
        }
    }

    @SuppressWarnings("unchecked")
    private void loadTypes(Unit body, Map<String, Object> doc) {
        for (Map<String, Object> t : (List<Map<String, Object>>) doc.get("supportTypes")) {
            UUID id = rules.insertType(body.id(), str(t.get("code")), str(t.get("name")), (List<String>) t.getOrDefault("aliases", List.of()),
                    str(t.get("matter")), str(t.get("part")), (List<String>) t.getOrDefault("regulations", List.of()),
                    Boolean.TRUE.equals(t.get("deMinimis")), Boolean.TRUE.equals(t.get("project")));
            for (Map<String, Object> v : (List<Map<String, Object>>) t.getOrDefault("versions", List.of())) {
                UUID version = rules.insertVersion(id, str(v.get("name")), date(v.get("validFrom")), date(v.get("validTo")), str(v.get("extensionCase")),
                        "seed 001_fb44509df49901da.txt r. 4127-4271");
                int position = 0;
                for (Map<String, Object> r : (List<Map<String, Object>>) v.getOrDefault("rules", List.of())) {
                    Map<String, Object> params = new HashMap<>(r);
                    for (String k : List.of("kind", "hard", "text", "lines")) {
                        params.remove(k);
                    }
                    rules.insertRule(version, position++, str(r.get("kind")), params, !Boolean.FALSE.equals(r.get("hard")), str(r.get("text")),
                            "seed 001 r. " + str(r.get("lines")));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void loadSteering(Unit body, Map<String, Object> d) {
        UUID id = steering.insert(body.id(), Integer.parseInt(str(d.get("year"))), str(d.get("title")), str(d.get("caseNumber")), date(d.get("decidedOn")),
                str(d.get("paragraph")), str(d.get("decidedBy")), date(d.get("validFrom")), date(d.get("validTo")), str(d.get("purpose")),
                str(d.get("adjustment")), str(d.get("note")), source(d.get("source")));
        for (Map<String, Object> f : (List<Map<String, Object>>) d.get("funds")) {
            steering.insertFund(id, str(f.get("code")), str(f.get("name")), null, "seed 001 r. " + str(f.get("lines")));
        }
        int position = 0;
        for (Map<String, Object> p : (List<Map<String, Object>>) d.get("parts")) {
            steering.insertPart(id, str(p.get("code")), str(p.get("name")), str(p.get("fund")), kr(p.get("amount")), Boolean.TRUE.equals(p.get("atMost")),
                    position++, "seed 001 r. " + str(p.get("lines")));
        }
        position = 0;
        for (Map<String, Object> p : (List<Map<String, Object>>) d.get("priorities")) {
            steering.insertPriority(id, str(p.get("rank")), str(p.get("text")), str(p.get("motivation")), (List<String>) p.get("rus"), position++,
                    "seed 001 r. " + str(p.get("lines")));
        }
        for (Map<String, Object> c : (List<Map<String, Object>>) d.getOrDefault("changes", List.of())) {
            UUID change = steering.insertChange(id, str(c.get("kind")), str(c.get("status")), str(c.get("caseNumber")), null, null, null,
                    str(c.get("proposedFor")), str(c.get("text")), str(c.get("reason")), null, null, null, "seed 001 r. " + str(c.get("lines")), "system");
            if ("PROPOSED".equals(str(c.get("status"))) && c.get("caseNumber") != null) {
                grants.waitFor(str(c.get("caseNumber")), "STEERING_CHANGE", change, body.code());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private int loadDelegated(Unit body, Map<String, Object> doc) {
        LocalDate day = date(((Map<String, Object>) doc.get("period")).get("to"));
        String point = str(doc.get("delegationPoint"));
        String title = str(doc.get("decidedByTitle"));
        int count = 0;
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("decisions")) {
            String printed = str(r.get("type"));
            SupportType type = register.type(body, printed);
            boolean granted = r.get("amount") != null;
            String company = str(r.get("company"));
            ProposedDecision d = new ProposedDecision(body.code(), type.name(), granted ? kronor(r.get("amount")) : null, null, str(r.get("municipality")),
                    null, null, null, str(r.get("sex")), null, null, null, day, null, Map.of());
            GrantRegister.Parsed p = new GrantRegister.Parsed(type, printed, r.get("refKind") == null ? "Dnr" : str(r.get("refKind")), str(r.get("ref")),
                    company, legalForm(company), str(r.get("sector")), null, granted, granted ? null : str(r.get("outcome")), str(r.get("by")), title, point,
                    false, null, false, null, List.of(), null, false, d);
            register.saveAsPrinted(body, p, "seed 001 r. " + str(r.get("lines")));
            count++;
        }
        return count;
    }

    @SuppressWarnings("unchecked")
    private int loadProjects(Unit body, Map<String, Object> doc) {
        int count = 0;
        for (Map<String, Object> pr : (List<Map<String, Object>>) doc.get("projects")) {
            Map<String, Object> dec = (Map<String, Object>) pr.get("decision");
            boolean byCommittee = "COMMITTEE".equals(str(dec.get("by")));
            SupportType type = register.type(body, "Medfinansiering av projekt");
            Long cap = kr(dec.get("capKr"));
            LocalDate day = byCommittee ? date(dec.get("start")) : date(dec.get("decidedOn"));
            BigDecimal amount = kronor(dec.get("capKr"));
            ProposedDecision d = new ProposedDecision(body.code(), type.name(), amount, null, str(pr.get("municipality")), null, null, null, null, null,
                    null, null, day, null, Map.of());
            GrantRegister.Parsed p = new GrantRegister.Parsed(type, "Medfinansiering av projekt", "Dnr", str(pr.get("reference")), str(pr.get("applicant")),
                    str(pr.get("legalForm")), str(pr.get("title")), kr(pr.get("appliedKr")), true, null, str(dec.get("decidedBy")),
                    str(dec.get("decidedByTitle")), str(dec.get("point")), byCommittee, str(dec.get("proposedFor")), false, str(dec.get("priority")),
                    (List<String>) dec.getOrDefault("serves", List.of()), str(dec.get("servesText")), !Boolean.FALSE.equals(dec.get("decidedOnExact")), d);
            UUID id = register.saveAsPrinted(body, p, "seed 001 r. " + str(dec.get("lines")), new BigDecimal(str(dec.get("sharePercent"))), allocations(pr));
            List<String> columns = (List<String>) pr.get("columns");
            UUID project = projects.insert(id, str(pr.get("title")), date(dec.get("start")), date(dec.get("end")), cap, str(dec.get("financing")),
                    (List<String>) dec.getOrDefault("clauses", List.of()), (List<String>) dec.getOrDefault("conditions", List.of()), columns,
                    "seed 001 r. " + str(dec.get("lines")));
            lines(project, "COSTS", (Map<String, Object>) pr.get("costs"));
            lines(project, "FINANCING", (Map<String, Object>) pr.get("financing"));
            if (pr.get("inKind") != null) {
                lines(project, "IN_KIND", (Map<String, Object>) pr.get("inKind"));
            }
            count++;
        }
        return count;
    }

    /** The decision's parts as its financing budget names them: part code → amount (öre) in the Totalt column. */
    @SuppressWarnings("unchecked")
    private static Map<String, Long> allocations(Map<String, Object> pr) {
        Map<String, Long> result = new java.util.LinkedHashMap<>();
        List<String> columns = (List<String>) pr.get("columns");
        int total = columns.indexOf("Totalt");
        for (Map<String, Object> r : (List<Map<String, Object>>) ((Map<String, Object>) pr.get("financing")).get("rows")) {
            if (Boolean.TRUE.equals(r.get("decisionPart"))) {
                Cell c = Cell.printed(str(((List<Object>) r.get("values")).get(total)));
                result.put(str(r.get("part")), c.ore("kr"));
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private void lines(UUID project, String budget, Map<String, Object> table) {
        int position = 0;
        String src = "seed 001 r. " + str(table.get("lines"));
        for (Map<String, Object> r : (List<Map<String, Object>>) table.get("rows")) {
            List<String> printed = ((List<Object>) r.getOrDefault("values", List.of())).stream().map(v -> v == null ? "" : String.valueOf(v)).toList();
            String kind = r.get("kind") != null ? str(r.get("kind")) : "FINANCING".equals(budget) && !Boolean.TRUE.equals(r.get("heading"))
                    && !Boolean.TRUE.equals(r.get("total")) ? "CASH" : null;
            projects.insertLine(project, budget, position++, new GrantProject.BudgetLine(str(r.get("label")), Boolean.TRUE.equals(r.get("heading")),
                    Boolean.TRUE.equals(r.get("total")), printed, kind, Boolean.TRUE.equals(r.get("decisionPart")), Boolean.TRUE.equals(r.get("regionOwn")),
                    str(r.get("fund")), str(r.get("part")), Boolean.TRUE.equals(r.get("ambiguousColumn"))), src);
        }
    }

    @SuppressWarnings("unchecked")
    private void loadMobility(Unit body, Map<String, Object> doc) {
        int year = Integer.parseInt(str(doc.get("year")));
        String caseNumber = str(doc.get("caseNumber"));
        UUID first = null;
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.get("rates")) {
            UUID id = mobility.insertRate(body.id(), year, str(r.get("kind")), null, Integer.parseInt(str(r.get("rateKr"))), str(doc.get("status")),
                    caseNumber, str(r.get("text")), false, "seed 001 r. " + str(r.get("lines")));
            first = first == null ? id : first;
        }
        if ("PROPOSED".equals(str(doc.get("status"))) && first != null) {
            grants.waitFor(caseNumber, "MOBILITY_RATE", first, body.code());
        }
        for (Map<String, Object> r : (List<Map<String, Object>>) doc.getOrDefault("previousRates", List.of())) {
            mobility.insertRate(body.id(), Integer.parseInt(str(r.get("year"))), str(r.get("kind")), null, Integer.parseInt(str(r.get("rateKr"))), "DECIDED",
                    null, str(r.get("text")), false, "seed 001 r. " + str(r.get("lines")));
        }
        Map<String, Object> reciprocity = (Map<String, Object>) doc.get("reciprocity");
        for (Map<String, Object> r : (List<Map<String, Object>>) reciprocity.get("regions")) {
            mobility.insertRate(body.id(), year, "RECIPROCITY", str(r.get("region")), Integer.parseInt(str(r.get("rateKr"))), "DECIDED", null,
                    str(reciprocity.get("text")), Boolean.TRUE.equals(r.get("exempeldata")), "seed 001 r. " + str(reciprocity.get("lines")));
        }
        Map<String, UUID> schools = new HashMap<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) doc.get("schools")) {
            schools.put(str(s.get("name")), mobility.insertSchool(str(s.get("name")), str(s.get("region")), str(s.get("owner")),
                    Boolean.TRUE.equals(s.get("exempeldata")), s.get("lines") == null ? null : "seed 001 r. " + str(s.get("lines"))));
        }
        Map<String, Object> weeks = (Map<String, Object>) doc.get("weeks");
        boolean exempel = Boolean.TRUE.equals(weeks.get("exempeldata"));
        for (Map<String, Object> w : (List<Map<String, Object>>) weeks.get("rows")) {
            mobility.insertWeeks(year, schools.get(str(w.get("school"))), str(w.get("home")), new BigDecimal(str(w.get("weeks"))), exempel,
                    "demo/grants/mobilitetsstod-2020.yaml", "system");
        }
        for (Map<String, Object> b : (List<Map<String, Object>>) doc.getOrDefault("budget", List.of())) {
            mobility.insertBudget(body.id(), Integer.parseInt(str(b.get("year"))), kr(b.get("amountKr")), Boolean.TRUE.equals(b.get("approximate")),
                    str(b.get("text")), "seed 001 r. " + str(b.get("lines")));
        }
    }

    /** The legal form the printed name itself states ("… AB", "… kommun"); unknown otherwise. */
    private static String legalForm(String name) {
        if (name.endsWith(" AB")) {
            return "AKTIEBOLAG";
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(" kommun")) {
            return "KOMMUN";
        }
        return null;
    }

    private static LocalDate date(Object o) {
        return o == null ? null : LocalDate.parse(str(o));
    }

    private static Long kr(Object printed) {
        if (printed == null) {
            return null;
        }
        Cell c = Cell.printed(str(printed));
        return c.isNumber() ? c.ore("kr") : null;
    }

    private static BigDecimal kronor(Object printed) {
        Long ore = kr(printed);
        return ore == null ? null : BigDecimal.valueOf(ore).movePointLeft(2);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) {
        LoaderOptions options = new LoaderOptions();
        try (InputStream in = new ClassPathResource(DIR + file).getInputStream()) {
            return (Map<String, Object>) new Yaml(options).load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Kan inte läsa " + DIR + file, e);
        }
    }
}
