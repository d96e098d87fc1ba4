package se.rodtrad.organisation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The login throttle, kept in PostgreSQL ({@code login_attempt}, organisation V4) so that every instance of the product
 * behind a load balancer counts the same failures: a name is slowed by {@link LoginDelay}, never locked. Every failed,
 * throttled and successful password login is recorded with its source address — the audit of sign-ins that
 * administrators read and whose throttles they lift on "Inloggningar" ({@code /organisation/inloggningar}).
 */
@Component
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    static final String ALL = "*";

    /** A name and source (or a source alone, name {@code *}) that must wait now, for the administrators' page. */
    public record Throttle(String username, String source, int failures, Instant lastFailure, Duration waiting) {
    }

    /** One recorded attempt, newest first on the administrators' page. */
    public record Attempt(Instant at, String username, String source, String outcome, String liftedBy) {
    }

    private final JdbcClient jdbc;
    private final AccessPolicy access;

    LoginThrottle(JdbcClient jdbc, AccessPolicy access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** How long this name from this source must wait before its password is even checked; zero when it may try. */
    Duration waitFor(String username, String source) {
        String name = key(username);
        String from = source(source);
        return jdbc.sql("""
                with lifted as (
                    select coalesce(max(at) filter (where username = :name and source in (:source, '*')), '-infinity') as name_at,
                           coalesce(max(at) filter (where username = '*' and source = :source), '-infinity') as source_at
                    from login_attempt where outcome = 'LIFTED' and (username in (:name, '*')) and source in (:source, '*')),
                succeeded as (
                    select coalesce(max(at), '-infinity') as at from login_attempt
                    where username = :name and source = :source and outcome = 'SUCCEEDED'),
                pair as (
                    select count(*) as n, max(a.at) as last from login_attempt a, lifted, succeeded
                    where a.username = :name and a.source = :source and a.outcome = 'FAILED'
                      and a.at > greatest(now() - interval '24 hours', lifted.name_at, lifted.source_at, succeeded.at)),
                from_source as (
                    select count(*) as n, max(a.at) as last from login_attempt a, lifted
                    where a.source = :source and a.outcome = 'FAILED'
                      and a.at > greatest(now() - interval '1 hour', lifted.source_at)),
                at_name as (
                    select count(*) as n from login_attempt a, lifted
                    where a.username = :name and a.outcome = 'FAILED'
                      and a.at > greatest(now() - interval '1 hour', lifted.name_at))
                select pair.n as pair_n, pair.last as pair_last, from_source.n as source_n, from_source.last as source_last,
                       at_name.n as name_n, now() as now
                from pair, from_source, at_name""")
                .param("name", name).param("source", from)
                .query((rs, i) -> new LoginDelay(rs.getInt("pair_n"), instant(rs.getObject("pair_last", OffsetDateTime.class)),
                        rs.getInt("source_n"), instant(rs.getObject("source_last", OffsetDateTime.class)), rs.getInt("name_n"))
                        .waitAt(rs.getObject("now", OffsetDateTime.class).toInstant()))
                .single();
    }

    /** Recorded in a transaction of its own: a login that fails rolls nothing of it back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void record(String username, String source, String outcome) {
        jdbc.sql("insert into login_attempt (username, source, outcome) values (?, ?, ?)")
                .params(key(username), source(source), outcome).update();
        if (!"SUCCEEDED".equals(outcome)) {
            log.info("Inloggning {}: namn {} från {}", outcome.equals("FAILED") ? "misslyckades" : "fördröjd", key(username), source(source));
        }
    }

    /** The names and sources that must wait now, longest wait first (administrators only). */
    public List<Throttle> current() {
        access.require(Permission.MANAGE_USERS, null);
        List<Throttle> result = new java.util.ArrayList<>();
        List<String[]> candidates = jdbc.sql("""
                select distinct username, source from login_attempt
                where outcome = 'FAILED' and at > now() - interval '24 hours'
                order by 1, 2 limit 2000""").query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        java.util.Set<String> sources = new java.util.TreeSet<>();
        for (String[] c : candidates) {
            Duration wait = waitFor(c[0], c[1]);
            if (!wait.isZero()) {
                result.add(failuresOf(c[0], c[1], wait));
            }
            sources.add(c[1]);
        }
        for (String source : sources) {
            // a source slowed for guessing at many names, shown once with the name "*"
            var counted = jdbc.sql("""
                    select count(*), max(at) from login_attempt
                    where source = ? and outcome = 'FAILED' and at > greatest(now() - interval '1 hour',
                        coalesce((select max(at) from login_attempt where outcome = 'LIFTED' and username = '*' and source = ?), '-infinity'))""")
                    .params(source, source).query((rs, i) -> new Object[] {rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class))})
                    .single();
            Duration wait = new LoginDelay(0, null, (int) counted[0], (Instant) counted[1], 0).waitAt(Instant.now());
            if (!wait.isZero()) {
                result.add(new Throttle(ALL, source, (int) counted[0], (Instant) counted[1], wait));
            }
        }
        result.sort(java.util.Comparator.comparing(Throttle::waiting).reversed());
        return result;
    }

    private Throttle failuresOf(String name, String source, Duration wait) {
        return jdbc.sql("""
                select count(*), max(at) from login_attempt
                where username = ? and source = ? and outcome = 'FAILED' and at > now() - interval '24 hours'""")
                .params(name, source).query((rs, i) -> new Throttle(name, source, rs.getInt(1),
                        instant(rs.getObject(2, OffsetDateTime.class)), wait)).single();
    }

    /** The latest failed, throttled and lifted attempts (administrators only), newest first. */
    public List<Attempt> recent(int limit) {
        access.require(Permission.MANAGE_USERS, null);
        return jdbc.sql("""
                select at, username, source, outcome, lifted_by from login_attempt where outcome <> 'SUCCEEDED'
                order by at desc, id desc limit ?""").param(Math.max(1, Math.min(limit, 500)))
                .query((rs, i) -> new Attempt(instant(rs.getObject(1, OffsetDateTime.class)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).list();
    }

    /**
     * An administrator lifts a throttle: the name from the source (or from every source, {@code *}), or the source for
     * every name. The failures stay recorded; counting starts anew after the lift.
     */
    @Transactional
    public void lift(String username, String source) {
        CurrentUser admin = access.require(Permission.MANAGE_USERS, null);
        String name = username == null || username.isBlank() ? ALL : key(username);
        String from = source == null || source.isBlank() ? ALL : source(source);
        if (name.equals(ALL) && from.equals(ALL)) {
            throw se.rodtrad.shared.domain.ValidationException.of("username", "organisation.logins.liftWhat");
        }
        jdbc.sql("insert into login_attempt (username, source, outcome, lifted_by) values (?, ?, 'LIFTED', ?)")
                .params(name, from, admin.username()).update();
        log.info("Inloggningsfördröjning hävd av {}: namn {} från {}", admin.username(), name, from);
    }

    /** Attempts older than a year are no longer needed for the throttle or an inquiry. */
    @Scheduled(cron = "${rodtrad.logins.prune-cron:0 30 3 * * *}")
    void prune() {
        jdbc.sql("delete from login_attempt where at < now() - interval '365 days'").update();
    }

    static String key(String username) {
        String k = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return k.length() > 100 ? k.substring(0, 100) : k;
    }

    static String source(String source) {
        String s = source == null || source.isBlank() ? "?" : source.strip();
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
