package se.rodtrad.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the trail. Writing happens in the database, so nothing in Java can forget or skip it. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** Bookkeeping columns every audited row has; their change is implied by the entry itself. */
    private static final Set<String> BOOKKEEPING = Set.of("version", "updated_at", "updated_by", "created_at");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String COLUMNS = "id, occurred_at, actor, object_type, object_id, operation, before_state, after_state, "
            + "aggregate_type, aggregate_id, xact";

    /** An object the trail records changes of, or a whole (aggregate) whose parts it records under it. */
    public record ObjectRef(String type, String id) {
    }

    /** Who and when to show: a person's username (null for everyone) and a period of days (either end open). */
    public record Filter(String actor, LocalDate from, LocalDate to) {

        public static final Filter NONE = new Filter(null, null, null);

        Instant start() {
            return from == null ? Instant.EPOCH : from.atStartOfDay(STOCKHOLM).toInstant();
        }

        Instant end() {
            return to == null ? Instant.parse("9999-12-31T00:00:00Z") : to.plusDays(1).atStartOfDay(STOCKHOLM).toInstant();
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The history of one object and of every part recorded under it as aggregate, newest first. */
    public List<HistoryEntry> history(String objectType, Object objectId) {
        return history(objectType, objectId, 500);
    }

    /** The newest {@code limit} entries of {@link #history(String, Object)}: only those are read and parsed. */
    public List<HistoryEntry> history(String objectType, Object objectId, int limit) {
        return history(objectType, objectId, Filter.NONE, limit);
    }

    /** The history of one object and its parts, of one person and a period. */
    public List<HistoryEntry> history(String objectType, Object objectId, Filter filter, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry "
                + "where ((object_type = ? and object_id = ?) or (aggregate_type = ? and aggregate_id = ?)) "
                + "and (cast(? as text) is null or actor = ?) and occurred_at >= ? and occurred_at < ? order by id desc limit ?")
                .params(objectType, String.valueOf(objectId), objectType, String.valueOf(objectId), filter.actor(), filter.actor(),
                        java.sql.Timestamp.from(filter.start()), java.sql.Timestamp.from(filter.end()), Math.min(limit, 500))
                .query(this::map).list();
    }

    /** The latest changes made by anyone, newest first (the start page's "Senaste ändringar"). */
    public List<HistoryEntry> recent(int limit) {
        return recent(Filter.NONE, limit);
    }

    /** The latest changes by people (not the system), of one person and a period when the filter says so. */
    public List<HistoryEntry> recent(Filter filter, int limit) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where actor <> 'system' "
                + "and (cast(? as text) is null or actor = ?) and occurred_at >= ? and occurred_at < ? order by id desc limit ?")
                .params(filter.actor(), filter.actor(), java.sql.Timestamp.from(filter.start()), java.sql.Timestamp.from(filter.end()),
                        Math.min(limit, 500))
                .query(this::map).list();
    }

    /**
     * The latest changes by people other than {@code exceptActor} to any of these objects or their parts, newest first:
     * "changes by others to what I work on" — the caller names what the person works on (the plans and reports of their
     * bodies), the trail knows only types and ids.
     */
    public List<HistoryEntry> recentAbout(List<ObjectRef> objects, String exceptActor, int limit) {
        if (objects.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> byType = new LinkedHashMap<>();
        objects.forEach(o -> byType.computeIfAbsent(o.type(), k -> new ArrayList<>()).add(o.id()));
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : byType.entrySet()) {
            where.append(where.isEmpty() ? "" : " or ").append("(object_type = ? and object_id = any(?)) or (aggregate_type = ? and aggregate_id = any(?))");
            String[] ids = e.getValue().toArray(String[]::new);
            params.addAll(List.of(e.getKey(), ids, e.getKey(), ids));
        }
        params.add(exceptActor == null ? "" : exceptActor);
        params.add(Math.min(limit, 200));
        return jdbc.sql("select " + COLUMNS + " from audit_entry where (" + where + ") and actor <> 'system' and actor <> ? order by id desc limit ?")
                .params(params).query(this::map).list();
    }

    /** Everyone who has changed anything, by username (for the person filter). */
    public List<String> actors() {
        // a loose index scan over audit_entry_actor: one step per person, not one row per change
        return jdbc.sql("""
                with recursive a(actor) as (
                    (select actor from audit_entry order by actor limit 1)
                    union all
                    select (select e.actor from audit_entry e where e.actor > a.actor order by e.actor limit 1) from a where a.actor is not null)
                select actor from a where actor is not null and actor <> 'system' order by actor""").query(String.class).list();
    }

    public long count(String objectType, Object objectId) {
        return jdbc.sql("select count(*) from audit_entry where object_type = ? and object_id = ?")
                .params(objectType, String.valueOf(objectId)).query(Long.class).single();
    }

    private HistoryEntry map(ResultSet rs, int row) throws SQLException {
        String rawBefore = rs.getString("before_state");
        String rawAfter = rs.getString("after_state");
        JsonNode before = parse(rawBefore);
        JsonNode after = parse(rawAfter);
        Long xact = rs.getObject("xact") == null ? null : rs.getLong("xact");
        return new HistoryEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("object_type"), rs.getString("object_id"), HistoryEntry.Operation.valueOf(rs.getString("operation")),
                changes(before, after), rs.getString("aggregate_type"), rs.getString("aggregate_id"), xact,
                state(after != null ? after : before), rawBefore, rawAfter);
    }

    private JsonNode parse(String s) {
        return s == null ? null : json.readTree(s);
    }

    private static Map<String, String> state(JsonNode node) {
        Map<String, String> state = new LinkedHashMap<>();
        if (node != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                if (!e.getValue().isNull()) {
                    state.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asString() : e.getValue().toString());
                }
            }
        }
        return state;
    }

    private static List<HistoryEntry.FieldChange> changes(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        collect(before, fields);
        collect(after, fields);
        List<HistoryEntry.FieldChange> result = new ArrayList<>();
        for (String f : fields) {
            if (BOOKKEEPING.contains(f) || f.equals("id")) {
                continue;
            }
            String b = text(before, f);
            String a = text(after, f);
            if (!java.util.Objects.equals(a, b)) {
                result.add(new HistoryEntry.FieldChange(f, b, a));
            }
        }
        return result;
    }

    private static void collect(JsonNode node, Set<String> into) {
        if (node != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                into.add(it.next().getKey());
            }
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null || !node.has(field) || node.get(field).isNull()) {
            return null;
        }
        JsonNode v = node.get(field);
        return v.isValueNode() ? v.asString() : v.toString();
    }
}
