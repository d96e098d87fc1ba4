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
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;

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
                .setLocaleConfig("locale", "C.UTF-8");
        if (dataDir.isBlank()) {
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            Files.createDirectories(dir.getParent());
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Inbäddad PostgreSQL med data i {}", dir);
        }
        return builder.start();
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

    /**
     * zonky stops PostgreSQL in its own shutdown hook; close the pool first so nothing waits on a
     * vanished server (otherwise every JVM exit hangs for the pool's timeout).
     */
    @Bean
    ApplicationListener<ContextClosedEvent> closePoolBeforePostgresStops(DataSource dataSource) {
        return event -> {
            try {
                HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
                if (!hikari.isClosed()) {
                    hikari.close();
                }
            } catch (java.sql.SQLException notHikari) {
                // another pool: it closes itself with the context
            }
        };
    }
}
