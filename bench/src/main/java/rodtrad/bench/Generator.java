package rodtrad.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The nationwide dataset: every region and municipality of org_unit (from the Kolada list the product loads)
 * gets about fifteen political bodies, each body a plan per year for ten years with perspectives, goals,
 * indicators, assignments and strategies (30 items, their lineage across years, goals serving the assembly's
 * goals), an operating budget table, a yearly budget and monthly outcome; and a Kolada-sized set of measures
 * with values per unit, year and sex.
 *
 * <p>Everything is derived from the seed: ids are counters under a fixed prefix (so B-tree indexes fill in
 * order) and texts and numbers come from one {@link SplittableRandom}. Rows go in with COPY on one connection
 * per table, with triggers off ({@code session_replication_role = replica}): the generated rows have no audit
 * history of their own except one INSERT entry per plan and plan item (what the plan and item pages read).
 */
final class Generator {

    static final int FIRST_YEAR = 2017;
    static final int YEARS = 10;
    static final int FIRST_VALUE_YEAR = 2015;
    static final int VALUE_YEARS = 10;
    static final int ITEMS_PER_PLAN = 30;
    /** Grant decisions a year in the whole country at scale 1 (issue 22 item 9), shared by the regions' registers. */
    static final int GRANT_DECISIONS_A_YEAR = 50_000;
    /** Measures at scale 1: 312 units × 10 years × (1 or 3 sexes) ≈ 7 280 values each → ≈ 10.2 million values. */
    static final int MEASURES_AT_SCALE_1 = 1400;
    static final String ACTOR = "bench-generator";
    static final String HOME_REGION = "0018";

    private static final String[] MUNICIPAL_BODIES = {
        "ASSEMBLY:Kommunfullmäktige", "BOARD:Kommunstyrelsen", "WORKING_COMMITTEE:Kommunstyrelsens arbetsutskott",
        "COMMITTEE:Barn- och utbildningsnämnden", "COMMITTEE:Socialnämnden", "COMMITTEE:Vård- och omsorgsnämnden",
        "COMMITTEE:Kultur- och fritidsnämnden", "COMMITTEE:Samhällsbyggnadsnämnden", "COMMITTEE:Miljö- och hälsoskyddsnämnden",
        "COMMITTEE:Byggnadsnämnden", "COMMITTEE:Tekniska nämnden", "COMMITTEE:Gymnasienämnden", "COMMITTEE:Valnämnden",
        "COMMITTEE:Överförmyndarnämnden", "OTHER_BODY:Revisionen"};
    private static final String[] REGIONAL_BODIES = {
        "ASSEMBLY:Regionfullmäktige", "BOARD:Regionstyrelsen", "WORKING_COMMITTEE:Regionstyrelsens arbetsutskott",
        "COMMITTEE:Hälso- och sjukvårdsnämnden", "COMMITTEE:Regional tillväxtnämnd", "COMMITTEE:Kulturnämnden",
        "COMMITTEE:Kollektivtrafiknämnden", "COMMITTEE:Patientnämnden", "COMMITTEE:Tandvårdsnämnden", "COMMITTEE:Servicenämnden",
        "COMMITTEE:Primärvårdsnämnden", "COMMITTEE:Psykiatrinämnden", "COMMITTEE:Folkhälsonämnden", "COMMITTEE:Samhällsbyggnadsnämnden",
        "OTHER_BODY:Revisorerna"};
    private static final String[] PERSPECTIVES = {"Invånare och samhälle", "Process", "Resurser"};
    private static final String[] SUBJECTS = {"invånare", "elever", "brukare", "patienter", "företag", "medarbetare", "besökare",
        "unga", "äldre", "nyanlända"};
    private static final String[] VERBS = {"Ökad", "Stärkt", "Förbättrad", "Bibehållen", "Minskad", "Jämlik", "Hållbar", "Snabbare"};
    private static final String[] THINGS = {"andel", "tillgänglighet", "delaktighet", "trygghet", "kvalitet", "måluppfyllelse",
        "sysselsättning", "hälsa", "kompetensförsörjning", "kostnadseffektivitet", "digitalisering", "klimatomställning"};
    private static final String[] TARGETS = {
        "{\"form\": \"PREVIOUS_VALUE\", \"direction\": \"INCREASE\", \"reference\": \"PREVIOUS_YEAR\"}",
        "{\"form\": \"NATIONAL\", \"direction\": \"INCREASE\", \"measure\": \"LEVEL\"}",
        "{\"form\": \"PEER_GROUP\", \"direction\": \"INCREASE\", \"group\": \"JAMFORBARA_LAN\", \"measure\": \"LEVEL\"}",
        "{\"form\": \"INTERVAL\", \"direction\": \"NONE\", \"lower\": 77, \"upper\": 80, \"unit\": \"%\"}",
        "{\"form\": \"RELATIVE_CHANGE\", \"direction\": \"DECREASE\", \"percent\": 20, \"baseYear\": 2019, \"targetYear\": 2030}",
        "{\"form\": \"REPORT_ONLY\", \"direction\": \"NONE\"}"};

    /** What was generated, for RESULTS.md. */
    record Counts(Map<String, Long> rows, int organisations, int bodies, int plans, int measures, double seconds) {
        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private record Org(UUID id, String code, String name, boolean region) {
    }

    private record Body(int no, UUID id, String code, String name, String type, Org org, int slot) {
    }

    private final DataSource dataSource;
    private final long seed;
    private final double scale;

    Generator(DataSource dataSource, long seed, double scale) {
        this.dataSource = dataSource;
        this.seed = seed;
        this.scale = scale;
    }

    static int measures(double scale) {
        return Math.max(10, (int) Math.round(MEASURES_AT_SCALE_1 * scale));
    }

    /** Below scale 0.1 only a part of the organisations gets bodies (for quick runs while developing). */
    static double organisationFraction(double scale) {
        return Math.min(1.0, scale * 10);
    }

    static String apiToken(long seed) {
        return "bench-" + Long.toHexString(seed) + "-token";
    }

    // Ids: a fixed prefix, the table's tag and a counter — in the order rows are written, so indexes fill in order.
    private UUID id(int tag, long n) {
        return new UUID(0x62656e6300000000L | ((long) tag << 24) | ((n >>> 32) & 0xFFFFFFL), (n & 0xFFFFFFFFL) | ((seed & 0x7FFFFFFFL) << 32));
    }

    Counts generate() throws Exception {
        long started = System.nanoTime();
        SplittableRandom random = new SplittableRandom(seed);
        List<Org> orgs = new ArrayList<>();
        List<UUID> valueUnits = new ArrayList<>();
        UUID admin;
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select id, code, name, type from org_unit where type in ('REGION', 'MUNICIPALITY') order by code")) {
                while (rs.next()) {
                    orgs.add(new Org(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4).equals("REGION")));
                }
            }
            // the units Kolada publishes values for (riket, regions, municipalities), in uuid byte order so the
            // unique index (measure, unit, period, sex) fills in order
            try (ResultSet rs = st.executeQuery("select id from org_unit where kolada_id is not null order by id::text")) {
                while (rs.next()) {
                    valueUnits.add(rs.getObject(1, UUID.class));
                }
            }
            try (ResultSet rs = st.executeQuery("select id from user_account where username = 'admin'")) {
                admin = rs.next() ? rs.getObject(1, UUID.class) : null;
            }
        }
        double fraction = organisationFraction(scale);
        int step = (int) Math.round(1 / fraction);
        List<Org> chosen = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            if (i % step == 0) {
                chosen.add(orgs.get(i));
            }
        }
        int measureCount = measures(scale);

        Map<String, Long> rows = new LinkedHashMap<>();
        List<Connection> connections = new ArrayList<>();
        try {
            Copy units = copy(connections, "org_unit", "id, code, name, short_name, type, parent_id, sort_order, source, updated_by");
            Copy plans = copy(connections, "plan", "id, key, body_id, year, title, planning_years, status, decision_date, decision_body, "
                    + "decision_paragraph, revision, source, kind, updated_by");
            Copy lineages = copy(connections, "lineage", "id, key, type");
            Copy items = copy(connections, "plan_item", "id, plan_id, lineage_id, parent_id, type, kind, number, text, tag, issuer, "
                    + "target, unit, kolada_id, position, source, updated_by");
            Copy links = copy(connections, "plan_item_link", "item_id, lineage_id, relation");
            Copy audit = copy(connections, "audit_entry", "actor, object_type, object_id, aggregate_type, aggregate_id, operation, after_state");
            Copy tables = copy(connections, "budget_table", "id, plan_id, position, kind, title, section, unit, decimals, updated_by");
            Copy columns = copy(connections, "budget_column", "id, table_id, position, label, role, period");
            Copy budgetRows = copy(connections, "budget_row", "id, table_id, position, label, total, sum_scope");
            Copy cells = copy(connections, "budget_cell", "id, table_id, row_id, column_position, value, decimals, unit, printed");
            Copy econBudget = copy(connections, "econ_budget", "id, year, month, area_id, line_code, amount_ore, source, updated_by");
            Copy outcomes = copy(connections, "econ_outcome", "id, year, month, area_id, line_code, amount_ore, source, updated_by");
            Copy measures = copy(connections, "measure", "id, code, kolada_id, name, short_name, unit, subject, denominator, source, by_gender, updated_by");
            Copy values = copy(connections, "indicator_value", "id, measure_id, unit_id, period, period_type, year, gender, value, count, "
                    + "status, source, published, updated_by");
            Copy tokens = copy(connections, "api_token", "id, user_id, name, token_hash");

            // measures first: the indicators refer to them by Kolada id
            List<String> measureCodes = new ArrayList<>();
            long valueNo = 0;
            for (int m = 0; m < measureCount; m++) {
                String code = String.format(Locale.ROOT, "XB%04d", m + 1);
                measureCodes.add(code);
                boolean byGender = m % 3 != 0;
                String thing = pick(random, THINGS);
                String subject = pick(random, SUBJECTS);
                UUID measureId = id(20, m);
                measures.add(measureId).add(code).add(code).add("Genererat mått " + (m + 1) + ": " + thing + " bland " + subject)
                        .add(cap(thing) + " " + subject).add("%").add(cap(thing)).add(subject).add("Kolada (genererad, bench)")
                        .add(byGender ? "t" : "f").add(ACTOR).end();
                double base = 20 + random.nextDouble() * 60;
                for (UUID unit : valueUnits) {
                    double level = base + random.nextDouble() * 20 - 10;
                    for (int y = 0; y < VALUE_YEARS; y++) {
                        int year = FIRST_VALUE_YEAR + y;
                        double v = level + y * (random.nextDouble() - 0.4);
                        String published = (year + 1) + "-03-15";
                        if (byGender) {
                            double k = v + random.nextDouble() * 4;
                            double male = v - random.nextDouble() * 4;
                            values.add(id(21, valueNo++)).add(measureId).add(unit).add(Integer.toString(year)).add("YEAR").add(year).add("K")
                                    .add(round1(k)).add(null).add(null).add("Kolada").add(published).add(ACTOR).end();
                            values.add(id(21, valueNo++)).add(measureId).add(unit).add(Integer.toString(year)).add("YEAR").add(year).add("M")
                                    .add(round1(male)).add(null).add(null).add("Kolada").add(published).add(ACTOR).end();
                        }
                        values.add(id(21, valueNo++)).add(measureId).add(unit).add(Integer.toString(year)).add("YEAR").add(year).add("T")
                                .add(round1(v)).add(null).add(null).add("Kolada").add(published).add(ACTOR).end();
                    }
                }
            }

            int bodyNo = 0;
            long econNo = 0;
            for (Org org : chosen) {
                if (org.code().equals(HOME_REGION)) {
                    continue; // the home region keeps its real bodies and plans
                }
                String[] templates = org.region() ? REGIONAL_BODIES : MUNICIPAL_BODIES;
                List<Body> bodies = new ArrayList<>();
                for (int b = 0; b < templates.length; b++) {
                    String[] t = templates[b].split(":", 2);
                    Body body = new Body(bodyNo, id(1, bodyNo), "G" + org.code() + "-" + String.format(Locale.ROOT, "%02d", b + 1),
                            t[1] + " (" + org.name() + ")", t[0], org, b);
                    bodyNo++;
                    bodies.add(body);
                    this.bodies.put(body.code(), body.id());
                    // the assembly under the organisation, every other body under the assembly
                    UUID parent = b == 0 ? org.id() : bodies.get(0).id();
                    units.add(body.id()).add(body.code()).add(body.name()).add(t[1]).add(t[0]).add(parent).add(100 + b)
                            .add("Genererad (bench)").add(ACTOR).end();
                }
                Body assembly = bodies.get(0);
                for (Body body : bodies) {
                    for (int y = 0; y < YEARS; y++) {
                        int year = FIRST_YEAR + y;
                        long planNo = (long) body.no() * YEARS + y;
                        UUID planId = id(2, planNo);
                        boolean decided = year < FIRST_YEAR + YEARS - 1;
                        plans.add(planId).add("g-" + body.code().toLowerCase(Locale.ROOT) + "-" + year).add(body.id()).add(year)
                                .add("Verksamhetsplan med budget " + year).add((year + 1) + "–" + (year + 2))
                                .add(decided ? "DECIDED" : "PROPOSAL").add(decided ? (year - 1) + "-11-" + (10 + body.slot()) : null)
                                .add(decided ? body.name() : null).add(decided ? "§ " + (100 + body.slot() * 7 + y) : null).add(1)
                                .add("Genererad (bench)").add("VP").add(ACTOR).end();
                        audit(audit, "plan", planId, planId, "{\"key\": \"g-" + body.code().toLowerCase(Locale.ROOT) + "-" + year + "\"}");
                        UUID[] itemIds = new UUID[ITEMS_PER_PLAN];
                        int pos = 0;
                        for (int p = 0; p < PERSPECTIVES.length; p++) {
                            UUID perspective = item(items, lineages, audit, random, body, y, planId, planNo, pos++, null, "PERSPECTIVE",
                                    "Perspektiv", null, PERSPECTIVES[p], null, null, null, itemIds);
                            for (int g = 0; g < 2; g++) {
                                boolean assemblyPlan = body.slot() == 0;
                                UUID goal = item(items, lineages, audit, random, body, y, planId, planNo, pos++, perspective, "GOAL",
                                        assemblyPlan ? "Fullmäktigemål" : "Nämndmål", (p + 1) + "." + (g + 1), goalText(random), null, null,
                                        null, itemIds);
                                if (!assemblyPlan) {
                                    // the committee's goal serves the assembly's goal in the same place of the same year
                                    links.add(goal).add(lineageId(assembly.no(), pos - 1, y)).add("SERVES").end();
                                }
                                for (int i = 0; i < 2; i++) {
                                    String kpi = measureCodes.get(Math.floorMod((int) (planNo * 7 + pos * 13) / YEARS, measureCodes.size()));
                                    item(items, lineages, audit, random, body, y, planId, planNo, pos++, goal, "INDICATOR", "Styrtal", null,
                                            "Andel " + pick(random, SUBJECTS) + " som " + pick(random, new String[] {"är nöjda", "når målen",
                                                "får insats inom 14 dagar", "är i arbete", "deltar"}) + " (" + kpi + ")",
                                            TARGETS[random.nextInt(TARGETS.length)], "%", kpi, itemIds);
                                }
                                item(items, lineages, audit, random, body, y, planId, planNo, pos++, goal, "ASSIGNMENT", "Uppdrag", null,
                                        "Att " + pick(random, new String[] {"utreda", "utveckla", "följa upp", "samordna", "införa"}) + " "
                                                + pick(random, THINGS) + " för " + pick(random, SUBJECTS),
                                        null, null, null, itemIds);
                            }
                            item(items, lineages, audit, random, body, y, planId, planNo, pos++, perspective, "STRATEGY", "Strategi", null,
                                    "Vi arbetar med " + pick(random, THINGS) + " tillsammans med " + pick(random, SUBJECTS), null, null,
                                    null, itemIds);
                        }
                        budget(tables, columns, budgetRows, cells, random, planNo, planId, year);
                        long frame = 50_000_000_00L + random.nextLong(500_000_000_00L);
                        for (String line : new String[] {"INTAKTER", "KOSTNADER"}) {
                            long yearly = line.equals("INTAKTER") ? frame / 5 : frame;
                            econBudget.add(id(30, econNo++)).add(year).add(null).add(body.id()).add(line).add(yearly).add("Genererad (bench)")
                                    .add(ACTOR).end();
                            int months = year == FIRST_YEAR + YEARS - 1 ? 10 : 12;
                            for (int month = 1; month <= months; month++) {
                                long amount = yearly / 12 + random.nextLong(yearly / 60 + 1) - yearly / 120;
                                outcomes.add(id(31, econNo++)).add(year).add(month).add(body.id()).add(line).add(amount)
                                        .add("Genererad (bench)").add(ACTOR).end();
                            }
                        }
                    }
                }
            }
            if (admin != null) {
                tokens.add(id(40, 0)).add(admin).add("bench").add(sha256(apiToken(seed))).end();
            }
            String[] names = {"org_unit", "plan", "lineage", "plan_item", "plan_item_link", "audit_entry", "budget_table", "budget_column",
                "budget_row", "budget_cell", "econ_budget", "econ_outcome", "measure", "indicator_value", "api_token"};
            Copy[] copies = {units, plans, lineages, items, links, audit, tables, columns, budgetRows, cells, econBudget, outcomes, measures,
                values, tokens};
            for (int i = 0; i < copies.length; i++) {
                rows.put(names[i], copies[i].finish());
            }
            // the grant register, on the same connections (their COPY has ended; the pool has 20)
            Copy grantTypes = copyOn(connections.get(0), "grant_support_type", "id, body_id, code, name, aliases, matter, part_code, regulations, de_minimis, project");
            Copy grantVersions = copyOn(connections.get(1), "grant_rule_version", "id, support_type_id, name, valid_from, valid_to, source, updated_by");
            Copy grantRules = copyOn(connections.get(2), "grant_rule", "id, rule_version_id, position, kind, params, hard, text, source");
            Copy grantSteering = copyOn(connections.get(3), "grant_steering_decision", "id, body_id, year, title, case_number, decided_on, paragraph, "
                    + "decided_by, valid_from, valid_to, source, updated_by");
            Copy grantParts = copyOn(connections.get(4), "grant_part", "id, steering_id, code, name, fund_code, amount, at_most, position, source, updated_by");
            Copy grantDecisions = copyOn(connections.get(5), "grant_decision", "id, body_id, support_type_id, printed_type, reference_kind, reference, status, "
                    + "recipient, organisation_number, legal_form, owner_sex, municipality, amount, outcome, outcome_text, decided_on, decided_by, "
                    + "decided_by_title, delegation_point, part_id, priority_rank, source, updated_by");
            Copy grantAllocations = copyOn(connections.get(6), "grant_allocation", "decision_id, part_id, decided_on, amount");
            grants(chosen, random, grantTypes, grantVersions, grantRules, grantSteering, grantParts, grantDecisions, grantAllocations);
            String[] grantNames = {"grant_support_type", "grant_rule_version", "grant_rule", "grant_steering_decision", "grant_part", "grant_decision",
                "grant_allocation"};
            Copy[] grantCopies = {grantTypes, grantVersions, grantRules, grantSteering, grantParts, grantDecisions, grantAllocations};
            for (int i = 0; i < grantCopies.length; i++) {
                rows.put(grantNames[i], grantCopies[i].finish());
            }
            for (Connection c : connections) {
                c.commit();
            }
            // the items' searchable words and their place, which the product's trigger (planning V7, V8, V11) writes and COPY with
            // triggers off does not
            try (Statement st = connections.get(0).createStatement()) {
                rows.put("plan_item_search", (long) st.executeUpdate("""
                        insert into plan_item_search (item_id, words, plan_id, type, position, year, body_id, decided)
                        select i.id, plan_item_words(i.number, i.text, i.tag, i.note), i.plan_id, i.type, i.position, pl.year, pl.body_id,
                               pl.status = 'DECIDED'
                        from plan_item i join plan pl on pl.id = i.plan_id on conflict do nothing"""));
                // and the grants' words (grants V7)
                rows.put("grant_search", (long) st.executeUpdate("""
                        insert into grant_search (decision_id, words) select id, grant_words(id) from grant_decision on conflict do nothing"""));
                // and what a commit of these rows raises (root V1_2; its triggers were off too): without it the product's
                // start jobs that follow the counters took the dataset for what they had already seen — the economy kept
                // no copy of the 41 850 decided budgets at SCALE=0.25 until a migration moved the planning counter
                st.executeUpdate("""
                        insert into change_counter (scope, changes)
                        select scope, 1 from unnest(array['organisation', 'accounts', 'planning', 'budget', 'followup', 'grants']) scope
                        on conflict (scope) do update set changes = change_counter.changes + 1""");
            }
            connections.get(0).commit();
            return new Counts(rows, chosen.size(), bodyNo, (int) rows.get("plan").longValue(), measureCount,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            // a COPY still open blocks the rollback below (and with it the error that ended the generator): cancel it first
            for (Copy copy : open) {
                try {
                    copy.close();
                } catch (SQLException ignored) {
                    // rolling back anyway
                }
            }
            for (Connection c : connections) {
                try {
                    if (!c.getAutoCommit()) {
                        c.rollback();
                    }
                } catch (SQLException ignored) {
                    // closing anyway
                }
                c.close();
            }
        }
    }

    /** The regional growth committee of a generated region (its fifth body, "Regional tillväxtnämnd"). */
    static String growthCommittee(String regionCode) {
        return "G" + regionCode + "-05";
    }

    private static final String[][] GRANT_TYPES = {
        {"MIKROBIDRAG", "Mikrobidrag", "FORETAGSSTOD", "t", "f", "30000", "{2015:210,2022:1468}"},
        {"KONSULTTJANST", "Konsulttjänst", "FORETAGSSTOD", "t", "f", "150000", "{2015:210,2022:1468}"},
        {"INVESTERINGSBIDRAG", "Investeringsbidrag", "FORETAGSSTOD", "f", "f", "1000000", "{2015:211,2022:1467}"},
        {"MEDFINANSIERING", "Medfinansiering av projekt", "PROJEKT", "f", "t", "5000000", "{2003:596}"}};

    /**
     * Every generated region's grant register (its "Regional tillväxtnämnd"): four support types with a rule version
     * per year (three company-support rules each, the per-company total among them), a steering decision per year
     * splitting the appropriation into projects and company support, and about {@link #GRANT_DECISIONS_A_YEAR} × scale decisions a year in the whole country over ten years —
     * to organisations that recur (about five decisions each over the ten years), nine in ten granted, each granted one
     * allocated to its part of the year's split.
     */
    private void grants(List<Org> chosen, SplittableRandom random, Copy types, Copy versions, Copy rules, Copy steering, Copy parts, Copy decisions,
            Copy allocations) throws SQLException {
        List<Org> regions = chosen.stream().filter(o -> o.region() && !o.code().equals(HOME_REGION)).toList();
        if (regions.isEmpty()) {
            return;
        }
        int perRegionYear = Math.max(50, (int) Math.round(GRANT_DECISIONS_A_YEAR * scale / regions.size()));
        int orgPool = Math.max(20, perRegionYear * YEARS / 5);
        String[] sexes = {"K", "M", "M", "B"};
        String[] places = {"Centralorten", "Norra", "Södra", "Västra", "Östra", "Bruket", "Sjöstaden"};
        long typeNo = 0;
        long ruleNo = 0;
        long versionNo = 0;
        long steerNo = 0;
        long partNo = 0;
        long decisionNo = 0;
        for (Org region : regions) {
            UUID body = bodyOf(region);
            if (body == null) {
                continue;
            }
            UUID[] typeIds = new UUID[GRANT_TYPES.length];
            for (int t = 0; t < GRANT_TYPES.length; t++) {
                String[] g = GRANT_TYPES[t];
                typeIds[t] = id(50, typeNo++);
                types.add(typeIds[t]).add(body).add(g[0]).add(g[1]).add("{}").add(g[4].equals("t") ? "Regionala utvecklingsstöd" : "Företagsstöd")
                        .add(g[2]).add(g[6]).add(g[3]).add(g[4]).end();
                // the rules are renewed with each year's steering decision, as the seed's "Inriktningsbeslut 2019" is
                for (int y = 0; y < YEARS; y++) {
                    int year = FIRST_YEAR + y;
                    UUID version = id(51, versionNo++);
                    versions.add(version).add(typeIds[t]).add("Inriktningsbeslut " + year).add(year + "-01-01").add(year + "-12-31")
                            .add("Genererad (bench)").add(ACTOR).end();
                    if (g[4].equals("f")) {
                        long max = Long.parseLong(g[5]);
                        rules.add(id(52, ruleNo++)).add(version).add(0).add("MAX_AMOUNT").add("{\"amountKr\": " + max + ", \"per\": \"beslut\"}")
                                .add("t").add("Högst " + max + " kr per beslut").add("Genererad").end();
                        rules.add(id(52, ruleNo++)).add(version).add(1).add("MAX_PER_COMPANY").add("{\"amountKr\": " + 2 * max + "}")
                                .add("t").add("Högst " + 2 * max + " kr per företag").add("Genererad").end();
                        rules.add(id(52, ruleNo++)).add(version).add(2).add("MAX_SHARE").add("{\"percent\": 50}").add("t").add("Högst 50 %")
                                .add("Genererad").end();
                    }
                }
            }
            for (int y = 0; y < YEARS; y++) {
                int year = FIRST_YEAR + y;
                UUID steer = id(53, steerNo++);
                steering.add(steer).add(body).add(year).add("Inriktningsbeslut " + year).add("G" + (year - 1) + "RS" + (1000 + y))
                        .add((year - 1) + "-11-20").add("§ " + (80 + y)).add("Regional tillväxtnämnd").add(year + "-01-01").add(year + "-12-31")
                        .add("Genererad (bench)").add(ACTOR).end();
                UUID projectPart = id(54, partNo++);
                UUID companyPart = id(54, partNo++);
                long companyAmount = (long) perRegionYear * 120_000_00L;
                parts.add(projectPart).add(steer).add("PROJEKT").add("Regionala utvecklingsprojekt").add("1:1").add(companyAmount * 2).add("f").add(0)
                        .add("Genererad").add(ACTOR).end();
                parts.add(companyPart).add(steer).add("FORETAGSSTOD").add("Företagsstöd").add("1:1").add(companyAmount).add("f").add(1)
                        .add("Genererad").add(ACTOR).end();
                for (int n = 0; n < perRegionYear; n++) {
                    int t = random.nextInt(20) == 0 ? 3 : random.nextInt(3);
                    String[] g = GRANT_TYPES[t];
                    UUID id = id(55, decisionNo++);
                    String org = organisationNumber(region.code(), random.nextInt(orgPool));
                    boolean granted = random.nextInt(10) != 0;
                    long max = Long.parseLong(g[5]);
                    long amount = granted ? (max / 10 + random.nextLong(max - max / 10)) * 100 : 0;
                    String day = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
                    UUID part = t == 3 ? projectPart : companyPart;
                    decisions.add(id).add(body).add(typeIds[t]).add(g[1]).add("Dnr").add(String.format(Locale.ROOT, "G%02dRS%06d", year % 100, n))
                            .add("DECIDED").add("Företag " + org).add(org).add("AKTIEBOLAG").add(sexes[random.nextInt(sexes.length)])
                            .add(places[random.nextInt(places.length)]).add(granted ? amount : null).add(granted ? "GRANTED" : "REFUSED")
                            .add(granted ? null : "Uppfyller ej villkor").add(day).add("Delegat " + region.code()).add("Områdeschef").add("3.3")
                            .add(part).add(t == 3 ? "2b" : null).add("Genererad (bench)").add(ACTOR).end();
                    if (granted) {
                        allocations.add(id).add(part).add(day).add(amount).end();
                    }
                }
            }
        }
    }

    private final Map<String, UUID> bodies = new LinkedHashMap<>();

    private UUID bodyOf(Org region) {
        return bodies.get(growthCommittee(region.code()));
    }

    /** A valid organisation number (Luhn check digit) for the region's n:th firm: 55 + region + firm, as NNNNNN-NNNN. */
    static String organisationNumber(String region, int firm) {
        String nine = String.format(Locale.ROOT, "55%s%05d", region.substring(2), firm % 100_000);
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int v = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += v > 9 ? v - 9 : v;
        }
        String ten = nine + (10 - sum % 10) % 10;
        return ten.substring(0, 6) + "-" + ten.substring(6);
    }

    private Copy copy(List<Connection> connections, String table, String columns) throws SQLException {
        Connection c = dataSource.getConnection();
        connections.add(c);
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            st.execute("set synchronous_commit = off");
        }
        Copy copy = new Copy(c, table, columns);
        open.add(copy);
        return copy;
    }

    private final List<Copy> open = new ArrayList<>();

    /** A further COPY on a connection whose earlier COPY has ended. */
    private Copy copyOn(Connection c, String table, String columns) throws SQLException {
        Copy copy = new Copy(c, table, columns);
        open.add(copy);
        return copy;
    }

    // Lineage: each of a body's 30 places keeps its lineage from year to year, except that now and then (one in
    // ten) a place gets a new one — the goal was rewritten so much that it is a new goal.
    private boolean renews(int bodyNo, int slot, int yearIdx) {
        return yearIdx > 0 && Math.floorMod(mix(seed, bodyNo * 31L + slot, yearIdx), 10) == 0;
    }

    private int lineageVersion(int bodyNo, int slot, int yearIdx) {
        for (int y = yearIdx; y > 0; y--) {
            if (renews(bodyNo, slot, y)) {
                return y;
            }
        }
        return 0;
    }

    private UUID lineageId(int bodyNo, int slot, int yearIdx) {
        return id(3, ((long) bodyNo * ITEMS_PER_PLAN + slot) * 16 + lineageVersion(bodyNo, slot, yearIdx));
    }

    private UUID item(Copy items, Copy lineages, Copy audit, SplittableRandom random, Body body, int yearIdx, UUID planId, long planNo,
            int pos, UUID parent, String type, String kind, String number, String text, String target, String unit, String kolada,
            UUID[] ids) throws SQLException {
        UUID itemId = id(4, planNo * ITEMS_PER_PLAN + pos);
        ids[pos] = itemId;
        int version = lineageVersion(body.no(), pos, yearIdx);
        UUID lineage = lineageId(body.no(), pos, yearIdx);
        if (yearIdx == 0 || version == yearIdx) {
            lineages.add(lineage).add("g-" + body.code().toLowerCase(Locale.ROOT) + "-" + pos + (version == 0 ? "" : "-v" + version))
                    .add(type).end();
        }
        items.add(itemId).add(planId).add(lineage).add(parent).add(type).add(kind).add(number).add(text)
                .add(type.equals("ASSIGNMENT") ? "DN " + (FIRST_YEAR + yearIdx) : null).add(type.equals("ASSIGNMENT") ? body.name() : null)
                .add(target).add(unit).add(kolada).add(pos).add("Genererad (bench)").add(ACTOR).end();
        audit(audit, "plan_item", itemId, planId, "{\"type\": \"" + type + "\", \"position\": " + pos + "}");
        return itemId;
    }

    private static void audit(Copy audit, String type, UUID objectId, UUID planId, String after) throws SQLException {
        audit.add(ACTOR).add(type).add(objectId.toString()).add("plan").add(planId.toString()).add("INSERT").add(after).end();
    }

    private void budget(Copy tables, Copy columns, Copy rows, Copy cells, SplittableRandom random, long planNo, UUID planId, int year)
            throws SQLException {
        UUID table = id(10, planNo);
        tables.add(table).add(planId).add(1).add("OPERATING").add("Driftbudget " + year).add("4.5").add("mnkr").add(1).add(ACTOR).end();
        for (int c = 0; c < 2; c++) {
            String label = "Budget " + (year - c);
            columns.add(id(11, planNo * 2 + c)).add(table).add(c).add(label).add("VALUE").add(label).end();
        }
        long[][] tenths = new long[5][2];
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 2; c++) {
                tenths[r][c] = 100 + random.nextInt(1500);
                tenths[4][c] += tenths[r][c];
            }
        }
        for (int r = 0; r < 5; r++) {
            UUID row = id(12, planNo * 5 + r);
            boolean total = r == 4;
            rows.add(row).add(table).add(r).add(total ? "Summa" : "Område " + (r + 1)).add(total ? "t" : "f").add(total ? "GROUP" : null).end();
            for (int c = 0; c < 2; c++) {
                long t = tenths[r][c];
                String value = (t / 10) + "." + (t % 10);
                cells.add(id(13, planNo * 10 + r * 2 + c)).add(table).add(row).add(c).add(value).add(1).add("mnkr")
                        .add((t / 10) + "," + (t % 10)).end();
            }
        }
    }

    private static String goalText(SplittableRandom random) {
        return pick(random, VERBS) + " " + pick(random, THINGS) + " för " + pick(random, SUBJECTS) + " i hela länet";
    }

    private static String pick(SplittableRandom random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String round1(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static long mix(long seed, long a, long b) {
        long h = seed ^ (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
