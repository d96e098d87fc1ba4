package se.rodtrad.followup.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.planning.ReportOccasion;

@Repository
class AssignmentStatusRepository {

    /** One stored status of an assignment at an occasion. */
    record Row(UUID id, UUID planId, UUID itemId, ReportOccasion occasion, AssignmentStatus status, String comment, boolean exempeldata,
            int version, Instant updatedAt, String updatedBy) {
    }

    private final JdbcClient jdbc;

    AssignmentStatusRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> findByPlan(UUID planId, ReportOccasion occasion) {
        return jdbc.sql("select * from assignment_status where plan_id = ? and occasion = ?").params(planId, occasion.name())
                .query(AssignmentStatusRepository::map).list();
    }

    Optional<Row> find(UUID itemId, ReportOccasion occasion) {
        return jdbc.sql("select * from assignment_status where item_id = ? and occasion = ?").params(itemId, occasion.name())
                .query(AssignmentStatusRepository::map).optional();
    }

    boolean isEmpty() {
        return jdbc.sql("select not exists (select 1 from assignment_status)").query(Boolean.class).single();
    }

    void insert(UUID planId, UUID itemId, UUID bodyId, ReportOccasion occasion, AssignmentStatus status, String comment, boolean exempeldata,
            String actor) {
        jdbc.sql("""
                insert into assignment_status (plan_id, item_id, body_id, occasion, status, comment, exempeldata, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, itemId, bodyId, occasion.name(), status.name(), comment, exempeldata, actor).update();
    }

    /** A person's save: the exempeldata flag goes, the version must be the one the person saw. */
    boolean update(UUID id, int version, AssignmentStatus status, String comment, String actor) {
        return jdbc.sql("""
                update assignment_status set status = ?, comment = ?, exempeldata = false, version = version + 1, updated_at = now(),
                       updated_by = ?
                where id = ? and version = ?""")
                .params(status.name(), comment, actor, id, version).update() == 1;
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class), rs.getObject("item_id", UUID.class),
                ReportOccasion.valueOf(rs.getString("occasion")), AssignmentStatus.valueOf(rs.getString("status")), rs.getString("comment"),
                rs.getBoolean("exempeldata"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
