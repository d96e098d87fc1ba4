package se.rodtrad.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
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
        return jdbc.sql("""
                select id, occurred_at, actor, object_type, object_id, operation, before_state, after_state from audit_entry
                where (object_type = ? and object_id = ?) or (aggregate_type = ? and aggregate_id = ?)
                order by id desc limit ?""")
                .params(objectType, String.valueOf(objectId), objectType, String.valueOf(objectId), Math.min(limit, 500))
                .query(this::map).list();
    }

    /** The latest changes made by anyone, newest first (the start page's "Senaste ändringar"). */
    public List<HistoryEntry> recent(int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, object_type, object_id, operation, before_state, after_state from audit_entry
                where actor <> 'system' order by id desc limit ?""")
                .param(limit).query(this::map).list();
    }

    public long count(String objectType, Object objectId) {
        return jdbc.sql("select count(*) from audit_entry where object_type = ? and object_id = ?")
                .params(objectType, String.valueOf(objectId)).query(Long.class).single();
    }

    private HistoryEntry map(ResultSet rs, int row) throws SQLException {
        JsonNode before = parse(rs.getString("before_state"));
        JsonNode after = parse(rs.getString("after_state"));
        return new HistoryEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("object_type"), rs.getString("object_id"), HistoryEntry.Operation.valueOf(rs.getString("operation")),
                changes(before, after));
    }

    private JsonNode parse(String s) {
        return s == null ? null : json.readTree(s);
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
