package se.rodtrad.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberRepository {

    private static final String SELECT = """
            select id, body_id, name, party, role, position, term_from, term_to, email, username, sort_order, source, exempeldata, version
            from body_member""";

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Member> forBody(UUID bodyId) {
        return jdbc.sql(SELECT + " where body_id = ? order by role, sort_order, name collate \"sv-SE-x-icu\"").param(bodyId)
                .query(MemberRepository::map).list();
    }

    Optional<Member> findById(UUID id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(MemberRepository::map).optional();
    }

    Optional<Member> findByName(UUID bodyId, String name) {
        return jdbc.sql(SELECT + " where body_id = ? and name = ?").params(bodyId, name).query(MemberRepository::map).optional();
    }

    UUID insert(UUID bodyId, String name, String party, String role, String position, java.time.LocalDate from, java.time.LocalDate to,
            String email, String username, int sortOrder, String source, boolean exempeldata, String user) {
        return jdbc.sql("""
                insert into body_member (body_id, name, party, role, position, term_from, term_to, email, username, sort_order, source,
                                         exempeldata, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyId, name, party, role, position, Date.valueOf(from), Date.valueOf(to), email, username, sortOrder, source, exempeldata,
                        user)
                .query(UUID.class).single();
    }

    boolean update(UUID id, int version, String name, String party, String role, String position, java.time.LocalDate from,
            java.time.LocalDate to, String email, String username, String user) {
        return jdbc.sql("""
                update body_member set name = ?, party = ?, role = ?, position = ?, term_from = ?, term_to = ?, email = ?, username = ?,
                       version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?""")
                .params(name, party, role, position, Date.valueOf(from), Date.valueOf(to), email, username, user, id, version).update() == 1;
    }

    record Change(String by, java.time.Instant at) {
    }

    Change lastChange(UUID id) {
        return jdbc.sql("select updated_by, updated_at from body_member where id = ?").param(id)
                .query((rs, i) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant())).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from body_member").query(Long.class).single() == 0;
    }

    private static Member map(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("name"), rs.getString("party"),
                rs.getString("role"), rs.getString("position"), rs.getDate("term_from").toLocalDate(), rs.getDate("term_to").toLocalDate(),
                rs.getString("email"), rs.getString("username"), rs.getInt("sort_order"), rs.getString("source"), rs.getBoolean("exempeldata"),
                rs.getInt("version"));
    }
}
