package se.rodtrad.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells the database who is acting, on every connection handed out. The audit triggers read
 * {@code rodtrad.actor} so that every change, whichever path made it, is recorded with its author.
 */
class AuditActorDataSource extends DelegatingDataSource {

    static final String SYSTEM = "system";

    AuditActorDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withActor(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withActor(super.getConnection(username, password));
    }

    private static Connection withActor(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select set_config('rodtrad.actor', ?, false)")) {
            st.setString(1, currentActor());
            st.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
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
