package se.rodtrad.followup.measures;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ImportRunRepository {

    /** A stored run as listed. */
    record Run(UUID id, String format, String fileNames, String source, java.time.LocalDate published, boolean exempeldata, int inserted,
            int updated, int unchanged, int rejected, java.time.Instant startedAt, String actor, String report) {
    }

    private final JdbcClient jdbc;

    ImportRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(String format, String fileNames, String source, java.time.LocalDate published, boolean exempeldata, String actor) {
        return jdbc.sql("""
                insert into import_run (format, file_names, source, published, exempeldata, inserted, updated, unchanged, rejected, report, actor)
                values (?, ?, ?, ?, ?, 0, 0, 0, 0, '{}', ?) returning id""")
                .params(format, fileNames, source, published == null ? null : Date.valueOf(published), exempeldata, actor)
                .query(UUID.class).single();
    }

    void complete(UUID id, int inserted, int updated, int unchanged, int rejected, String report) {
        jdbc.sql("update import_run set inserted = ?, updated = ?, unchanged = ?, rejected = ?, report = ? where id = ?")
                .params(inserted, updated, unchanged, rejected, report, id).update();
    }

    /** The latest runs, or only those whose file names or source contain the words (case-insensitive) when given. */
    List<Run> recent(int limit, String words) {
        String like = words == null || words.isBlank() ? null
                : "%" + words.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                select * from import_run
                where cast(? as text) is null or file_names ilike ? or source ilike ?
                order by started_at desc, id limit ?""")
                .params(like, like, like, limit).query(ImportRunRepository::map).list();
    }

    Optional<Run> find(UUID id) {
        return jdbc.sql("select * from import_run where id = ?").param(id).query(ImportRunRepository::map).optional();
    }

    private static Run map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        Date published = rs.getDate("published");
        return new Run(rs.getObject("id", UUID.class), rs.getString("format"), rs.getString("file_names"), rs.getString("source"),
                published == null ? null : published.toLocalDate(), rs.getBoolean("exempeldata"), rs.getInt("inserted"), rs.getInt("updated"),
                rs.getInt("unchanged"), rs.getInt("rejected"), rs.getTimestamp("started_at").toInstant(), rs.getString("actor"),
                rs.getString("report"));
    }
}
