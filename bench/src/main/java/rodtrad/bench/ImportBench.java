package rodtrad.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;

/**
 * Kolada values through the product's import path ({@link Imports#run}: parse every page, match measures and
 * units, compare with what is stored, write in one transaction with the audit trigger) against a raw COPY of the
 * same rows into the same table — once with the table's triggers (the same work the database must do for the
 * import: the audit entry of every row) and once without (the physical floor of the disk and indexes).
 *
 * <p>Each of the three gets its own, otherwise identical set of new measures, so all write the same number of
 * new rows into the same indexes. Everything is removed again afterwards, so a reused dataset stays the same.
 */
final class ImportBench {

    /** Kolada's API gives at most 5 000 entries (kpi × unit × period, each with its sexes) per page. */
    static final int ENTRIES_PER_PAGE = 5000;
    private static final String COLUMNS = "measure_id, unit_id, period, period_type, year, gender, value, count, status, source, published, "
            + "preliminary, exempeldata, updated_by";

    record Result(long values, double importSeconds, double parseSeconds, double copySeconds, double rawCopySeconds, int files,
            long bytes, ImportReport report) {
    }

    private record Unit(UUID id, String kolada) {
    }

    private final DataSource dataSource;
    private final Imports imports;
    private final long seed;

    ImportBench(DataSource dataSource, Imports imports, long seed) {
        this.dataSource = dataSource;
        this.imports = imports;
        this.seed = seed;
    }

    Result run(long wantedValues) throws Exception {
        List<Unit> units = units();
        int perMeasure = units.size() * Generator.VALUE_YEARS * 3;
        int measures = (int) Math.max(1, (wantedValues + perMeasure - 1) / perMeasure);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        List<UUID> created = new ArrayList<>();
        try {
            // warm-up: one page each way, so the timed runs do not pay for class loading and the JIT
            measures(created, "XW" + run + "I", 1);
            List<UUID> warmCopy = measures(created, "XW" + run + "C", 1);
            importValues(files("XW" + run + "I", 1, units, ENTRIES_PER_PAGE), false);
            copy(values(warmCopy, units), true);

            List<byte[]> pages = files("XM" + run + "I", measures, units, ENTRIES_PER_PAGE);
            measures(created, "XM" + run + "I", measures);
            List<UUID> copySet = measures(created, "XM" + run + "C", measures);
            List<UUID> rawSet = measures(created, "XM" + run + "R", measures);
            long bytes = pages.stream().mapToLong(p -> p.length).sum();

            long t0 = System.nanoTime();
            for (int i = 0; i < pages.size(); i++) {
                ImportFormat.KOLADA_JSON.parse(pages.get(i), "sida-" + (i + 1) + ".json", ImportOptions.none());
            }
            double parse = (System.nanoTime() - t0) / 1e9;

            String copyRows = values(copySet, units);
            String rawRows = values(rawSet, units);
            System.gc();
            double copy = copy(copyRows, true);
            double raw = copy(rawRows, false);
            long t1 = System.nanoTime();
            ImportReport report = importValues(pages, true);
            double imported = (System.nanoTime() - t1) / 1e9;
            if (report.inserted() != (long) measures * perMeasure) {
                throw new IllegalStateException("the import wrote " + report.inserted() + " values, expected " + (long) measures * perMeasure
                        + "; rejected " + report.rejected() + ": " + report.rejections().stream().limit(3).toList());
            }
            return new Result((long) measures * perMeasure, imported, parse, copy, raw, pages.size(), bytes, report);
        } finally {
            cleanUp(created);
        }
    }

    private ImportReport importValues(List<byte[]> pages, boolean check) {
        List<ImportFile> files = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            files.add(new ImportFile("kolada-sida-" + (i + 1) + ".json", pages.get(i)));
        }
        return InProcess.asAdmin(() -> imports.run(new ImportRequest(ImportFormat.KOLADA_JSON, files,
                new ImportOptions(null, null, null, null, null, java.time.LocalDate.of(2025, 3, 15), false), false)));
    }

    /** The values as Kolada's API v2 pages: {"count": n, "values": [{"kpi", "municipality", "period", "values": [{gender…}]}]}. */
    private List<byte[]> files(String prefix, int measures, List<Unit> units, int entriesPerPage) {
        SplittableRandom random = new SplittableRandom(seed ^ prefix.hashCode());
        List<byte[]> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        int entries = 0;
        for (int m = 0; m < measures; m++) {
            String kpi = code(prefix, m);
            for (Unit u : units) {
                for (int y = 0; y < Generator.VALUE_YEARS; y++) {
                    if (entries == 0) {
                        page.setLength(0);
                        page.append("{\"values\": [");
                    } else {
                        page.append(',');
                    }
                    double t = 20 + random.nextDouble() * 60;
                    page.append("{\"kpi\": \"").append(kpi).append("\", \"municipality\": \"").append(u.kolada()).append("\", \"period\": ")
                            .append(Generator.FIRST_VALUE_YEAR + y).append(", \"values\": [")
                            .append(value("K", t + 2)).append(',').append(value("M", t - 2)).append(',').append(value("T", t)).append("]}");
                    entries++;
                    if (entries == entriesPerPage) {
                        pages.add(close(page, entries));
                        entries = 0;
                    }
                }
            }
        }
        if (entries > 0) {
            pages.add(close(page, entries));
        }
        return pages;
    }

    private static String value(String gender, double v) {
        return String.format(Locale.ROOT, "{\"count\": 1, \"gender\": \"%s\", \"status\": \"\", \"value\": %.1f}", gender, v);
    }

    private static byte[] close(StringBuilder page, int entries) {
        return (page + "], \"count\": " + entries + "}").getBytes(StandardCharsets.UTF_8);
    }

    /** The same values in COPY text format, as the import path would store them. */
    private String values(List<UUID> measures, List<Unit> units) {
        SplittableRandom random = new SplittableRandom(seed ^ 77);
        StringBuilder sb = new StringBuilder();
        for (UUID m : measures) {
            for (Unit u : units) {
                for (int y = 0; y < Generator.VALUE_YEARS; y++) {
                    int year = Generator.FIRST_VALUE_YEAR + y;
                    double t = 20 + random.nextDouble() * 60;
                    for (String g : new String[] {"K", "M", "T"}) {
                        double v = g.equals("K") ? t + 2 : g.equals("M") ? t - 2 : t;
                        sb.append(m).append('\t').append(u.id()).append('\t').append(year).append("\tYEAR\t").append(year).append('\t').append(g)
                                .append('\t').append(String.format(Locale.ROOT, "%.1f", v))
                                .append("\t1\t\\N\tkolada-sida.json\t2025-03-15\tf\tf\tadmin\n");
                    }
                }
            }
        }
        return sb.toString();
    }

    /** COPY of prepared rows into indicator_value in one transaction; with or without the table's triggers. */
    private double copy(String rows, boolean triggers) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("select set_config('rodtrad.actor', 'admin', false)");
                if (!triggers) {
                    st.execute("set session_replication_role = replica");
                }
            }
            long t0 = System.nanoTime();
            var copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
            byte[] bytes = rows.getBytes(StandardCharsets.UTF_8);
            copy.copyIn("copy indicator_value (" + COLUMNS + ") from stdin", new java.io.ByteArrayInputStream(bytes), 1 << 16);
            c.commit();
            double seconds = (System.nanoTime() - t0) / 1e9;
            try (Statement st = c.createStatement()) {
                st.execute("reset session_replication_role");
            }
            c.commit();
            return seconds;
        }
    }

    private List<UUID> measures(List<UUID> created, String prefix, int n) throws Exception {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("""
                        insert into measure (code, kolada_id, name, short_name, unit, subject, source, by_gender, updated_by)
                        values (?, ?, ?, ?, '%', 'bench', 'Kolada (bench)', true, 'bench') returning id""")) {
            for (int m = 0; m < n; m++) {
                String code = code(prefix, m);
                ps.setString(1, code);
                ps.setString(2, code);
                ps.setString(3, "Importmått " + code);
                ps.setString(4, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        created.addAll(ids);
        return ids;
    }

    private static String code(String prefix, int m) {
        return prefix + String.format(Locale.ROOT, "%04d", m + 1);
    }

    private List<Unit> units() throws Exception {
        List<Unit> units = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id, kolada_id from org_unit where kolada_id is not null order by kolada_id")) {
            while (rs.next()) {
                units.add(new Unit(rs.getObject(1, UUID.class), rs.getString(2)));
            }
        }
        return units;
    }

    /** Leaves the dataset as it was: the bench's measures, values, import runs and their audit entries go. */
    private void cleanUp(List<UUID> measures) throws Exception {
        if (measures.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID[] ids = measures.toArray(UUID[]::new);
            try (Statement st = c.createStatement()) {
                st.execute("set session_replication_role = replica");
            }
            List<String> texts = measures.stream().map(UUID::toString).toList();
            for (String sql : new String[] {
                "delete from audit_entry where object_type = 'indicator_value' and aggregate_id = any (?)",
                "delete from audit_entry where object_type = 'measure' and object_id = any (?)"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setArray(1, c.createArrayOf("text", texts.toArray()));
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    delete from audit_entry where object_type = 'import_run' and object_id in (
                        select distinct import_id::text from indicator_value where measure_id = any (?) and import_id is not null)""")) {
                ps.setArray(1, c.createArrayOf("uuid", ids));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    create temporary table bench_runs on commit drop as
                    select distinct import_id from indicator_value where measure_id = any (?) and import_id is not null""")) {
                ps.setArray(1, c.createArrayOf("uuid", ids));
                ps.executeUpdate();
            }
            for (String sql : new String[] {
                "delete from indicator_value where measure_id = any (?)",
                "delete from measure where id = any (?)"}) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setArray(1, c.createArrayOf("uuid", ids));
                    ps.executeUpdate();
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("delete from import_run where id in (select import_id from bench_runs)");
                st.execute("reset session_replication_role");
            }
            c.commit();
        }
    }
}
