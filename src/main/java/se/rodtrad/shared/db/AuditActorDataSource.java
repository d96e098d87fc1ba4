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
 * <p>
 * The actor is told when the connection is first used, not when it is handed out: a read-only transaction (the pages'
 * and the search's reads) cannot write, so it is never told. (Read-only in autocommit mode is only a hint to the driver,
 * which may still write: that one is told.) Before, a request with an API key read the change
 * counters as "system" (before the key was known) and searched as its person, and the same physical connection was
 * told twice a request, back and forth (bench/, api.search.new).
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

    private Connection withActor(Connection connection, String actor) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(AuditActorDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new TellsOnFirstUse(connection, actor));
    }

    /**
     * The connection as handed out: before its first statement (or before anyone reaches the PostgreSQL connection
     * behind it, e.g. for COPY) the actor is told, unless the connection is read-only by then.
     */
    private final class TellsOnFirstUse implements java.lang.reflect.InvocationHandler {

        private final Connection connection;
        private final String actor;
        private boolean settled;

        TellsOnFirstUse(Connection connection, String actor) {
            this.connection = connection;
            this.actor = actor;
        }

        @Override
        public Object invoke(Object proxy, java.lang.reflect.Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "createStatement", "prepareStatement", "prepareCall", "unwrap" -> {
                    if (!settled) {
                        settle();
                    }
                }
                // a connection that may write from now on is told before it does
                case "setReadOnly" -> settled = settled && Boolean.TRUE.equals(args[0]);
                case "setAutoCommit" -> settled = settled && Boolean.FALSE.equals(args[0]);
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "AuditActor[" + connection + "]";
                }
                default -> {
                }
            }
            try {
                return method.invoke(connection, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void settle() throws SQLException {
            settled = true;
            if (connection.isReadOnly() && !connection.getAutoCommit()) {
                return; // a read-only transaction (BEGIN READ ONLY): PostgreSQL refuses every write in it
            }
            PGConnection physical = connection.isWrapperFor(PGConnection.class) ? connection.unwrap(PGConnection.class) : null;
            boolean autoCommit = connection.getAutoCommit();
            if (physical != null && autoCommit && actor.equals(told.get(physical))) {
                return;
            }
            if (physical != null) {
                told.remove(physical);
            }
            try (PreparedStatement st = connection.prepareStatement("select set_config('rodtrad.actor', ?, false)")) {
                st.setString(1, actor);
                st.execute();
            }
            if (physical != null && autoCommit) {
                told.put(physical, actor);
            }
        }
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
