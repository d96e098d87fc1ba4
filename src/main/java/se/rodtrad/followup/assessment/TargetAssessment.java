package se.rodtrad.followup.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.rodtrad.followup.Formats;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetForm;

/**
 * The rule that judges an indicator's target for a period from values, for every target form of
 * DOMAIN.md, and says why with the numbers. It never guesses: missing data, a target without a direction
 * or data that measure something else than the indicator asks for give "kan ej bedömas" with what is
 * missing; a series of another quantity is named, never used in its place. A person has the last word
 * (see {@link Assessments#judge}).
 *
 * <ul>
 * <li>PREVIOUS_VALUE: the period against the one before (or the latest two published values).</li>
 * <li>BASE_YEAR: the period against the same period of the base year.</li>
 * <li>RELATIVE_CHANGE: the change since the base year against the target change; before the target year
 * against a linear path from base to target (on or ahead of the path: uppfyllt; right direction but
 * behind: delvis; otherwise ej).</li>
 * <li>PEER_GROUP: LEVEL against the group's unweighted mean; CHANGE: the percentage change against the
 * change of that mean, over the period since the previous one — or, when a value is missing, since the
 * latest earlier period where every unit has one (said in the explanation).</li>
 * <li>NATIONAL: as PEER_GROUP against riket.</li>
 * <li>INTERVAL: inside the bounds (either order as printed); outside but closer than last time: delvis.</li>
 * <li>GAP: the difference between women's and men's values against the previous period's.</li>
 * <li>REPORT_ONLY: fulfilled when the value is reported.</li>
 * <li>THRESHOLD: the number of the region's municipalities reaching the threshold, against the previous
 * period (or, without a direction: all, some, none).</li>
 * <li>QUALITATIVE, UNSPECIFIED: a person judges.</li>
 * </ul>
 */
public class TargetAssessment {

    /** How far back the assessment looks for an earlier period with complete data. */
    static final int LOOK_BACK_YEARS = 10;
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern PER = Pattern.compile("\\bper\\s+(?:[\\d\\s]+\\s+)?([\\p{L}]+)");

    /** The comparison a chart shows when the target names no group of its own: the comparable counties. */
    static final String DEFAULT_GROUP = "jamforbara-lan";

    public Assessment assess(AssessmentInput in, AssessmentContext ctx) {
        Target t = in.target();
        TargetForm form = t.form();
        if (form == TargetForm.QUALITATIVE) {
            return new Assessment(AssessmentStatus.KAN_EJ_BEDOMAS, List.of(Sentence.of("assessment.qualitative")), true);
        }
        if (form == TargetForm.UNSPECIFIED) {
            return new Assessment(AssessmentStatus.KAN_EJ_BEDOMAS, List.of(Sentence.of("assessment.unspecified")), true);
        }
        Measure m = in.measure();
        if (m == null) {
            return cannot(Sentence.of("assessment.noMeasure"));
        }
        Optional<Sentence> mismatch = mismatch(in.indicatorText(), m);
        if (mismatch.isPresent()) {
            return cannot(mismatch.get());
        }
        Job job = new Job(in, ctx);
        Assessment asked = job.run();
        if (asked.status() != AssessmentStatus.KAN_EJ_BEDOMAS || !in.period().equals(job.lackedAt) || published(in, ctx)) {
            return asked;
        }
        // The period has no value yet (nothing is published for it or after it): the follow-up is made on the latest
        // year with data, and says so — as the plans themselves do ("senast tillgängliga statistik").
        Period latest = job.latest(in.subject(), in.period().previous());
        if (latest == null) {
            return asked;
        }
        Assessment earlier = new Job(new AssessmentInput(in.indicatorText(), t, latest, in.subject(), m), ctx).run();
        if (earlier.status() == AssessmentStatus.KAN_EJ_BEDOMAS) {
            return asked;
        }
        List<Sentence> why = new ArrayList<>();
        why.add(Sentence.of("assessment.latestYear", m.quantity(), in.period().code(), latest.code()));
        why.addAll(earlier.explanation());
        return new Assessment(earlier.status(), List.copyOf(why), earlier.needsPerson());
    }

    /** Whether the judged unit has a value for the period or a later one (within the look-back span): then it is no "not yet". */
    private static boolean published(AssessmentInput in, AssessmentContext ctx) {
        Period q = in.period();
        for (int i = 0; i <= LOOK_BACK_YEARS; i++) {
            if (ctx.value(in.measure(), in.subject(), q, Gender.T).map(v -> v.value() != null).orElse(false)) {
                return true;
            }
            q = q.inYear(q.year() + 1);
        }
        return false;
    }

    private static Assessment judge(Job job, TargetForm form) {
        return switch (form) {
            case PREVIOUS_VALUE -> job.previousValue();
            case BASE_YEAR -> job.baseYear();
            case RELATIVE_CHANGE -> job.relativeChange();
            case PEER_GROUP -> job.peerGroup();
            case NATIONAL -> job.national();
            case INTERVAL -> job.interval();
            case GAP -> job.gap();
            case REPORT_ONLY -> job.reportOnly();
            case THRESHOLD -> job.threshold();
            default -> cannot(Sentence.of("assessment.unspecified"));
        };
    }

    /**
     * What the indicator's chart shows of its target ({@link TargetChart}): the judged unit, then what the target
     * compares it with — the region's municipalities for a threshold, otherwise the comparison group the target names
     * (the comparable counties when it names none) — and riket; the target's band or line; and for a comparison with a
     * group's mean, the group whose mean is drawn.
     */
    public TargetChart chart(AssessmentInput in, AssessmentContext ctx) {
        Target t = in.target();
        java.util.Map<java.util.UUID, Unit> units = new java.util.LinkedHashMap<>();
        units.put(in.subject().id(), in.subject());
        List<Unit> group = List.of();
        if (t.form() == TargetForm.THRESHOLD) {
            ctx.municipalities(in.subject()).forEach(u -> units.putIfAbsent(u.id(), u));
        } else {
            group = ctx.group(normaliseGroup(t.group() == null ? DEFAULT_GROUP : t.group())).map(ComparisonGroup::members).orElse(List.of());
            group.forEach(u -> units.putIfAbsent(u.id(), u));
        }
        ctx.nation().ifPresent(u -> units.putIfAbsent(u.id(), u));
        return new TargetChart(List.copyOf(units.values()), line(in, ctx), t.form() == TargetForm.PEER_GROUP ? group : List.of());
    }

    /** The target across the chart: a band for an interval, a line at a threshold, or at the level a relative change aims for. */
    static TargetChart.Line line(AssessmentInput in, AssessmentContext ctx) {
        Target t = in.target();
        return switch (t.form()) {
            case INTERVAL -> t.lower() == null || t.upper() == null ? null
                    : new TargetChart.Line(Sentence.of("followup.chart.targetBand"), t.lower().min(t.upper()), t.lower().max(t.upper()));
            case THRESHOLD -> t.threshold() == null ? null : new TargetChart.Line(Sentence.of("followup.chart.threshold"), t.threshold(), null);
            case RELATIVE_CHANGE -> {
                if (t.baseYear() == null || t.percent() == null || in.measure() == null) {
                    yield null;
                }
                BigDecimal base = ctx.value(in.measure(), in.subject(), in.period().inYear(t.baseYear()), Gender.T).map(IndicatorValue::value)
                        .orElse(null);
                yield base == null ? null : new TargetChart.Line(Sentence.of("followup.chart.targetLevel", t.targetYear() == null ? "" : t.targetYear()),
                        targetLevel(base, t), null);
            }
            default -> null;
        };
    }

    /** The level a relative change aims for: the base year's value moved by the target's percentage in its direction. */
    static BigDecimal targetLevel(BigDecimal base, Target t) {
        BigDecimal pct = t.direction() == Direction.DECREASE ? t.percent().negate() : t.percent();
        return base.add(base.abs().multiply(pct, MC).divide(HUNDRED, MC), MC);
    }

    /**
     * The target in words, as this rule reads it ("ska procentuellt öka mer än medel i Jämförbara län: …");
     * {@code group}: the comparison group the target names, when the organisation has it.
     */
    public static Sentence describe(Target t, Optional<ComparisonGroup> group) {
        Sentence.Key dir = new Sentence.Key("followup.target.direction." + t.direction().name());
        boolean byChange = "CHANGE".equalsIgnoreCase(t.measure());
        return switch (t.form()) {
            case PREVIOUS_VALUE -> Sentence.of("LATEST_STATISTICS".equalsIgnoreCase(t.reference()) ? "followup.target.PREVIOUS_VALUE.latest"
                    : "followup.target.PREVIOUS_VALUE", dir);
            case BASE_YEAR -> Sentence.of("followup.target.BASE_YEAR", dir, orDash(t.baseYear()));
            case RELATIVE_CHANGE -> Sentence.of(t.targetYear() == null ? "followup.target.RELATIVE_CHANGE" : "followup.target.RELATIVE_CHANGE.by",
                    dir, number(t.percent()), orDash(t.baseYear()), orDash(t.targetYear()));
            case PEER_GROUP -> Sentence.of((byChange ? "followup.target.PEER_GROUP.change." : "followup.target.PEER_GROUP.") + t.direction().name(),
                    t.group() == null ? "–" : group.map(g -> g.name() + ": " + String.join(", ", g.members().stream().map(Unit::name).toList()))
                            .orElse(t.group()));
            case NATIONAL -> Sentence.of((byChange ? "followup.target.NATIONAL.change." : "followup.target.NATIONAL.") + t.direction().name());
            case INTERVAL -> Sentence.of("followup.target.INTERVAL", number(t.lower()), number(t.upper()), t.unit() == null ? "" : " " + t.unit());
            case GAP -> Sentence.of("followup.target.GAP", t.between() == null ? "–" : t.between(),
                    t.direction() == Direction.INCREASE ? dir : new Sentence.Key("followup.target.direction.DECREASE"));
            case THRESHOLD -> Sentence.of("followup.target.THRESHOLD", t.unitsOf() == null ? "–" : t.unitsOf(), number(t.threshold()), dir);
            default -> Sentence.of("followup.target." + t.form().name());
        };
    }

    private static Object number(BigDecimal d) {
        return d == null ? "–" : new Sentence.Num(d, 2);
    }

    private static String orDash(Integer i) {
        return i == null ? "–" : String.valueOf(i);
    }

    /**
     * What the indicator's text asks for per ("BRP per sysselsatt") against what the measure is per
     * ("BRP per invånare"): a different denominator is another quantity, and the data may not be used.
     */
    static Optional<Sentence> mismatch(String indicatorText, Measure m) {
        if (indicatorText == null) {
            return Optional.empty();
        }
        Matcher matcher = PER.matcher(indicatorText.toLowerCase(Locale.forLanguageTag("sv")));
        if (!matcher.find()) {
            return Optional.empty();
        }
        String asked = matcher.group(1);
        String has = m.denominator() == null ? null : m.denominator().toLowerCase(Locale.forLanguageTag("sv"));
        if (has != null && sameWord(asked, has)) {
            return Optional.empty();
        }
        return Optional.of(Sentence.of("assessment.mismatch", m.subject() + " per " + asked, m.code(), m.name(), m.quantity()));
    }

    private static boolean sameWord(String a, String b) {
        String x = a.strip();
        String y = b.strip();
        int n = Math.min(x.length(), y.length());
        return x.equals(y) || (n >= 5 && x.substring(0, n).equals(y.substring(0, n)));
    }

    static Assessment cannot(Sentence... why) {
        return Assessment.of(AssessmentStatus.KAN_EJ_BEDOMAS, List.of(why));
    }

    /** Percentage change from a to b, exact enough to compare; null when a is zero. */
    static BigDecimal change(BigDecimal from, BigDecimal to) {
        if (from.signum() == 0) {
            return null;
        }
        return to.subtract(from).divide(from.abs(), MC).multiply(HUNDRED, MC);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
        }
        return sum.divide(BigDecimal.valueOf(values.size()), MC);
    }

    /**
     * Two percentages shown so a reader can see which is larger: one decimal, two when they would
     * otherwise print alike.
     */
    static int decimalsToTell(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return 1;
        }
        for (int d = 1; d <= 4; d++) {
            if (a.setScale(d, RoundingMode.HALF_UP).compareTo(b.setScale(d, RoundingMode.HALF_UP)) != 0) {
                return d;
            }
        }
        return 1;
    }

    static Sentence.Key status(AssessmentStatus s) {
        return new Sentence.Key("assessment.status." + s.name());
    }

    /** One assessment at a time: the input, the context and the values it used (for notes on their origin). */
    private static final class Job {
        final AssessmentInput in;
        final AssessmentContext ctx;
        final Measure m;
        final Unit subject;
        final Period period;
        final Target t;
        final List<IndicatorValue> used = new ArrayList<>();
        /** The period whose missing values stopped the assessment, if that is what stopped it. */
        Period lackedAt;

        Job(AssessmentInput in, AssessmentContext ctx) {
            this.in = in;
            this.ctx = ctx;
            this.m = in.measure();
            this.subject = in.subject();
            this.period = in.period();
            this.t = in.target();
        }

        Assessment run() {
            return judge(this, t.form());
        }

        BigDecimal value(Unit u, Period p, Gender g) {
            Optional<IndicatorValue> v = ctx.value(m, u, p, g);
            if (v.isPresent() && v.get().value() != null) {
                used.add(v.get());
                return v.get().value();
            }
            return null;
        }

        BigDecimal value(Unit u, Period p) {
            return value(u, p, Gender.T);
        }

        /** The latest period at or before {@code p} with a value for the unit. */
        Period latest(Unit u, Period p) {
            Period q = p;
            for (int i = 0; i <= LOOK_BACK_YEARS * 12; i++) {
                if (ctx.value(m, u, q, Gender.T).map(v -> v.value() != null).orElse(false)) {
                    return q;
                }
                q = q.previous();
                if (q.year() < p.year() - LOOK_BACK_YEARS) {
                    break;
                }
            }
            return null;
        }

        Sentence missing(Unit u, Period p) {
            return Sentence.of("assessment.missing", m.quantity(), u.name(), p.code());
        }

        /**
         * Cannot judge for lack of data. When another series of the same subject has data for the unit
         * and period (BRP per invånare where BRP per sysselsatt is asked for), that is said — and not used.
         */
        Assessment lack(Sentence why, Period p) {
            lackedAt = p;
            List<Sentence> all = new ArrayList<>();
            all.add(why);
            for (Measure s : ctx.siblings(m)) {
                if (!s.quantity().equalsIgnoreCase(m.quantity()) && ctx.hasValue(s, subject, p)) {
                    all.add(Sentence.of("assessment.otherMeasureHasData", s.quantity(), s.code()));
                }
            }
            return Assessment.of(AssessmentStatus.KAN_EJ_BEDOMAS, all);
        }

        Assessment done(AssessmentStatus status, Sentence main, List<Sentence> more) {
            List<Sentence> all = new ArrayList<>();
            all.add(main);
            all.addAll(more);
            all.addAll(notes());
            return Assessment.of(status, all);
        }

        Assessment done(AssessmentStatus status, Sentence main) {
            return done(status, main, List.of());
        }

        /** Where the values came from, when that matters: preliminary, example data, several publications. */
        List<Sentence> notes() {
            List<Sentence> notes = new ArrayList<>();
            TreeSet<LocalDate> publications = new TreeSet<>();
            TreeSet<String> preliminary = new TreeSet<>();
            boolean exempel = false;
            for (IndicatorValue v : used) {
                if (v.published() != null) {
                    publications.add(v.published());
                }
                if (v.preliminary()) {
                    preliminary.add(v.unitName() + " " + v.period().code());
                }
                exempel |= v.exempeldata();
            }
            if (publications.size() > 1) {
                notes.add(Sentence.of("assessment.note.publications", new Sentence.Names(publications.stream().map(LocalDate::toString).toList())));
            }
            if (!preliminary.isEmpty()) {
                notes.add(Sentence.of("assessment.note.preliminary", new Sentence.Names(List.copyOf(preliminary))));
            }
            if (exempel) {
                notes.add(Sentence.of("assessment.note.exempeldata"));
            }
            return notes;
        }

        Sentence.Num num(BigDecimal v) {
            return new Sentence.Num(v, 2);
        }

        /** "ökade 8,1 %", "minskade 3,0 %", "var oförändrad". */
        Sentence movement(BigDecimal pct, int decimals) {
            if (pct == null) {
                return Sentence.of("assessment.movement.fromZero");
            }
            int sign = pct.setScale(decimals + 2, RoundingMode.HALF_UP).signum();
            if (sign == 0) {
                return Sentence.of("assessment.movement.same");
            }
            return Sentence.of(sign > 0 ? "assessment.movement.up" : "assessment.movement.down", new Sentence.Pct(pct.abs(), decimals));
        }

        // PREVIOUS_VALUE and BASE_YEAR: the value against an earlier one of the same unit
        Assessment previousValue() {
            boolean latestStatistics = "LATEST_STATISTICS".equalsIgnoreCase(t.reference());
            Period curP = period;
            BigDecimal cur = value(subject, curP);
            List<Sentence> more = new ArrayList<>();
            if (cur == null && latestStatistics) {
                curP = latest(subject, period);
                if (curP != null) {
                    cur = value(subject, curP);
                    more.add(Sentence.of("assessment.note.latest", curP.code()));
                }
            }
            if (cur == null) {
                return lack(missing(subject, period), period);
            }
            Period prevP = curP.previous();
            BigDecimal prev = value(subject, prevP);
            if (prev == null && latestStatistics) {
                Period earlier = latest(subject, prevP);
                if (earlier != null) {
                    prevP = earlier;
                    prev = value(subject, prevP);
                }
            }
            if (prev == null) {
                return lack(missing(subject, prevP), prevP);
            }
            return compare(prevP, prev, curP, cur, more);
        }

        Assessment baseYear() {
            if (t.baseYear() == null) {
                return cannot(Sentence.of("assessment.noBaseYear"));
            }
            BigDecimal cur = value(subject, period);
            if (cur == null) {
                return lack(missing(subject, period), period);
            }
            Period baseP = period.inYear(t.baseYear());
            BigDecimal base = value(subject, baseP);
            if (base == null) {
                return lack(missing(subject, baseP), baseP);
            }
            return compare(baseP, base, period, cur, List.of());
        }

        Assessment compare(Period fromP, BigDecimal from, Period toP, BigDecimal to, List<Sentence> more) {
            BigDecimal pct = change(from, to);
            int cmp = to.compareTo(from);
            Sentence fact = Sentence.of("assessment.fact.change", m.quantity(), subject.name(), movement(pct, 1), fromP.code(), toP.code(),
                    num(from), num(to));
            if (t.direction() == Direction.NONE) {
                return done(AssessmentStatus.KAN_EJ_BEDOMAS, Sentence.of("assessment.sentence", fact, status(AssessmentStatus.KAN_EJ_BEDOMAS)),
                        List.of(Sentence.of("assessment.noDirection")));
            }
            boolean better = t.direction() == Direction.INCREASE ? cmp > 0 : cmp < 0;
            AssessmentStatus s = better ? AssessmentStatus.UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
            return done(s, Sentence.of("assessment.sentence", fact, status(s)), more);
        }

        // RELATIVE_CHANGE: "minska med 60 procent till år 2030 jämfört med 2005"
        Assessment relativeChange() {
            if (t.baseYear() == null || t.percent() == null) {
                return cannot(Sentence.of("assessment.relative.incomplete"));
            }
            if (t.direction() == Direction.NONE) {
                return cannot(Sentence.of("assessment.noDirection"));
            }
            BigDecimal cur = value(subject, period);
            if (cur == null) {
                return lack(missing(subject, period), period);
            }
            Period baseP = period.inYear(t.baseYear());
            BigDecimal base = value(subject, baseP);
            if (base == null) {
                return lack(missing(subject, baseP), baseP);
            }
            BigDecimal targetPct = t.direction() == Direction.DECREASE ? t.percent().negate() : t.percent();
            BigDecimal targetValue = targetLevel(base, t);
            BigDecimal actualPct = change(base, cur);
            int sign = t.direction() == Direction.INCREASE ? 1 : -1;
            boolean rightDirection = cur.compareTo(base) * sign > 0;
            boolean reached = cur.compareTo(targetValue) * sign >= 0;
            Sentence fact = Sentence.of("assessment.fact.relative", m.quantity(), subject.name(), movement(actualPct, 1), baseP.code(),
                    period.code(), num(base), num(cur));
            Sentence goal = t.targetYear() == null
                    ? Sentence.of("assessment.relative.goal", new Sentence.Pct(targetPct, 0), num(targetValue))
                    : Sentence.of("assessment.relative.goalBy", new Sentence.Pct(targetPct, 0), t.targetYear(), num(targetValue));
            AssessmentStatus s;
            List<Sentence> more = new ArrayList<>();
            more.add(goal);
            if (t.targetYear() != null && period.year() < t.targetYear() && t.targetYear() > t.baseYear()) {
                BigDecimal share = BigDecimal.valueOf(period.year() - t.baseYear()).divide(BigDecimal.valueOf(t.targetYear() - t.baseYear()), MC);
                BigDecimal path = base.add(targetValue.subtract(base).multiply(share, MC), MC);
                boolean onPath = cur.compareTo(path) * sign >= 0;
                s = onPath ? AssessmentStatus.UPPFYLLT : rightDirection ? AssessmentStatus.DELVIS_UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
                more.add(Sentence.of(onPath ? "assessment.relative.onPath" : "assessment.relative.behindPath", period.code(), num(path)));
            } else if (t.targetYear() != null && period.year() >= t.targetYear()) {
                s = reached ? AssessmentStatus.UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
            } else {
                s = reached ? AssessmentStatus.UPPFYLLT : rightDirection ? AssessmentStatus.DELVIS_UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
            }
            return done(s, Sentence.of("assessment.sentence", fact, status(s)), more);
        }

        // PEER_GROUP and NATIONAL
        Assessment peerGroup() {
            String code = normaliseGroup(t.group());
            Optional<ComparisonGroup> group = code == null ? Optional.empty() : ctx.group(code);
            if (group.isEmpty()) {
                return cannot(Sentence.of("assessment.peer.noGroup", t.group() == null ? "–" : t.group()));
            }
            List<Unit> members = group.get().members();
            if (members.isEmpty()) {
                return cannot(Sentence.of("assessment.peer.noGroup", group.get().name()));
            }
            return comparison(members, group.get().name(), true);
        }

        Assessment national() {
            Optional<Unit> nation = ctx.nation();
            if (nation.isEmpty()) {
                return cannot(Sentence.of("assessment.national.noNation"));
            }
            return comparison(List.of(nation.get()), nation.get().name(), false);
        }

        Assessment comparison(List<Unit> others, String name, boolean group) {
            boolean byChange = "CHANGE".equalsIgnoreCase(t.measure());
            String label = group ? "assessment.peer.groupMean" : "assessment.peer.nation";
            Sentence who = Sentence.of(label, name, genitive(name));
            if (!byChange) {
                List<Unit> all = new ArrayList<>();
                all.add(subject);
                all.addAll(others);
                List<String> lacking = lacking(all, period);
                if (!lacking.isEmpty()) {
                    return lack(Sentence.of("assessment.peer.missingLevel", m.quantity(), period.code(), new Sentence.Names(lacking)), period);
                }
                BigDecimal own = value(subject, period);
                List<BigDecimal> theirs = others.stream().map(u -> value(u, period)).toList();
                BigDecimal ref = mean(theirs);
                Sentence fact = Sentence.of("assessment.fact.level", m.quantity(), subject.name(), period.code(), num(own), who, num(ref));
                List<Sentence> more = new ArrayList<>();
                if (group) {
                    more.add(members(others, period, period));
                }
                if (t.direction() == Direction.NONE) {
                    more.add(0, Sentence.of("assessment.noDirection"));
                    return done(AssessmentStatus.KAN_EJ_BEDOMAS, Sentence.of("assessment.sentence", fact, status(AssessmentStatus.KAN_EJ_BEDOMAS)), more);
                }
                int cmp = own.compareTo(ref);
                boolean better = t.direction() == Direction.INCREASE ? cmp > 0 : cmp < 0;
                AssessmentStatus s = better ? AssessmentStatus.UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
                return done(s, Sentence.of("assessment.sentence", fact, status(s)), more);
            }
            // CHANGE: over the period since the previous one, or since the base year when the target names one
            List<Unit> all = new ArrayList<>();
            all.add(subject);
            all.addAll(others);
            List<String> lackingNow = lacking(all, period);
            if (!lackingNow.isEmpty()) {
                return lack(Sentence.of("assessment.peer.missingLevel", m.quantity(), period.code(), new Sentence.Names(lackingNow)), period);
            }
            Period wanted = t.baseYear() != null ? period.inYear(t.baseYear()) : period.previous();
            Period from = wanted;
            List<String> lackingThen = lacking(all, wanted);
            List<Sentence> more = new ArrayList<>();
            if (!lackingThen.isEmpty()) {
                from = null;
                if (t.baseYear() == null) {
                    Period q = wanted.previous();
                    while (q.year() >= period.year() - LOOK_BACK_YEARS) {
                        if (lacking(all, q).isEmpty()) {
                            from = q;
                            break;
                        }
                        q = q.previous();
                    }
                }
                if (from == null) {
                    return lack(Sentence.of("assessment.peer.missingLevel", m.quantity(), wanted.code(), new Sentence.Names(lackingThen)), wanted);
                }
                more.add(Sentence.of("assessment.peer.earlierPeriod", from.code(), period.code(), wanted.code(), new Sentence.Names(lackingThen)));
            }
            final Period start = from;
            BigDecimal ownFrom = value(subject, start);
            BigDecimal ownTo = value(subject, period);
            BigDecimal refFrom = mean(others.stream().map(u -> value(u, start)).toList());
            BigDecimal refTo = mean(others.stream().map(u -> value(u, period)).toList());
            BigDecimal ownPct = change(ownFrom, ownTo);
            BigDecimal refPct = change(refFrom, refTo);
            if (ownPct == null || refPct == null) {
                return cannot(Sentence.of("assessment.peer.zeroBase", from.code()));
            }
            int d = decimalsToTell(ownPct, refPct);
            Sentence fact = Sentence.of("assessment.fact.peerChange", m.quantity(), subject.name(), movement(ownPct, d), from.code(), period.code(),
                    num(ownFrom), num(ownTo), who, movement(refPct, d), num(refFrom), num(refTo));
            if (group) {
                more.add(members(others, from, period));
            }
            if (t.direction() == Direction.NONE) {
                more.add(0, Sentence.of("assessment.noDirection"));
                return done(AssessmentStatus.KAN_EJ_BEDOMAS, Sentence.of("assessment.sentence", fact, status(AssessmentStatus.KAN_EJ_BEDOMAS)), more);
            }
            int cmp = ownPct.compareTo(refPct);
            boolean better = t.direction() == Direction.INCREASE ? cmp > 0 : cmp < 0;
            AssessmentStatus s = better ? AssessmentStatus.UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
            return done(s, Sentence.of("assessment.sentence", fact, status(s)), more);
        }

        /** "Jämförbara län: Region Jönköpings län 427 → 472, …; ovägt medel." */
        Sentence members(List<Unit> others, Period from, Period to) {
            List<String> parts = new ArrayList<>();
            for (Unit u : others) {
                BigDecimal a = ctx.value(m, u, from, Gender.T).map(IndicatorValue::value).orElse(null);
                BigDecimal b = ctx.value(m, u, to, Gender.T).map(IndicatorValue::value).orElse(null);
                String fa = a == null ? "–" : Formats.number(a, 0, 2);
                String fb = b == null ? "–" : Formats.number(b, 0, 2);
                parts.add(from.equals(to) ? u.name() + " " + fb : u.name() + " " + fa + " → " + fb);
            }
            return Sentence.of(from.equals(to) ? "assessment.peer.membersLevel" : "assessment.peer.members", new Sentence.Names(parts));
        }

        List<String> lacking(List<Unit> units, Period p) {
            List<String> result = new ArrayList<>();
            for (Unit u : units) {
                if (!ctx.value(m, u, p, Gender.T).map(v -> v.value() != null).orElse(false)) {
                    result.add(u.name());
                }
            }
            return result;
        }

        // INTERVAL: "77–80", "90–100 %", "6,3–6,1 %"
        Assessment interval() {
            if (t.lower() == null || t.upper() == null) {
                return cannot(Sentence.of("assessment.interval.incomplete"));
            }
            BigDecimal lo = t.lower().min(t.upper());
            BigDecimal hi = t.lower().max(t.upper());
            BigDecimal cur = value(subject, period);
            if (cur == null) {
                return lack(missing(subject, period), period);
            }
            String unit = t.unit() == null ? "" : " " + t.unit();
            Sentence fact = Sentence.of("assessment.fact.interval", m.quantity(), subject.name(), period.code(), num(cur), num(lo), num(hi), unit);
            if (cur.compareTo(lo) >= 0 && cur.compareTo(hi) <= 0) {
                return done(AssessmentStatus.UPPFYLLT, Sentence.of("assessment.sentence", Sentence.of("assessment.interval.inside", fact),
                        status(AssessmentStatus.UPPFYLLT)));
            }
            BigDecimal distance = cur.compareTo(lo) < 0 ? lo.subtract(cur) : cur.subtract(hi);
            Period prevP = period.previous();
            BigDecimal prev = value(subject, prevP);
            if (prev != null) {
                BigDecimal prevDistance = prev.compareTo(lo) < 0 ? lo.subtract(prev) : prev.compareTo(hi) > 0 ? prev.subtract(hi) : BigDecimal.ZERO;
                if (distance.compareTo(prevDistance) < 0) {
                    return done(AssessmentStatus.DELVIS_UPPFYLLT, Sentence.of("assessment.sentence",
                            Sentence.of("assessment.interval.closer", fact, prevP.code(), num(prev)), status(AssessmentStatus.DELVIS_UPPFYLLT)));
                }
            }
            return done(AssessmentStatus.EJ_UPPFYLLT, Sentence.of("assessment.sentence", Sentence.of("assessment.interval.outside", fact),
                    status(AssessmentStatus.EJ_UPPFYLLT)));
        }

        // GAP: "skillnaden mellan kvinnor och män ska minska"
        Assessment gap() {
            if (!m.byGender()) {
                return cannot(Sentence.of("assessment.gap.notByGender", m.code(), m.quantity()));
            }
            Period prevP = t.baseYear() != null ? period.inYear(t.baseYear()) : period.previous();
            BigDecimal k = value(subject, period, Gender.K);
            BigDecimal man = value(subject, period, Gender.M);
            if (k == null || man == null) {
                return lack(Sentence.of("assessment.gap.missing", m.quantity(), subject.name(), period.code()), period);
            }
            BigDecimal kPrev = value(subject, prevP, Gender.K);
            BigDecimal mPrev = value(subject, prevP, Gender.M);
            if (kPrev == null || mPrev == null) {
                return lack(Sentence.of("assessment.gap.missing", m.quantity(), subject.name(), prevP.code()), prevP);
            }
            BigDecimal gapNow = k.subtract(man).abs();
            BigDecimal gapThen = kPrev.subtract(mPrev).abs();
            Sentence fact = Sentence.of("assessment.fact.gap", m.quantity(), subject.name(), period.code(), num(k), num(man), num(gapNow),
                    prevP.code(), num(gapThen));
            Direction dir = t.direction() == Direction.NONE ? Direction.DECREASE : t.direction();
            int cmp = gapNow.compareTo(gapThen);
            boolean better = dir == Direction.DECREASE ? cmp < 0 || gapNow.signum() == 0 : cmp > 0;
            AssessmentStatus s = better ? AssessmentStatus.UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
            return done(s, Sentence.of("assessment.sentence", fact, status(s)));
        }

        Assessment reportOnly() {
            BigDecimal cur = value(subject, period);
            if (cur == null) {
                return lack(missing(subject, period), period);
            }
            return done(AssessmentStatus.UPPFYLLT, Sentence.of("assessment.sentence",
                    Sentence.of("assessment.fact.reported", m.quantity(), subject.name(), period.code(), num(cur)), status(AssessmentStatus.UPPFYLLT)));
        }

        // THRESHOLD: "antal kommuner som uppnått 95 procent"
        Assessment threshold() {
            if (t.threshold() == null) {
                return cannot(Sentence.of("assessment.threshold.incomplete"));
            }
            String of = t.unitsOf() == null ? "" : t.unitsOf().toLowerCase(Locale.ROOT);
            if (!of.contains("kommun")) {
                return cannot(Sentence.of("assessment.threshold.unknownUnits", t.unitsOf() == null ? "–" : t.unitsOf()));
            }
            List<Unit> units = ctx.municipalities(subject);
            if (units.isEmpty()) {
                return cannot(Sentence.of("assessment.threshold.unknownUnits", t.unitsOf()));
            }
            List<String> lackingNow = lacking(units, period);
            if (!lackingNow.isEmpty()) {
                return lack(Sentence.of("assessment.peer.missingLevel", m.quantity(), period.code(), new Sentence.Names(lackingNow)), period);
            }
            List<String> reaching = new ArrayList<>();
            for (Unit u : units) {
                if (value(u, period).compareTo(t.threshold()) >= 0) {
                    reaching.add(u.name());
                }
            }
            int now = reaching.size();
            Sentence fact = Sentence.of("assessment.fact.threshold", now, units.size(), t.unitsOf(), num(t.threshold()), m.quantity(), period.code());
            List<Sentence> more = new ArrayList<>();
            if (!reaching.isEmpty()) {
                more.add(Sentence.of("assessment.threshold.which", new Sentence.Names(reaching)));
            }
            if (t.direction() == Direction.NONE) {
                AssessmentStatus s = now == units.size() ? AssessmentStatus.UPPFYLLT : now > 0 ? AssessmentStatus.DELVIS_UPPFYLLT
                        : AssessmentStatus.EJ_UPPFYLLT;
                return done(s, Sentence.of("assessment.sentence", fact, status(s)), more);
            }
            Period prevP = t.baseYear() != null ? period.inYear(t.baseYear()) : period.previous();
            List<String> lackingThen = lacking(units, prevP);
            if (!lackingThen.isEmpty()) {
                return lack(Sentence.of("assessment.peer.missingLevel", m.quantity(), prevP.code(), new Sentence.Names(lackingThen)), prevP);
            }
            int then = 0;
            for (Unit u : units) {
                if (value(u, prevP).compareTo(t.threshold()) >= 0) {
                    then++;
                }
            }
            more.add(0, Sentence.of("assessment.threshold.before", then, prevP.code()));
            boolean better = t.direction() == Direction.INCREASE ? now > then : now < then;
            AssessmentStatus s = better ? AssessmentStatus.UPPFYLLT : AssessmentStatus.EJ_UPPFYLLT;
            return done(s, Sentence.of("assessment.sentence", fact, status(s)), more);
        }
    }

    /** "JAMFORBARA_LAN" as the plans write it is the organisation's "jamforbara-lan". */
    static String normaliseGroup(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return code.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace('å', 'a').replace('ä', 'a').replace('ö', 'o').replace(' ', '-');
    }

    /** Swedish genitive of a name in running text: "Jämförbara län" → "jämförbara läns". */
    static String genitive(String name) {
        String n = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return n.endsWith("s") || n.endsWith("x") || n.endsWith("z") ? n : n + "s";
    }
}
