package se.rodtrad.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the database who is acting, on every connection handed out. The audit triggers read
 * {@code rodtrad.actor} so that every change, whichever path made it, is recorded with its author.
 * <p>
 * A pooled connection is handed out again and again, mostly to the same person within a request: the setting is a
 * session setting, so it is sent only when the physical connection does not hold this actor already (a round trip
 * saved on most reads; bench/README). That is remembered only for a setting made in autocommit mode — committed at
 * once, so no later rollback can take it back; a connection handed out inside a transaction is always told anew.
 */
class AuditActorDataSource extends DelegatingDataSource {

    static final String SYSTEM = "system";

    /** The actor each physical connection was last told, by identity; a connection the pool drops is forgotten. */
    private final Map<PGConnection, String> told = Collections.synchronizedMap(new WeakHashMap<>());

    AuditActorDataSource(DataSource target) {
        super(target);
    }

    /**
     * Set while the actor is being found out. Sessions live in PostgreSQL (Spring Session JDBC): the first look at the
     * security context of a request loads the session, which takes a connection of its own — from here. That one is told
     * "system" (sessions are not audited) instead of looking again, which would load the session again, and again, until
     * the pool was empty.
     */
    private static final ThreadLocal<Boolean> FINDING_ACTOR = new ThreadLocal<>();

    @Override
    public Connection getConnection() throws SQLException {
        String actor = actor(); // before the connection is taken: finding it may need one (the session) and give it back
        return withActor(super.getConnection(), actor);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        String actor = actor();
        return withActor(super.getConnection(username, password), actor);
    }

    private static String actor() {
        if (FINDING_ACTOR.get() != null) {
            return SYSTEM;
        }
        FINDING_ACTOR.set(Boolean.TRUE);
        try {
            return currentActor();
        } finally {
            FINDING_ACTOR.remove();
        }
    }

    private Connection withActor(Connection connection, String actor) throws SQLException {
        PGConnection physical;
        boolean autoCommit;
        try {
            physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
            autoCommit = connection.getAutoCommit();
            if (physical != null && autoCommit && actor.equals(told.get(physical))) {
                return connection;
            }
            if (physical != null) {
                told.remove(physical);
            }
            try (PreparedStatement st = connection.prepareStatement("select set_config('rodtrad.actor', ?, false)")) {
                st.setString(1, actor);
                st.execute();
            }
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        if (physical != null && autoCommit) {
            told.put(physical, actor);
        }
        return connection;
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
