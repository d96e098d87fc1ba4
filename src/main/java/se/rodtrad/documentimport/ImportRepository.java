package se.rodtrad.documentimport;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import se.rodtrad.planning.TargetDraft;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The kept proposals: the import, its lines as read, its items with what a person has done with them. */
@Repository
class ImportRepository {

    static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    /** The header row as stored. */
    record Header(UUID id, DocumentKind kind, UUID bodyId, String fileName, String format, int pages, String status, String title, Integer year,
            LocalDate meetingDate, LocalDate adjustmentDeadline, List<String> warnings, UUID resultId, Map<String, Object> result, int version,
            java.time.Instant createdAt, String createdBy, java.time.Instant updatedAt, String updatedBy) {
    }

    private final JdbcClient jdbc;

    ImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(DocumentKind kind, UUID bodyId, String fileName, DocumentReading.Reading r, String user) {
        UUID id = UUID.randomUUID();
        DocumentReading.Notice n = r.notice();
        jdbc.sql("""
                insert into document_import (id, kind, body_id, file_name, format, pages, title, year, meeting_date, adjustment_deadline, warnings,
                                             created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(id, kind.name(), bodyId, fileName, r.format(), r.pages(), r.title(), r.year(),
                        n == null || n.date() == null ? null : Date.valueOf(n.date()),
                        n == null || n.adjustmentDeadline() == null ? null : Date.valueOf(n.adjustmentDeadline()),
                        JSON.writeValueAsString(r.warnings()), user, user)
                .update();
        List<SourceLine> lines = r.lines();
        jdbc.sql("""
                insert into document_import_line (import_id, position, page, number, text)
                select ?, v.position, v.page, v.number, v.text from unnest(?::int[], ?::int[], ?::int[], ?::text[]) as v(position, page, number, text)""")
                .params(id, range(lines.size()), lines.stream().map(SourceLine::page).toArray(Integer[]::new),
                        lines.stream().map(SourceLine::number).toArray(Integer[]::new), lines.stream().map(SourceLine::text).toArray(String[]::new))
                .update();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < r.items().size(); i++) {
            ids.add(UUID.randomUUID());
        }
        for (int i = 0; i < r.items().size(); i++) {
            ProposedItem p = r.items().get(i);
            insertItem(ids.get(i), id, i, p.type(), p.kind(), p.number(), p.text(), p.tag(), p.issuer(), p.assignee(), p.heading(), p.section(),
                    p.parentIndex() < 0 ? null : ids.get(p.parentIndex()), p.page(), p.firstLine(), p.lastLine(), p.confidence(), p.reason(),
                    p.target(), p.additionalTargets(), p.targetReason(), p.details(), "PROPOSED", user);
        }
        return id;
    }

    private static Integer[] range(int n) {
        Integer[] a = new Integer[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    void insertItem(UUID id, UUID importId, int position, String type, String kind, String number, String text, String tag, String issuer,
            String assignee, String heading, String section, UUID parentId, int page, int firstLine, int lastLine, int confidence, String reason,
            TargetDraft target, List<TargetDraft> additional, String targetReason, Map<String, Object> details, String status, String user) {
        jdbc.sql("""
                insert into document_import_item (id, import_id, position, type, kind, number, text, tag, issuer, assignee, heading, section,
                       parent_id, page, first_line, last_line, confidence, reason, target, additional_targets, target_reason, details, status, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, cast(? as jsonb), ?, ?)""")
                .params(id, importId, position, type, kind, number, text, tag, issuer, assignee, heading, section, parentId, page, firstLine, lastLine,
                        confidence, reason, target == null ? null : JSON.writeValueAsString(target),
                        additional == null || additional.isEmpty() ? null : JSON.writeValueAsString(additional), targetReason,
                        details == null || details.isEmpty() ? null : JSON.writeValueAsString(details), status, user)
                .update();
    }

    Optional<Header> find(UUID id) {
        return jdbc.sql("select * from document_import where id = ?").param(id).query(ImportRepository::header).optional();
    }

    List<Header> recent(int limit) {
        return jdbc.sql("select * from document_import order by created_at desc limit ?").param(limit).query(ImportRepository::header).list();
    }

    /** The items in document order with parent index and depth worked out. */
    List<ImportItem> items(UUID importId) {
        List<ImportItem> raw = jdbc.sql("select * from document_import_item where import_id = ? order by position").param(importId)
                .query(ImportRepository::item).list();
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < raw.size(); i++) {
            index.put(raw.get(i).id(), i);
        }
        List<ImportItem> result = new ArrayList<>();
        Map<UUID, Integer> depth = new HashMap<>();
        for (ImportItem it : raw) {
            int d = it.parentId() == null ? 0 : depth.getOrDefault(it.parentId(), 0) + 1;
            depth.put(it.id(), d);
            result.add(new ImportItem(it.id(), it.position(), it.type(), it.kind(), it.number(), it.text(), it.tag(), it.issuer(), it.assignee(),
                    it.heading(), it.section(), it.parentId(), it.parentId() == null ? -1 : index.getOrDefault(it.parentId(), -1), d, it.page(),
                    it.firstLine(), it.lastLine(), it.confidence(), it.reason(), it.target(), it.additionalTargets(), it.targetReason(), it.details(),
                    it.status(), it.version()));
        }
        return result;
    }

    List<SourceLine> lines(UUID importId) {
        return jdbc.sql("select page, number, text from document_import_line where import_id = ? order by position").param(importId)
                .query((rs, n) -> new SourceLine(rs.getInt("page"), rs.getInt("number"), rs.getString("text"), false, false, false)).list();
    }

    /** Saves a person's change to an item, as read at {@code version}; false when someone saved it since. */
    boolean updateItem(ImportItem it, int version, String user) {
        return jdbc.sql("""
                update document_import_item set type = ?, kind = ?, number = ?, text = ?, tag = ?, parent_id = ?, last_line = ?,
                       target = cast(? as jsonb), additional_targets = cast(? as jsonb), target_reason = ?, status = ?, reason = ?,
                       version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""")
                .params(it.type(), it.kind(), it.number(), it.text(), it.tag(), it.parentId(), it.lastLine(),
                        it.target() == null ? null : JSON.writeValueAsString(it.target()),
                        it.additionalTargets().isEmpty() ? null : JSON.writeValueAsString(it.additionalTargets()), it.targetReason(), it.status(),
                        it.reason(), user, it.id(), version)
                .update() == 1;
    }

    void reparent(UUID from, UUID to, String user) {
        jdbc.sql("update document_import_item set parent_id = ?, version = version + 1, updated_at = now(), updated_by = ? where parent_id = ?")
                .params(to, user, from).update();
    }

    /** Makes room after {@code position} for a new item (positions are deferred-unique). */
    void shiftAfter(UUID importId, int position, String user) {
        jdbc.sql("update document_import_item set position = position + 1, updated_by = ? where import_id = ? and position > ?")
                .params(user, importId, position).update();
    }

    /** Moves the import along, as read at {@code version}; false when someone saved it since. */
    boolean touch(UUID id, int version, String user) {
        return jdbc.sql("update document_import set version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(user, id, version).update() == 1;
    }

    void touch(UUID id, String user) {
        jdbc.sql("update document_import set version = version + 1, updated_at = now(), updated_by = ? where id = ?").params(user, id).update();
    }

    void header(UUID id, String title, Integer year, LocalDate meetingDate, LocalDate deadline, String user) {
        jdbc.sql("""
                update document_import set title = ?, year = ?, meeting_date = ?, adjustment_deadline = ?, version = version + 1, updated_at = now(),
                       updated_by = ? where id = ?""")
                .params(title, year, meetingDate == null ? null : Date.valueOf(meetingDate), deadline == null ? null : Date.valueOf(deadline), user, id)
                .update();
    }

    void finish(UUID id, String status, UUID resultId, Map<String, Object> result, String user) {
        jdbc.sql("""
                update document_import set status = ?, result_id = ?, result = cast(? as jsonb), version = version + 1, updated_at = now(), updated_by = ?
                where id = ?""")
                .params(status, resultId, result == null ? null : JSON.writeValueAsString(result), user, id).update();
    }

    private static Header header(ResultSet rs, int n) throws SQLException {
        Date md = rs.getDate("meeting_date");
        Date ad = rs.getDate("adjustment_deadline");
        String result = rs.getString("result");
        return new Header(rs.getObject("id", UUID.class), DocumentKind.valueOf(rs.getString("kind")), rs.getObject("body_id", UUID.class),
                rs.getString("file_name"), rs.getString("format"), rs.getInt("pages"), rs.getString("status"), rs.getString("title"),
                (Integer) rs.getObject("year"), md == null ? null : md.toLocalDate(), ad == null ? null : ad.toLocalDate(),
                JSON.readValue(rs.getString("warnings"), new TypeReference<List<String>>() { }), rs.getObject("result_id", UUID.class),
                result == null ? null : JSON.readValue(result, new TypeReference<LinkedHashMap<String, Object>>() { }), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"), rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"));
    }

    private static ImportItem item(ResultSet rs, int n) throws SQLException {
        String target = rs.getString("target");
        String more = rs.getString("additional_targets");
        String details = rs.getString("details");
        return new ImportItem(rs.getObject("id", UUID.class), rs.getInt("position"), rs.getString("type"), rs.getString("kind"),
                rs.getString("number"), rs.getString("text"), rs.getString("tag"), rs.getString("issuer"), rs.getString("assignee"),
                rs.getString("heading"), rs.getString("section"), rs.getObject("parent_id", UUID.class), -1, 0, rs.getInt("page"),
                rs.getInt("first_line"), rs.getInt("last_line"), rs.getInt("confidence"), rs.getString("reason"),
                target == null ? null : JSON.readValue(target, TargetDraft.class),
                more == null ? List.of() : JSON.readValue(more, new TypeReference<List<TargetDraft>>() { }), rs.getString("target_reason"),
                details == null ? Map.of() : JSON.readValue(details, new TypeReference<LinkedHashMap<String, Object>>() { }), rs.getString("status"),
                rs.getInt("version"));
    }
}
