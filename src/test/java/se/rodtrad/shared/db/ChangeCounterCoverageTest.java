package se.rodtrad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.rodtrad.RodtradTest;

/**
 * Every table raises a change counter at commit (see {@link ChangeCounters}): a page kept while its counters hold can
 * then never show what a new table — or an old one nobody thought of — has changed since. The infrastructure that
 * is no content of a page is left out: the counters themselves, the audit trail (every audited change also raises
 * its module's counter), the event publication registry and the schema history; and what belongs to signing in, not to
 * any page: the sessions (Spring Session JDBC, {@code spring_session*}) and the login attempts the throttle counts
 * ({@code login_attempt}, read fresh by the administrators' page — a counter would make an attack re-render every kept
 * page that shows accounts at each guess).
 */
@RodtradTest
class ChangeCounterCoverageTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void every_table_with_content_raises_a_change_counter() {
        List<String> uncounted = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p')
                  and c.relname not in ('change_counter', 'aggregate_change', 'audit_entry', 'event_publication',
                                        'spring_session', 'spring_session_attributes', 'login_attempt')
                  and c.relname not like 'flyway%'
                  and not exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                                  where t.tgrelid = c.oid and p.proname in ('change_counter_bump', 'measure_values_changed'))
                order by 1""").query(String.class).list();
        assertThat(uncounted).as("tables that raise no change counter").isEmpty();
    }
}
