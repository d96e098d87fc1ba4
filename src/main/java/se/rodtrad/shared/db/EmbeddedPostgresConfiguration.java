package se.rodtrad.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: with no {@code spring.datasource.url} the product starts a real PostgreSQL from
 * the Maven artifacts, keeping its data in {@code rodtrad.embedded.data-dir} (default {@code ./data/pg}) so
 * that what a user enters survives a restart. An empty data-dir means a throw-away database (tests).
 * With {@code SPRING_DATASOURCE_URL} set, this configuration is skipped and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${rodtrad.embedded.data-dir:./data/pg}") String dataDir) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "60")
                .setServerConfig("shared_buffers", "128MB")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                // stopped by this bean's close, after everything that uses it (the pool, the event registry) is closed —
                // zonky's own shutdown hook stopped it at the same time, under their feet
                .setRegisterShutdownHook(false);
        if (dataDir.isBlank()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            Files.createDirectories(dir.getParent());
            stopOrphanedServer(dir);
            refuseIfInUse(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Inbäddad PostgreSQL med data i {}", dir);
        }
        return builder.start();
    }

    /**
     * A product that was killed (kill -9, power loss of the JVM only, OOM killer) cannot stop its PostgreSQL: the
     * server runs on, orphaned, and holds the data directory, so the next start would fail. When no running product
     * holds the directory (its lock file is free) but a PostgreSQL server still does, that server is shut down
     * first — its clients are gone, so a smart shutdown ends at once, and what they had not committed (an import
     * cut off half-way) was never written. The next start then recovers the directory as after any crash.
     */
    static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        Path lockFile = dir.resolve("epg-lock");
        if (!Files.exists(pidFile) || !Files.exists(lockFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException unreadable) {
            return; // PostgreSQL itself judges a damaged lock file
        }
        var server = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
        if (server.isEmpty()) {
            return;
        }
        try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            if (lock == null) {
                return; // a running product holds the directory: leave it, the start fails with "could not lock"
            }
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            return;
        }
        log.warn("PostgreSQL (pid {}) kör fortfarande i {} utan någon produkt — den stängs innan starten", pid, dir);
        server.get().destroy();
        try {
            server.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") i " + dir + " stängde inte; stoppa den och starta om", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("avbruten medan PostgreSQL (pid " + pid + ") stängdes", e);
        }
    }

    /**
     * Another product holds the data directory (the backup command started beside a running product used to end in a
     * 135-line trace): one Swedish line says what to do — the backup runs online from the running product.
     */
    static void refuseIfInUse(Path dir) throws IOException {
        Path lockFile = dir.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (var channel = java.nio.channels.FileChannel.open(lockFile, java.nio.file.StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            if (lock != null) {
                return;
            }
        } catch (java.nio.channels.OverlappingFileLockException heldHere) {
            // held by this JVM: a second context in the same process, which zonky judges itself
            return;
        }
        throw new DataDirectoryInUse(dir);
    }

    /** The data directory is held by a running product; the message is the one line a person needs. */
    public static class DataDirectoryInUse extends IllegalStateException {
        DataDirectoryInUse(Path dir) {
            super("Databasen i " + dir + " används av en Röd tråd som redan körs: ta säkerhetskopian från den (GET /api/v1/admin/backup "
                    + "som administratör, se README) eller stoppa den först.");
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        ds.setUsername("postgres");
        ds.setMaximumPoolSize(20);
        ds.setPoolName("rodtrad-embedded");
        return ds;
    }
}
