package se.rodtrad.shared.db;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one way a kept page knows whether what it shows has changed: committed-change counters raised by the database at
 * commit (never by the application, so no path can forget). A scope is either a module — {@code "planning"},
 * {@code "organisation"}, {@code "followup"}, {@code "budget"}, {@code "internalcontrol"}, {@code "accounts"}, each
 * raised once by every transaction that changed one of the module's tables ({@code change_counter}, root migration
 * V1_2) — or an aggregate whose rows arrive by the hundred thousand, {@code "measure:<id>"}, counted as the rows of
 * {@code aggregate_change} (root migration V1_4). A page reads the stamp of the scopes it shows before it reads the
 * data, keeps what it rendered with the stamp, and renders anew when the stamp moved: a change committed in between
 * shows in the data and moves the stamp, so what is kept is never older than its stamp says.
 * {@code ChangeCounterCoverageTest} fails when a table raises no counter.
 */
@Component
public class ChangeCounters {

    private final JdbcClient jdbc;

    ChangeCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scopes' counters as one text, e.g. {@code "measure:…=3,organisation=7,planning=12"} (a scope never changed is left out). */
    public String stamp(String... scopes) {
        String[] names = List.of(scopes).toArray(String[]::new);
        return jdbc.sql("""
                select coalesce(string_agg(scope || '=' || changes, ',' order by scope), '') from (
                    select scope, changes from change_counter where scope = any (:scopes)
                    union all
                    select scope, count(*) from aggregate_change where scope = any (:scopes) group by scope) c""")
                .param("scopes", names).query(String.class).single();
    }

    /** The aggregate scope of a measure's values. */
    public static String measure(Object measureId) {
        return "measure:" + measureId;
    }
}
