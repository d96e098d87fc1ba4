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
 *
 * <p>A page asks several times (the page frame for its units, the kept parts for planning and organisation, the history
 * for its own): within one {@code GET} the module counters are read once, all of them in one statement, and every later
 * stamp of the request is made from that reading — older than anything the request reads after it, so what is kept with
 * it is at worst rendered once more. A read-write transaction that commits on the request's thread drops the reading;
 * the scopes of an aggregate ({@code measure:…}) and any stamp outside a {@code GET} are read from the database each time.
 */
@Component
public class ChangeCounters implements org.springframework.transaction.TransactionExecutionListener {

    /** The request attribute holding the module counters as read once in a {@code GET}. */
    private static final String READING = ChangeCounters.class.getName() + ".reading";

    private final JdbcClient jdbc;

    ChangeCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The scopes' counters as one text, e.g. {@code "measure:…=3,organisation=7,planning=12"} (a scope never changed is left out). */
    public String stamp(String... scopes) {
        java.util.Map<String, Long> counted = moduleScopesOnly(scopes) ? reading() : null;
        if (counted == null) {
            counted = new java.util.HashMap<>();
            java.util.Map<String, Long> into = counted;
            jdbc.sql("""
                    select scope, changes from change_counter where scope = any (:scopes)
                    union all
                    select scope, count(*) from aggregate_change where scope = any (:scopes) group by scope""")
                    .param("scopes", List.of(scopes).toArray(String[]::new))
                    .query(rs -> {
                        into.put(rs.getString(1), rs.getLong(2));
                    });
        }
        java.util.Map<String, Long> found = counted;
        return java.util.stream.Stream.of(scopes).distinct().filter(found::containsKey).sorted()
                .map(scope -> scope + "=" + found.get(scope)).collect(java.util.stream.Collectors.joining(","));
    }

    private static boolean moduleScopesOnly(String[] scopes) {
        for (String scope : scopes) {
            if (scope.indexOf(':') >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether this thread is in a read-write transaction: what it reads may be its own uncommitted writes, which the
     * counters do not show until the commit — nothing read there may be kept under a stamp.
     */
    public static boolean inReadWriteTransaction() {
        return org.springframework.transaction.support.TransactionSynchronizationManager.isActualTransactionActive()
                && !org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** Every module counter as read once in this {@code GET}; null outside a request, in another method or inside a read-write transaction. */
    private java.util.Map<String, Long> reading() {
        if (!(org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes request)
                || !"GET".equals(request.getRequest().getMethod()) || inReadWriteTransaction()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        java.util.Map<String, Long> read = (java.util.Map<String, Long>) request.getAttribute(READING,
                org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            java.util.Map<String, Long> all = new java.util.HashMap<>();
            jdbc.sql("select scope, changes from change_counter").query(rs -> {
                all.put(rs.getString(1), rs.getLong(2));
            });
            read = java.util.Map.copyOf(all);
            request.setAttribute(READING, read, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
        return read;
    }

    /** A read-write transaction committed on this thread: the counters it raised are read again at the next stamp. */
    @Override
    public void afterCommit(org.springframework.transaction.TransactionExecution transaction, Throwable failure) {
        if (!transaction.isReadOnly()
                && org.springframework.web.context.request.RequestContextHolder.getRequestAttributes() instanceof
                        org.springframework.web.context.request.ServletRequestAttributes request) {
            request.removeAttribute(READING, org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The scope of a measure's values. */
    public static String measure(Object measureId) {
        return "measure:" + measureId;
    }
}
