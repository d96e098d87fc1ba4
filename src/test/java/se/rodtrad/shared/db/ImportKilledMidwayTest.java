package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import se.rodtrad.RodtradApplication;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.ImportRequest;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.MeasureForm;
import se.rodtrad.followup.measures.Measures;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;

/**
 * Crash safety: the product is killed with SIGKILL (what {@code kill -9}, the OOM killer or a pulled plug of the
 * JVM do) while an import is writing, and after a restart on the same data directory nothing of that import
 * exists — no value, no import run — while what was committed before it is still there.
 *
 * <p>The product runs as a child process ({@link Child}) on a temporary data directory; this test watches its
 * PostgreSQL until the import's write is under way and then kills the child. The restart is the product's
 * embedded-database start, which must cope with the PostgreSQL server the killed process left running.
 */
class ImportKilledMidwayTest {

    static final String MEASURE = "KRASCH-TEST";
    static final String FILE_PREFIX = "krasch-sida-";

    @Test
    void an_import_killed_with_sigkill_half_way_leaves_nothing_of_it_after_a_restart(@TempDir Path tmp) throws Exception {
        Path dataDir = tmp.resolve("pg");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                dataDir.toString()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = r.readLine()) != null;) {
                    lines.add(l);
                }
            } catch (java.io.IOException ended) {
                // the child is gone
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
        try {
            int port = Integer.parseInt(awaitLine(lines, child, "POSTGRES-PORT ", Duration.ofMinutes(10)));
            awaitLine(lines, child, "IMPORT-STARTED", Duration.ofMinutes(2));
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres")) {
                awaitImportWriting(c, child);
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child is dead").isTrue();
            assertThat(lines).as("the import never finished").noneMatch(l -> l.startsWith("IMPORT-DONE"));

            // restart on the same directory: the server the killed product left running is stopped first
            try (EmbeddedPostgres restarted = new EmbeddedPostgresConfiguration().embeddedPostgres(dataDir.toString())) {
                JdbcClient jdbc = JdbcClient.create(restarted.getPostgresDatabase());
                assertThat(jdbc.sql("select count(*) from measure where code = ?").param(MEASURE).query(Long.class).single())
                        .as("committed before the import").isEqualTo(1);
                assertThat(jdbc.sql("select count(*) from indicator_value v join measure m on m.id = v.measure_id where m.code = ?")
                        .param(MEASURE).query(Long.class).single()).as("values of the killed import").isZero();
                assertThat(jdbc.sql("select count(*) from import_run where file_names like ?").param(FILE_PREFIX + "%")
                        .query(Long.class).single()).as("the killed import's run").isZero();
                assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'indicator_value' and aggregate_id = "
                        + "(select id::text from measure where code = ?)").param(MEASURE).query(Long.class).single())
                        .as("history of values never written").isZero();
                // and the product's data is otherwise intact: the demo plans are there
                assertThat(jdbc.sql("select count(*) from plan where key = 'rtn-2023'").query(Long.class).single()).isEqualTo(1);
            }
        } finally {
            child.destroyForcibly();
            stopServerIn(dataDir);
        }
    }

    /** Waits until a backend of the child is writing the import (its COPY or INSERT into indicator_value runs). */
    private static void awaitImportWriting(Connection c, Process child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (Statement st = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = st.executeQuery("""
                        select count(*) from pg_stat_activity
                        where pid <> pg_backend_pid() and state = 'active' and backend_xid is not null
                          and query ilike '%indicator_value%'""")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                if (!child.isAlive()) {
                    throw new AssertionError("the child ended before its import wrote anything");
                }
                Thread.sleep(5);
            }
        }
        throw new AssertionError("the import did not start writing within 3 minutes");
    }

    private static String awaitLine(BlockingQueue<String> lines, Process child, String prefix, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String l = lines.poll(200, TimeUnit.MILLISECONDS);
            if (l != null) {
                seen.add(l);
                if (l.startsWith(prefix)) {
                    return l.substring(prefix.length()).strip();
                }
            } else if (!child.isAlive() && lines.isEmpty()) {
                throw new AssertionError("the child ended (" + child.exitValue() + ") before \"" + prefix + "\":\n"
                        + String.join("\n", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
            }
        }
        throw new AssertionError("no \"" + prefix + "\" from the child within " + timeout);
    }

    /** Leaves no server behind whatever happened. */
    private static void stopServerIn(Path dataDir) {
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
                ProcessHandle.of(pid).ifPresent(p -> {
                    p.destroy();
                    p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
                });
            }
        } catch (Exception ignored) {
            // best effort
        }
    }

    /**
     * The product on a data directory, committing a measure and then importing ~300 000 Kolada values for it in
     * one import (nineteen pages), announcing on standard output where it is.
     */
    public static final class Child {

        public static void main(String[] args) throws Exception {
            ConfigurableApplicationContext context = SpringApplication.run(RodtradApplication.class, "--rodtrad.embedded.data-dir=" + args[0],
                    "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
            System.out.println("POSTGRES-PORT " + context.getBean(EmbeddedPostgres.class).getPort());
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken("admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
            context.getBean(Measures.class).create(new MeasureForm(MEASURE, null, "Krasch-test", "krasch-test", "antal", "Krasch-test", null,
                    null, "Test", true));
            List<String> units = context.getBean(JdbcClient.class).sql("select kolada_id from org_unit where kolada_id is not null order by 1")
                    .query(String.class).list();
            List<ImportFile> pages = new ArrayList<>();
            StringBuilder page = new StringBuilder();
            int entries = 0;
            for (int year = 1901; year < 2200; year++) {
                for (String unit : units) {
                    page.append(entries == 0 ? "{\"values\": [" : ",").append("{\"kpi\": \"").append(MEASURE).append("\", \"municipality\": \"")
                            .append(unit).append("\", \"period\": ").append(year).append(", \"values\": [{\"gender\": \"K\", \"value\": 1.5}, "
                                    + "{\"gender\": \"M\", \"value\": 2.5}, {\"gender\": \"T\", \"value\": 2.0}]}");
                    if (++entries == 5000) {
                        pages.add(new ImportFile(FILE_PREFIX + (pages.size() + 1) + ".json", close(page, entries)));
                        page.setLength(0);
                        entries = 0;
                    }
                }
            }
            if (entries > 0) {
                pages.add(new ImportFile(FILE_PREFIX + (pages.size() + 1) + ".json", close(page, entries)));
            }
            System.out.println("IMPORT-STARTED " + pages.size() + " pages");
            ImportReport report = context.getBean(Imports.class).run(new ImportRequest(ImportFormat.KOLADA_JSON, pages,
                    new ImportOptions(null, null, Map.of(), Map.of(), null, LocalDate.of(2025, 3, 15), false), false));
            System.out.println("IMPORT-DONE " + report.inserted());
            context.close();
        }

        private static byte[] close(StringBuilder page, int entries) {
            return (page + "], \"count\": " + entries + "}").getBytes(StandardCharsets.UTF_8);
        }
    }
}
