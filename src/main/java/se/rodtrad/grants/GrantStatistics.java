package se.rodtrad.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.ValidationException;

/**
 * Counts and amounts of a body's decided grants by support type, owner's sex, municipality, priority or month, for a
 * year (aggregated in the database, bounded by the body and the year); and the series published to the follow-up
 * ({@link GrantStatisticsChanged}): granted company support per year, by owner's sex, and to firms run by women — the
 * RTN indicator "Antal beviljade företagsstöd till företag som drivs av kvinnor".
 */
@Service
@Transactional(readOnly = true)
public class GrantStatistics {

    public static final String SOURCE = "Röd tråd bidragsregister";
    public static final String COUNT = "BIDRAG-FS-ANTAL";
    public static final String WOMEN = "BIDRAG-FS-KVINNOR";
    public static final String AMOUNT = "BIDRAG-FS-BELOPP";

    /** What statistics can be grouped by. */
    public enum By {
        SUPPORT_TYPE("t.name"), OWNER_SEX("coalesce(d.owner_sex, '?')"), MUNICIPALITY("coalesce(d.municipality, '?')"),
        PRIORITY("coalesce(d.priority_rank, '?')"), MONTH("to_char(d.decided_on, 'YYYY-MM')");

        private final String expression;

        By(String expression) {
            this.expression = expression;
        }

        public static By parse(String text) {
            if (text == null || text.isBlank()) {
                return SUPPORT_TYPE;
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "supporttype", "support_type", "stodform", "stöd" -> SUPPORT_TYPE;
                case "ownersex", "owner_sex", "kon", "kön" -> OWNER_SEX;
                case "municipality", "kommun" -> MUNICIPALITY;
                case "priority", "prioritet" -> PRIORITY;
                case "month", "manad", "månad", "period" -> MONTH;
                default -> throw ValidationException.of("by", "grants.validation.statisticsBy", text);
            };
        }
    }

    /** One group: its key as the register holds it, granted decisions and their amount (öre), refusals. */
    public record Group(String key, int count, long amount, int refused) {
    }

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;

    GrantStatistics(JdbcClient jdbc, Organisation organisation, AccessPolicy access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.access = access;
        this.events = events;
    }

    /** The groups of a year for the body (every body with a register when none is named), company support and projects alike. */
    public List<Group> groups(String bodyCode, int year, By by) {
        access.require(Permission.READ_INTERNAL, null);
        UUID body = bodyCode == null || bodyCode.isBlank() ? null
                : organisation.unitByCode(bodyCode.strip()).map(Unit::id).orElseThrow(() -> ValidationException.of("body", "grants.validation.unknownBody", bodyCode));
        return jdbc.sql("select " + by.expression + " as key, count(*) filter (where d.outcome = 'GRANTED') as granted,"
                        + " coalesce(sum(d.amount) filter (where d.outcome = 'GRANTED'), 0) as amount, count(*) filter (where d.outcome = 'REFUSED') as refused"
                        + " from grant_decision d join grant_support_type t on t.id = d.support_type_id"
                        + " where (?::uuid is null or d.body_id = ?) and d.status = 'DECIDED' and d.decided_on between ? and ?"
                        + " group by 1 order by 3 desc, 1")
                .params(body, body, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query((rs, i) -> new Group(rs.getString("key"), rs.getInt("granted"), rs.getLong("amount"), rs.getInt("refused"))).list();
    }

    /** Publishes the body's series as they stand now (after a decision, or when the demo register is loaded). */
    @Transactional
    public void publish(UUID bodyId) {
        events.publishEvent(series(bodyId));
    }

    GrantStatisticsChanged series(UUID bodyId) {
        String unit = organisation.homeRegion().code();
        Map<Integer, long[]> byYear = new TreeMap<>();
        jdbc.sql("""
                select extract(year from d.decided_on)::int as year, d.owner_sex, count(*) as n, coalesce(sum(d.amount), 0) as amount
                from grant_decision d join grant_support_type t on t.id = d.support_type_id
                where d.body_id = ? and d.status = 'DECIDED' and d.outcome = 'GRANTED' and not t.project
                group by 1, 2""").param(bodyId).query((rs, i) -> {
                    long[] v = byYear.computeIfAbsent(rs.getInt("year"), y -> new long[6]);
                    String sex = rs.getString("owner_sex");
                    long n = rs.getLong("n");
                    long amount = rs.getLong("amount");
                    v[0] += n;
                    v[3] += amount;
                    if ("K".equals(sex)) {
                        v[1] += n;
                        v[4] += amount;
                    } else if ("M".equals(sex)) {
                        v[2] += n;
                        v[5] += amount;
                    }
                    return null;
                }).list();
        int thisYear = LocalDate.now().getYear();
        List<GrantStatisticsChanged.Value> counts = new ArrayList<>();
        List<GrantStatisticsChanged.Value> women = new ArrayList<>();
        List<GrantStatisticsChanged.Value> amounts = new ArrayList<>();
        for (var e : byYear.entrySet()) {
            String period = String.valueOf(e.getKey());
            boolean preliminary = e.getKey() >= thisYear;
            long[] v = e.getValue();
            counts.add(new GrantStatisticsChanged.Value(unit, period, "T", BigDecimal.valueOf(v[0]), null, preliminary));
            counts.add(new GrantStatisticsChanged.Value(unit, period, "K", BigDecimal.valueOf(v[1]), null, preliminary));
            counts.add(new GrantStatisticsChanged.Value(unit, period, "M", BigDecimal.valueOf(v[2]), null, preliminary));
            women.add(new GrantStatisticsChanged.Value(unit, period, "T", BigDecimal.valueOf(v[1]), null, preliminary));
            amounts.add(new GrantStatisticsChanged.Value(unit, period, "T", BigDecimal.valueOf(v[3]).movePointLeft(2), null, preliminary));
            amounts.add(new GrantStatisticsChanged.Value(unit, period, "K", BigDecimal.valueOf(v[4]).movePointLeft(2), null, preliminary));
            amounts.add(new GrantStatisticsChanged.Value(unit, period, "M", BigDecimal.valueOf(v[5]).movePointLeft(2), null, preliminary));
        }
        return new GrantStatisticsChanged(SOURCE, LocalDate.now(), List.of(
                new GrantStatisticsChanged.Series(COUNT, "Antal beviljade företagsstöd (Röd tråd bidragsregister)", "Beviljade företagsstöd", "antal",
                        "beviljade företagsstöd", null, "Antal beviljade företagsstöd per år ur bidragsregistret; kön = ägarens kön som beslutstabellen "
                                + "anger det (K kvinnor, M män; totalt räknar också B och uppgift som saknas).", true, counts),
                new GrantStatisticsChanged.Series(WOMEN, "Antal beviljade företagsstöd till företag som drivs av kvinnor (Röd tråd bidragsregister)",
                        "Beviljade företagsstöd till företag som drivs av kvinnor", "antal", "beviljade företagsstöd till företag som drivs av kvinnor",
                        null, "Antal beviljade företagsstöd per år där ägarens kön är K i beslutstabellen.", false, women),
                new GrantStatisticsChanged.Series(AMOUNT, "Beviljat belopp, företagsstöd (Röd tråd bidragsregister)", "Beviljat belopp, företagsstöd", "kr",
                        "beviljat belopp företagsstöd", null, "Summan av beviljade företagsstöd per år i kronor, totalt och per ägarens kön.", true,
                        amounts)));
    }
}
