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
            for (Connection c : connections) {
                c.commit();
            }
            return new Counts(rows, chosen.size(), bodyNo, (int) rows.get("plan").longValue(), measureCount,
                    (System.nanoTime() - started) / 1e9);
        } finally {
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

    private Copy copy(List<Connection> connections, String table, String columns) throws SQLException {
        Connection c = dataSource.getConnection();
        connections.add(c);
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            st.execute("set synchronous_commit = off");
        }
        return new Copy(c, table, columns);
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
