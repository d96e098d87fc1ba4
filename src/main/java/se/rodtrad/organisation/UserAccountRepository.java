package se.rodtrad.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserAccountRepository {

    record Account(UUID id, String username, String displayName, String passwordHash, Role role, boolean enabled, boolean demo) {
    }

    private final JdbcClient jdbc;

    UserAccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select id, username, display_name, password_hash, role, enabled, demo from user_account where username = ?")
                .param(username)
                .query((rs, i) -> new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("demo")))
                .optional();
    }

    List<Account> findDemoAccounts() {
        return jdbc.sql("select id, username, display_name, password_hash, role, enabled, demo from user_account where demo order by username")
                .query((rs, i) -> new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("demo")))
                .list();
    }

    List<UUID> findScopeUnitIds(UUID userId) {
        return jdbc.sql("select unit_id from user_scope where user_id = ?").param(userId).query(UUID.class).list();
    }

    UUID insert(String username, String displayName, String passwordHash, Role role, boolean demo) {
        return jdbc.sql("insert into user_account (username, display_name, password_hash, role, demo) values (?, ?, ?, ?, ?) returning id")
                .params(username, displayName, passwordHash, role.name(), demo).query(UUID.class).single();
    }

    void addScope(UUID userId, UUID unitId) {
        jdbc.sql("insert into user_scope (user_id, unit_id) values (?, ?) on conflict do nothing").params(userId, unitId).update();
    }

    long count() {
        return jdbc.sql("select count(*) from user_account").query(Long.class).single();
    }

    Optional<Account> findByTokenHash(String tokenHash) {
        return jdbc.sql("""
                select a.id, a.username, a.display_name, a.password_hash, a.role, a.enabled, a.demo
                from api_token t join user_account a on a.id = t.user_id
                where t.token_hash = ? and not t.revoked""")
                .param(tokenHash)
                .query((rs, i) -> new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                        rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getBoolean("enabled"), rs.getBoolean("demo")))
                .optional();
    }

    UUID insertToken(UUID userId, String name, String tokenHash) {
        return jdbc.sql("insert into api_token (user_id, name, token_hash) values (?, ?, ?) returning id")
                .params(userId, name, tokenHash).query(UUID.class).single();
    }

    record TokenInfo(UUID id, String name, java.time.Instant createdAt, boolean revoked) {
    }

    List<TokenInfo> findTokens(UUID userId) {
        return jdbc.sql("select id, name, created_at, revoked from api_token where user_id = ? order by created_at desc")
                .param(userId)
                .query((rs, i) -> new TokenInfo(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("revoked")))
                .list();
    }

    boolean revokeToken(UUID userId, UUID tokenId) {
        return jdbc.sql("update api_token set revoked = true where id = ? and user_id = ? and not revoked").params(tokenId, userId).update() == 1;
    }
}
