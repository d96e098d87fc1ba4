package se.rodtrad.followup.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.economy.PeriodReport;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The region-wide annual report (årsredovisningens verksamhetsdel): for an organisation — a region or a
 * municipality, the top unit — and a year, every political body with a decided verksamhetsplan for the year and
 * its verksamhetsberättelse: the submitted snapshot where there is one, otherwise the year read live and marked
 * "utkast, ej inlämnad". Above the chapters an overview across the bodies: goals per assessment status,
 * assignments per status, the net economy (budget, outcome/forecast at year end, deviation) with the
 * organisation's total, and the ISK judgement.
 *
 * <p>It shows drafts, so it is internal: {@link Permission#READ_INTERNAL}, the permission every internal role has
 * and that reading any single draft report needs. Every internal reader may already read each body's report, so
 * the whole organisation is shown to each of them; the public reads the submitted reports one by one in the portal.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    /** The organisation's report for the year: a chapter per body (in the organisation's order) and the total. */
    public record AnnualReport(UUID organisationId, String organisationName, int year, List<Chapter> chapters, Totals total,
            Instant assembledAt) {

        public boolean complete() {
            return chapters.stream().allMatch(Chapter::submitted);
        }

        public long drafts() {
            return chapters.stream().filter(c -> !c.submitted()).count();
        }

        public boolean exempeldata() {
            return chapters.stream().anyMatch(c -> c.content().exempeldata());
        }
    }

    /**
     * A body's verksamhetsberättelse in the report. {@code reportId} is null when no report is started yet (then
     * the content is the plan's year read live, without texts).
     */
    public record Chapter(UUID bodyId, String bodyCode, String bodyName, UUID planId, String planTitle, UUID reportId, boolean submitted,
            Instant submittedAt, String submittedBy, ReportContent content, Overview overview) {
    }

    /** One body's row of the overview. {@code economy} is null when no figures of the year belong to the body. */
    public record Overview(Map<AssessmentStatus, Integer> goals, Map<AssignmentStatus, Integer> assignments, int assignmentsNotReported,
            NetEconomy economy, Boolean iskSufficient) {

        public int goalCount() {
            return goals.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int assignmentCount() {
            return assignments.values().stream().mapToInt(Integer::intValue).sum() + assignmentsNotReported;
        }
    }

    /**
     * Net figures at the report's month, öre: the year's budget, the outcome (or the forecast while the year is
     * not closed) and the deviation (positive = good). {@code scopeName}: whose figures they are; {@code sharedWith}:
     * other bodies whose report shows the same figures (an administration serving several bodies) — counted once in
     * the total.
     */
    public record NetEconomy(String scopeName, int month, long budget, long outcomeOrForecast, long deviation, boolean exempeldata,
            List<String> sharedWith, int monthsWithoutOutcome) {

        /** Months up to the report's month with no outcome booked (per area): the outcome counts them as nothing spent. */
        public boolean outcomeMissing() {
            return monthsWithoutOutcome > 0;
        }
    }

    /** The organisation's total: goals and assignments summed over the bodies; the economy with shared figures counted once. */
    public record Totals(Map<AssessmentStatus, Integer> goals, Map<AssignmentStatus, Integer> assignments, int assignmentsNotReported,
            long budget, long outcomeOrForecast, long deviation, int bodiesWithEconomy, int iskSufficient, int iskInsufficient) {

        public int goalCount() {
            return goals.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int assignmentCount() {
            return assignments.values().stream().mapToInt(Integer::intValue).sum() + assignmentsNotReported;
        }
    }

    /** An organisation that can be reported on, with the years it has decided plans for (newest first). */
    public record Choice(UUID organisationId, String name, List<Integer> years) {
    }

    private final Reports reports;
    private final Plans plans;
    private final Organisation organisation;
    private final AccessPolicy access;

    AnnualReports(Reports reports, Plans plans, Organisation organisation, AccessPolicy access) {
        this.reports = reports;
        this.plans = plans;
        this.organisation = organisation;
        this.access = access;
    }

    /** The organisations whose bodies have decided verksamhetsplaner, the home region first. */
    public List<Choice> choices() {
        access.require(Permission.READ_INTERNAL, null);
        UUID home = organisation.homeRegion().id();
        // each body with a decided verksamhetsplan counts for its organisation (the region or municipality above it)
        java.util.Map<UUID, java.util.TreeSet<Integer>> years = new java.util.LinkedHashMap<>();
        for (se.rodtrad.planning.Plans.BodyYear b : plans.decidedBodyYears()) {
            years.computeIfAbsent(organisation.organisationOf(b.bodyId()).id(), k -> new java.util.TreeSet<>(Comparator.reverseOrder())).add(b.year());
        }
        List<Choice> result = new ArrayList<>();
        years.forEach((id, ys) -> result.add(new Choice(id, organisation.unitsById().get(id).name(), List.copyOf(ys))));
        result.sort(Comparator.comparing((Choice c) -> !c.organisationId().equals(home))
                .thenComparing(Choice::name, se.rodtrad.shared.domain.Texts.swedishOrder()));
        return result;
    }

    /** The report of the organisation (a region or municipality) for the year. */
    public AnnualReport report(UUID organisationId, Integer year) {
        access.require(Permission.READ_INTERNAL, null);
        if (organisationId == null) {
            throw ValidationException.of("organisation", "followup.annual.validation.organisation");
        }
        if (year == null || year < 1900 || year > 2200) {
            throw ValidationException.of("ar", "followup.annual.validation.year", year == null ? "" : String.valueOf(year));
        }
        Unit org = organisation.unit(organisationId);
        if (org.type() != UnitType.REGION && org.type() != UnitType.MUNICIPALITY) {
            throw new NotFoundException("region eller kommun", organisationId);
        }
        List<Chapter> chapters = new ArrayList<>();
        for (Unit body : organisation.bodiesOf(org.id())) {
            PlanSummary plan = plans.forBody(body.id()).stream()
                    .filter(p -> p.year() == year && "VP".equals(p.kind()) && p.status().isDecided())
                    .max(Comparator.comparingInt(PlanSummary::revision)).orElse(null);
            if (plan == null) {
                continue;
            }
            Reports.YearEnd ye = reports.yearEnd(plan);
            FollowReport r = ye.report();
            chapters.add(new Chapter(body.id(), body.code(), body.name(), plan.id(), plan.title(), r == null ? null : r.id(), ye.submitted(),
                    ye.submitted() ? r.submittedAt() : null, ye.submitted() ? r.submittedBy() : null, ye.content(), overview(ye.content())));
        }
        chapters = shareEconomy(chapters);
        return new AnnualReport(org.id(), org.name(), year, chapters, total(chapters), Instant.now());
    }

    static Overview overview(ReportContent c) {
        Map<AssessmentStatus, Integer> goals = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            goals.put(s, 0);
        }
        c.goals().forEach(g -> goals.merge(g.status() == null ? AssessmentStatus.KAN_EJ_BEDOMAS : g.status(), 1, Integer::sum));
        Map<AssignmentStatus, Integer> assignments = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus s : AssignmentStatus.values()) {
            assignments.put(s, 0);
        }
        int notReported = 0;
        for (ReportContent.AssignmentLine a : c.assignments()) {
            if (a.status() == null) {
                notReported++;
            } else {
                assignments.merge(a.status(), 1, Integer::sum);
            }
        }
        NetEconomy economy = null;
        if (c.economy() != null && !c.economy().report().areas().isEmpty()) {
            PeriodReport.Totals t = c.economy().report().total();
            String scope = c.economy().scopeName() != null ? c.economy().scopeName() : c.bodyName();
            List<String> missing = c.economy().report().missingOutcome();
            economy = new NetEconomy(scope, c.economy().month(), t.budgetYear(), t.forecast(), t.deviationYear(), c.economy().report().exempeldata(),
                    List.of(), missing == null ? 0 : missing.size());
        }
        Boolean isk = c.internalControl() == null || c.internalControl().judgement() == null ? null : c.internalControl().judgement().sufficient();
        return new Overview(goals, assignments, notReported, economy, isk);
    }

    /** Marks figures that more than one body's report shows (an administration serving several bodies): named, counted once. */
    private static List<Chapter> shareEconomy(List<Chapter> chapters) {
        List<Chapter> result = new ArrayList<>();
        for (Chapter c : chapters) {
            NetEconomy e = c.overview().economy();
            if (e == null) {
                result.add(c);
                continue;
            }
            List<String> others = chapters.stream().filter(o -> o != c && sameFigures(o, c)).map(Chapter::bodyName).toList();
            if (others.isEmpty()) {
                result.add(c);
                continue;
            }
            NetEconomy shared = new NetEconomy(e.scopeName(), e.month(), e.budget(), e.outcomeOrForecast(), e.deviation(), e.exempeldata(), others,
                    e.monthsWithoutOutcome());
            Overview o = c.overview();
            result.add(new Chapter(c.bodyId(), c.bodyCode(), c.bodyName(), c.planId(), c.planTitle(), c.reportId(), c.submitted(), c.submittedAt(),
                    c.submittedBy(), c.content(), new Overview(o.goals(), o.assignments(), o.assignmentsNotReported(), shared, o.iskSufficient())));
        }
        return result;
    }

    private static boolean sameFigures(Chapter a, Chapter b) {
        ReportContent.EconomySection x = a.content().economy();
        ReportContent.EconomySection y = b.content().economy();
        if (x == null || y == null || a.overview().economy() == null) {
            return false;
        }
        UUID sx = x.report().scopeId();
        UUID sy = y.report().scopeId();
        return sx != null ? sx.equals(sy) && !sx.equals(a.bodyId()) : sy == null;
    }

    private static Totals total(List<Chapter> chapters) {
        Map<AssessmentStatus, Integer> goals = new EnumMap<>(AssessmentStatus.class);
        Map<AssignmentStatus, Integer> assignments = new EnumMap<>(AssignmentStatus.class);
        for (AssessmentStatus s : AssessmentStatus.values()) {
            goals.put(s, 0);
        }
        for (AssignmentStatus s : AssignmentStatus.values()) {
            assignments.put(s, 0);
        }
        int notReported = 0;
        long budget = 0;
        long outcome = 0;
        long deviation = 0;
        int withEconomy = 0;
        int sufficient = 0;
        int insufficient = 0;
        Set<String> counted = new HashSet<>();
        for (Chapter c : chapters) {
            Overview o = c.overview();
            o.goals().forEach((s, n) -> goals.merge(s, n, Integer::sum));
            o.assignments().forEach((s, n) -> assignments.merge(s, n, Integer::sum));
            notReported += o.assignmentsNotReported();
            NetEconomy e = o.economy();
            if (e != null) {
                withEconomy++;
                UUID scope = c.content().economy().report().scopeId();
                String key = scope == null ? "alla" : scope.toString();
                if (counted.add(key)) {
                    budget += e.budget();
                    outcome += e.outcomeOrForecast();
                    deviation += e.deviation();
                }
            }
            if (o.iskSufficient() != null) {
                if (o.iskSufficient()) {
                    sufficient++;
                } else {
                    insufficient++;
                }
            }
        }
        return new Totals(goals, assignments, notReported, budget, outcome, deviation, withEconomy, sufficient, insufficient);
    }
}
