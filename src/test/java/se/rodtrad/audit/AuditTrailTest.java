package se.rodtrad.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.RodtradTest;

@RodtradTest
class AuditTrailTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;

    @Test
    void even_a_change_made_straight_in_sql_is_recorded_with_before_and_after() {
        String id = jdbc.sql("select id::text from org_unit where code = 'KFN'").query(String.class).single();
        jdbc.sql("update org_unit set short_name = 'KFN-sql' where id = ?::uuid").param(id).update();
        List<HistoryEntry> history = trail.history("org_unit", id);
        assertThat(history.get(0).operation()).isEqualTo(HistoryEntry.Operation.UPDATE);
        assertThat(history.get(0).actor()).isEqualTo("system");
        assertThat(history.get(0).changes()).containsExactly(new HistoryEntry.FieldChange("short_name", null, "KFN-sql"));
    }

    @Test
    void the_trail_itself_cannot_be_changed_or_deleted() {
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'någon annan'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasMessageContaining("append-only");
    }

    @Test
    void secrets_never_enter_the_trail() {
        assertThat(jdbc.sql("select count(*) from audit_entry where jsonb_exists(after_state, 'password_hash') or jsonb_exists(after_state, 'token_hash')")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where object_type = 'user_account'").query(Long.class).single()).isPositive();
    }
}
