package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every connection handed out names the person acting, also when the pool hands the same physical connection to
 * one person after another, and the setting is sent only when the connection does not hold it already.
 * One pooled connection, so every checkout is the same physical connection.
 */
class AuditActorDataSourceTest {

    @TempDir
    static Path dir;

    private static EmbeddedPostgres postgres;
    private HikariDataSource pool;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(dir.resolve("pg").toString());
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void startPool() {
        pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setMaximumPoolSize(1);
    }

    @AfterEach
    void stopPool() {
        SecurityContextHolder.clearContext();
        pool.close();
    }

    @Test
    void each_checkout_names_whoever_acts_now() throws SQLException {
        AuditActorDataSource ds = new AuditActorDataSource(pool);
        assertThat(actorSeenBy(ds)).isEqualTo("system");
        signIn("controller");
        assertThat(actorSeenBy(ds)).isEqualTo("controller");
        assertThat(actorSeenBy(ds)).isEqualTo("controller");
        signIn("admin");
        assertThat(actorSeenBy(ds)).isEqualTo("admin");
        signIn("controller");
        assertThat(actorSeenBy(ds)).isEqualTo("controller");
        SecurityContextHolder.clearContext();
        assertThat(actorSeenBy(ds)).isEqualTo("system");
    }

    @Test
    void a_connection_that_already_names_the_actor_is_not_told_again() throws SQLException {
        AuditActorDataSource ds = new AuditActorDataSource(pool);
        signIn("controller");
        assertThat(actorSeenBy(ds)).isEqualTo("controller");
        // behind the wrapper's back (nothing in the product does this): had the wrapper set the actor again, this would be gone
        try (Connection raw = pool.getConnection(); Statement st = raw.createStatement()) {
            st.execute("select set_config('rodtrad.actor', 'controller-utan-ny-rundtur', false)");
        }
        assertThat(actorSeenBy(ds)).isEqualTo("controller-utan-ny-rundtur");
        signIn("admin");
        assertThat(actorSeenBy(ds)).isEqualTo("admin");
    }

    @Test
    void a_setting_a_rollback_took_back_is_made_again() throws SQLException {
        pool.setAutoCommit(false); // a pool handing out connections inside a transaction
        AuditActorDataSource ds = new AuditActorDataSource(pool);
        signIn("controller");
        try (Connection c = ds.getConnection()) {
            assertThat(actor(c)).isEqualTo("controller");
            c.rollback(); // the set_config was part of the transaction and is gone with it
        }
        assertThat(actorSeenBy(ds)).isEqualTo("controller");
    }

    @Test
    void a_read_only_connection_is_not_told_and_is_told_before_it_may_write() throws SQLException {
        AuditActorDataSource ds = new AuditActorDataSource(pool);
        assertThat(actorSeenBy(ds)).isEqualTo("system");
        signIn("controller");
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true); // as a read-only transaction begins: it cannot write, so no round trip names anyone
            c.setAutoCommit(false);
            assertThat(actor(c)).isEqualTo("system");
            c.rollback();
            c.setReadOnly(false);
            assertThat(actor(c)).isEqualTo("controller");
            c.commit();
            c.setAutoCommit(true);
        }
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true); // read-only in autocommit mode is a hint the driver does not enforce: told
            assertThat(actor(c)).isEqualTo("controller");
        }
        SecurityContextHolder.clearContext();
        try (Connection c = ds.getConnection()) {
            c.setReadOnly(true);
            assertThat(actor(c)).isEqualTo("system");
        }
        signIn("controller");
        // the next checkout by the same person finds it named already
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("create temporary table t (x int)"); // a write sees the person
            assertThat(actor(c)).isEqualTo("controller");
        }
    }

    @Test
    void whoever_reaches_the_postgresql_connection_behind_it_finds_the_actor_told() throws SQLException {
        AuditActorDataSource ds = new AuditActorDataSource(pool);
        signIn("admin");
        try (Connection c = ds.getConnection()) {
            org.postgresql.PGConnection physical = c.unwrap(org.postgresql.PGConnection.class); // as COPY does
            try (Statement st = ((Connection) physical).createStatement(); ResultSet rs = st.executeQuery("select current_setting('rodtrad.actor', true)")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("admin");
            }
        }
    }

    private static String actorSeenBy(AuditActorDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            String actor = actor(c);
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            return actor;
        }
    }

    private static String actor(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select current_setting('rodtrad.actor', true)")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void signIn(String name) {
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(name, null, AuthorityUtils.createAuthorityList("ROLE_USER")));
    }
}
