package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What a user enters survives a restart of the embedded default: the data directory is reused, not re-initialised. */
class EmbeddedPostgresRestartTest {

    @Test
    void data_written_before_a_restart_is_there_after_it(@TempDir Path dir) throws Exception {
        EmbeddedPostgresConfiguration config = new EmbeddedPostgresConfiguration();
        String dataDir = dir.resolve("pg").toString();
        try (EmbeddedPostgres first = config.embeddedPostgres(dataDir)) {
            JdbcClient jdbc = JdbcClient.create(first.getPostgresDatabase());
            jdbc.sql("create table kvar (text text)").update();
            jdbc.sql("insert into kvar values ('Regional tillväxtnämnd')").update();
        }
        try (EmbeddedPostgres second = config.embeddedPostgres(dataDir)) {
            DataSource ds = second.getPostgresDatabase();
            assertThat(JdbcClient.create(ds).sql("select text from kvar").query(String.class).single()).isEqualTo("Regional tillväxtnämnd");
        }
    }
}
