package se.rodtrad.meetings;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

@Repository
class DiaryRepository {

    private static final String SELECT = """
            select c.id, c.case_number, s.code as series_code, c.year, c.number, c.title, c.registered_on, c.body_id,
                   c.unit_id, c.case_officer, c.status, c.confidential, c.secrecy_ref,
                   c.void_reason, c.source, c.exempeldata, c.version, c.updated_at, c.updated_by
            from diary_case c join diary_series s on s.id = c.series_id
            """;

    private final JdbcClient jdbc;

    private final Organisation organisation;

    DiaryRepository(JdbcClient jdbc, Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    record Series(UUID id, UUID organisationId, String code, String name, String format) {
        CaseNumberFormat caseNumberFormat() {
            return new CaseNumberFormat(format);
        }
    }

    List<Series> series() {
        return jdbc.sql("select id, organisation_id, code, name, format from diary_series order by code")
                .query((rs, i) -> new Series(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    Optional<Series> seriesByCode(String code) {
        return series().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    UUID insertSeries(UUID organisationId, String code, String name, String format) {
        return jdbc.sql("insert into diary_series (organisation_id, code, name, format) values (?, ?, ?, ?) returning id")
                .params(organisationId, code, name, format).query(UUID.class).single();
    }

    /** The next number of the series and year: the counter only ever rises, so a number is never given twice. */
    int nextNumber(UUID seriesId, int year) {
        return jdbc.sql("""
                insert into diary_counter (series_id, year, last_number)
                values (:s, :y, coalesce((select max(number) from diary_case where series_id = :s and year = :y), 0) + 1)
                on conflict (series_id, year) do update set last_number = diary_counter.last_number + 1
                returning last_number""").param("s", seriesId).param("y", year).query(Integer.class).single();
    }

    /** Raises the counter to at least {@code number} (a case registered with its number from before). */
    void raiseCounter(UUID seriesId, int year, int number) {
        jdbc.sql("""
                insert into diary_counter (series_id, year, last_number) values (?, ?, ?)
                on conflict (series_id, year) do update set last_number = greatest(diary_counter.last_number, excluded.last_number)""")
                .params(seriesId, year, number).update();
    }

    int lastNumber(UUID seriesId, int year) {
        return jdbc.sql("select coalesce((select last_number from diary_counter where series_id = ? and year = ?), 0)").params(seriesId, year)
                .query(Integer.class).single();
    }

    boolean caseNumberTaken(String caseNumber) {
        return jdbc.sql("select exists (select 1 from diary_case where case_number = ?)").param(caseNumber).query(Boolean.class).single();
    }

    UUID insert(UUID seriesId, int year, int number, String caseNumber, String title, LocalDate registeredOn, UUID bodyId, UUID unitId,
            String caseOfficer, CaseStatus status, boolean confidential, String secrecyRef, String source, boolean exempeldata, String user) {
        return jdbc.sql("""
                insert into diary_case (series_id, year, number, case_number, title, registered_on, body_id, unit_id, case_officer, status,
                                        confidential, secrecy_ref, source, exempeldata, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(seriesId, year, number, caseNumber, title, registeredOn == null ? null : Date.valueOf(registeredOn), bodyId, unitId, caseOfficer, status.name(),
                        confidential, secrecyRef, source, exempeldata, user)
                .query(UUID.class).single();
    }

    boolean update(UUID id, int version, String title, UUID unitId, String caseOfficer, boolean confidential, String secrecyRef, String user) {
        return jdbc.sql("""
                update diary_case set title = ?, unit_id = ?, case_officer = ?, confidential = ?, secrecy_ref = ?, version = version + 1,
                       updated_at = now(), updated_by = ? where id = ? and version = ?""")
                .params(title, unitId, caseOfficer, confidential, secrecyRef, user, id, version).update() == 1;
    }

    boolean updateStatus(UUID id, int version, CaseStatus to, String voidReason, String user) {
        return jdbc.sql("""
                update diary_case set status = ?, void_reason = coalesce(?, void_reason), version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""").params(to.name(), voidReason, user, id, version).update() == 1;
    }

    void recordStatusChange(UUID caseId, CaseStatus from, CaseStatus to, String note, String user) {
        jdbc.sql("insert into diary_case_status_change (case_id, from_status, to_status, note, changed_by) values (?, ?, ?, ?, ?)")
                .params(caseId, from == null ? null : from.name(), to.name(), note, user).update();
    }

    List<CaseStatusChange> statusChanges(UUID caseId) {
        return jdbc.sql("select from_status, to_status, note, changed_at, changed_by from diary_case_status_change where case_id = ? order by id")
                .param(caseId)
                .query((rs, i) -> new CaseStatusChange(rs.getString(1) == null ? null : CaseStatus.valueOf(rs.getString(1)),
                        CaseStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
    }

    Optional<DiaryCase> findById(UUID id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::map).optional();
    }

    Optional<DiaryCase> findByNumber(String caseNumber) {
        return jdbc.sql(SELECT + " where c.case_number = ?").param(caseNumber).query(this::map).optional();
    }

    List<DiaryCase> find(String text, CaseStatus status, UUID bodyId, int limit) {
        StringBuilder sql = new StringBuilder(SELECT + " where true");
        var spec = jdbc.sql("");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (text != null) {
            sql.append(" and (c.case_number ilike :like or c.search @@ websearch_to_tsquery('swedish', :q))");
            params.put("like", "%" + text.replace("%", "\\%").replace("_", "\\_") + "%");
            params.put("q", text);
        }
        if (status != null) {
            sql.append(" and c.status = :status");
            params.put("status", status.name());
        }
        if (bodyId != null) {
            sql.append(" and c.body_id = :body");
            params.put("body", bodyId);
        }
        sql.append(" order by c.year desc, c.number desc limit :limit");
        params.put("limit", limit);
        spec = jdbc.sql(sql.toString());
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return spec.query(this::map).list();
    }

    // --- documents ---

    private static final String DOC_COLUMNS = "id, case_id, title, kind, file_name, content_type, size_bytes, href, confidential, secrecy_ref, registered_on, version";

    UUID insertDocument(UUID caseId, String title, String kind, String fileName, String contentType, byte[] content, String href,
            boolean confidential, String secrecyRef, LocalDate registeredOn, String user) {
        return jdbc.sql("""
                insert into case_document (case_id, title, kind, file_name, content_type, size_bytes, content, href, confidential, secrecy_ref,
                                           registered_on, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, title, kind, fileName, contentType, content == null ? null : (long) content.length, content, href, confidential,
                        secrecyRef, Date.valueOf(registeredOn), user)
                .query(UUID.class).single();
    }

    List<CaseDocument> documents(UUID caseId) {
        return jdbc.sql("select " + DOC_COLUMNS + " from case_document where case_id = ? order by registered_on, title collate \"sv-SE-x-icu\"")
                .param(caseId).query(DiaryRepository::mapDocument).list();
    }

    Optional<CaseDocument> document(UUID id) {
        return jdbc.sql("select " + DOC_COLUMNS + " from case_document where id = ?").param(id).query(DiaryRepository::mapDocument).optional();
    }

    byte[] content(UUID documentId) {
        return jdbc.sql("select content from case_document where id = ?").param(documentId).query((rs, i) -> rs.getBytes(1)).single();
    }

    // --- gaps ---

    void insertGap(UUID seriesId, int year, int from, int to, String reason, String user) {
        jdbc.sql("insert into diary_gap (series_id, year, from_number, to_number, reason, recorded_by) values (?, ?, ?, ?, ?, ?)")
                .params(seriesId, year, from, to, reason, user).update();
    }

    List<DiaryGap> gaps() {
        return jdbc.sql("""
                select g.id, s.code, g.year, g.from_number, g.to_number, g.reason, g.recorded_at, g.recorded_by
                from diary_gap g join diary_series s on s.id = g.series_id order by g.year desc, s.code, g.from_number""")
                .query((rs, i) -> new DiaryGap(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getString(8))).list();
    }

    boolean overlapsCaseOrGap(UUID seriesId, int year, int from, int to) {
        return jdbc.sql("""
                select exists (select 1 from diary_case where series_id = :s and year = :y and number between :f and :t)
                    or exists (select 1 from diary_gap where series_id = :s and year = :y and from_number <= :t and to_number >= :f)""")
                .param("s", seriesId).param("y", year).param("f", from).param("t", to).query(Boolean.class).single();
    }

    boolean isEmpty() {
        return jdbc.sql("select count(*) from diary_series").query(Long.class).single() == 0;
    }

    /** A unit as the organisation module names it (null for none). */
    private Unit unit(UUID id) {
        if (id == null) {
            return null;
        }
        Unit unit = organisation.unitsById().get(id);
        return unit != null ? unit : organisation.unit(id);
    }

    private DiaryCase map(ResultSet rs, int row) throws SQLException {
        Unit body = unit(rs.getObject("body_id", UUID.class));
        Unit ownUnit = unit(rs.getObject("unit_id", UUID.class));
        return new DiaryCase(rs.getObject("id", UUID.class), rs.getString("case_number"), rs.getString("series_code"), rs.getInt("year"),
                rs.getInt("number"), rs.getString("title"), date(rs.getDate("registered_on")), rs.getObject("body_id", UUID.class),
                body == null ? null : body.code(), body == null ? null : body.name(), rs.getObject("unit_id", UUID.class),
                ownUnit == null ? null : ownUnit.name(),
                rs.getString("case_officer"), CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("confidential"), rs.getString("secrecy_ref"),
                rs.getString("void_reason"), rs.getString("source"), rs.getBoolean("exempeldata"), rs.getInt("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static CaseDocument mapDocument(ResultSet rs, int row) throws SQLException {
        long size = rs.getLong("size_bytes");
        return new CaseDocument(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class), rs.getString("title"), rs.getString("kind"),
                rs.getString("file_name"), rs.getString("content_type"), rs.wasNull() ? null : size, rs.getString("href"),
                rs.getBoolean("confidential"), rs.getString("secrecy_ref"), rs.getDate("registered_on").toLocalDate(), rs.getInt("version"));
    }
}
