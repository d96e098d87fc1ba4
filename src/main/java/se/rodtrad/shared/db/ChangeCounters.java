package se.rodtrad.shared.db;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committed-change counters of {@code change_counter} (root migration V1_2): one per scope, raised once by every
 * transaction that changed one of the scope's tables, at its commit. A page that keeps what it rendered reads the
 * counters of what it shows before it reads the data, and renders anew when they moved.
 */
@Component
public class ChangeCounters {

    private final JdbcClient jdbc;

    ChangeCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scopes' counters as one text, e.g. {@code "organisation=7,planning=12"} (a scope never changed is left out). */
    public String stamp(String... scopes) {
        return jdbc.sql("select coalesce(string_agg(scope || '=' || changes, ',' order by scope), '') from change_counter where scope = any (?)")
                .param(List.of(scopes).toArray(String[]::new)).query(String.class).single();
    }
}
