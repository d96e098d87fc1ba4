package se.rodtrad.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Dumps the whole database to one file and restores it, for the embedded default and an external PostgreSQL
 * alike (no pg_dump of a matching version needed). The file is a zip: a manifest with the schema version of
 * every module, then each table as PostgreSQL's binary COPY. A restore goes into a database of the same
 * schema version in ONE transaction: it replaces every row, or on any error changes nothing.
 */
@Component
public class DatabaseBackup {

    static final String MANIFEST = "manifest.txt";

    private final DataSource dataSource;

    DatabaseBackup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The application's tables in the public schema, parents before children. A partitioned table is one table here,
     * its partitions none: which partitions exist follows the data (planning's search words, one per plan year), and a
     * restore into a database with other years must still find every table it reads.
     */
    List<String> tables(Connection c) {
        return JdbcClient.create(dataSource).sql("""
                with recursive t as (
                    select c.oid, c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition),
                deps as (
                    select t.name, 0 as depth from t
                    union all
                    select child.relname::text, d.depth + 1
                    from pg_constraint k join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                    join deps d on d.name = parent.relname::text
                    where k.contype = 'f' and child.oid <> parent.oid and not child.relispartition and d.depth < 20)
                select name from deps group by name order by max(depth), name""")
                .query(String.class).list();
    }

    /**
     * The dump, online: one read-only REPEATABLE READ transaction sees one snapshot of every table, as {@code pg_dump}
     * does, while the product goes on serving and writing. The sessions (Spring Session's tables) are left out: a restore
     * must not bring back who was signed in then.
     */
    public void dump(OutputStream target) {
        try (Connection c = dataSource.getConnection(); ZipOutputStream zip = new ZipOutputStream(target)) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            List<String> tables = tables(c).stream().filter(t -> !isSession(t)).toList();
            String manifest = manifest(c, tables); // the first read: the snapshot is taken here, before a byte is written
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            Set<String> partitioned = partitioned(c);
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry(table + ".copy"));
                // a partitioned table through a query: COPY reads it no other way. Its rows go back into the partitions
                // of their years, made as the plans are copied (planning/V9)
                copy.copyOut(partitioned.contains(table) ? "copy (select * from public." + quote(table) + ") to stdout (format binary)"
                        : "copy public." + quote(table) + " to stdout (format binary)", zip);
                zip.closeEntry();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Säkerhetskopieringen misslyckades: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void restore(InputStream source) {
        try (Connection c = dataSource.getConnection(); ZipInputStream zip = new ZipInputStream(source)) {
            c.setAutoCommit(false);
            try {
                ZipEntry first = zip.getNextEntry();
                if (first == null || !MANIFEST.equals(first.getName())) {
                    throw new IllegalArgumentException("Filen är ingen säkerhetskopia från Röd tråd (manifest saknas).");
                }
                List<String> tables = tables(c);
                String manifest = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                String expected = manifest(c, tables);
                if (!versions(manifest).equals(versions(expected))) {
                    throw new IllegalArgumentException("Säkerhetskopian har en annan schemaversion än databasen:\n" + versions(manifest)
                            + "\nmot\n" + versions(expected));
                }
                try (Statement st = c.createStatement()) {
                    // Rows come back exactly as they were: no triggers (the trail is restored, not rewritten), no FK order issues.
                    st.execute("set local session_replication_role = replica");
                    st.execute("truncate " + String.join(", ", tables.stream().map(t -> "public." + quote(t)).toList()));
                }
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                // the sessions were emptied with the rest (everyone signs in again after a restore) and are not restored,
                // also from a file written before they were left out
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    String table = e.getName().replace(".copy", "");
                    if (isSession(table)) {
                        continue;
                    }
                    if (!tables.contains(table)) {
                        throw new IllegalArgumentException("Okänd tabell i säkerhetskopian: " + table);
                    }
                    copy.copyIn("copy public." + quote(table) + " from stdin (format binary)", new NonClosing(zip));
                }
                resetIdentities(c);
                c.commit();
            } catch (RuntimeException | SQLException | IOException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Återläsningen misslyckades, databasen är oförändrad: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Återläsningen misslyckades, databasen är oförändrad", e);
        }
    }

    private static Set<String> partitioned(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        try (Statement st = c.createStatement(); var rs = st.executeQuery("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'p'""")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void resetIdentities(Connection c) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (Statement st = c.createStatement(); var rs = st.executeQuery("""
                select table_name, column_name from information_schema.columns
                where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval%')""")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement st = c.createStatement()) {
            for (String[] col : columns) {
                st.execute("select setval(pg_get_serial_sequence('public." + quote(col[0]) + "', '" + col[1] + "'), "
                        + "coalesce((select max(" + quote(col[1]) + ") from public." + quote(col[0]) + "), 0) + 1, false)");
            }
        }
    }

    /** The schema version of every module (Flyway history tables) and the table list. */
    private String manifest(Connection c, List<String> tables) throws SQLException {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String t : tables) {
            if (t.startsWith("flyway_schema_history")) {
                try (Statement st = c.createStatement();
                        var rs = st.executeQuery("select coalesce(max(version), '') from public." + quote(t) + " where success")) {
                    rs.next();
                    versions.put(t, rs.getString(1));
                }
            }
        }
        StringBuilder sb = new StringBuilder("rodtrad-backup 1\n");
        versions.forEach((k, v) -> sb.append("schema ").append(k).append(' ').append(v).append('\n'));
        tables.forEach(t -> sb.append("table ").append(t).append('\n'));
        return sb.toString();
    }

    private static String versions(String manifest) {
        return manifest.lines().filter(l -> l.startsWith("schema ")).sorted().reduce("", (a, b) -> a + b + "\n");
    }

    /** Spring Session's tables: who is signed in now, no content of the product. */
    static boolean isSession(String table) {
        return table.startsWith("spring_session");
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** COPY closes the stream it reads; the zip must stay open for the next table. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
