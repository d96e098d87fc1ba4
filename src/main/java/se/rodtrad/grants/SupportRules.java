package se.rodtrad.grants;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.rodtrad.grants.Explanation.Kr;
import se.rodtrad.grants.Explanation.Num;
import se.rodtrad.grants.Explanation.Pct;

/**
 * Judges a proposed decision by the rules in force on its date: the support type's legal basis (the regulation in force
 * that day), each rule of the version in force (a cap per decision or project, a share of the eligible cost, a total per
 * company counting earlier grants of the type, employees, full-time equivalents, a locality the support is not given in
 * with its exceptions, the county, a required fact), and the EU de minimis ceiling per undertaking over three years as the
 * regulation in force that day counts them (earlier de minimis grants in the register plus what the firm declares from
 * other grantors). Each rule is passed, broken, or cannot be judged — then the sentence names the missing fact; nothing is
 * guessed either way. Pure: everything it reads is in its arguments.
 */
final class SupportRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A grant already in the register to the same organisation. */
    record Earlier(UUID id, LocalDate decidedOn, UUID supportTypeId, long amountOre, boolean deMinimis, String reference) {
    }

    /**
     * What the judgement needs besides the decision: the type and its version in force (null with the reason when none),
     * the type's regulations, the de minimis regulation in force and the exchange rate of the decision's year (null when
     * unknown), the county's municipalities, which municipality each named locality lies in, and the organisation's
     * earlier grants (empty when the organisation number is missing).
     */
    record Context(SupportType type, RuleVersion version, Explanation noVersion, List<Regulation> regulations, DeMinimisRegulation deMinimis,
            BigDecimal sekPerEur, boolean rateExempeldata, Set<String> county, Map<String, String> localities, List<Earlier> earlier) {
    }

    private SupportRules() {
    }

    static Long ore(BigDecimal kronor) {
        return kronor == null ? null : kronor.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    static List<RuleCheck> judge(ProposedDecision d, Context c) {
        List<RuleCheck> out = new ArrayList<>();
        LocalDate day = d.decisionDate();
        String type = c.type().name();
        Long amount = ore(d.amount());
        basis(d, c, out);
        if (c.version() == null) {
            out.add(new RuleCheck(type + ": regler", RuleResult.NOT_JUDGED, false, c.noVersion()));
        } else {
            String v = c.version().name();
            for (RuleVersion.Rule r : c.version().rules()) {
                String rule = r.text() + " (" + v + ")";
                Explanation e;
                RuleResult result;
                switch (r.kind()) {
                    case "MAX_AMOUNT" -> {
                        long max = Long.parseLong(r.param("amountKr")) * 100;
                        if (amount == null) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.noAmount", type, r.text().toLowerCase(Locale.ROOT));
                        } else {
                            result = amount <= max ? RuleResult.PASSED : RuleResult.BROKEN;
                            e = Explanation.of(amount <= max ? "grants.rule.maxAmount.passed" : "grants.rule.maxAmount.broken", type, new Kr(amount),
                                    new Kr(max), r.param("per"), lower(v), source(r));
                        }
                    }
                    case "MAX_SHARE" -> {
                        BigDecimal pct = new BigDecimal(r.param("percent"));
                        Long cost = ore(d.eligibleCost());
                        if (amount == null) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.noAmount", type, r.text().toLowerCase(Locale.ROOT));
                        } else if (cost == null || cost <= 0) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.maxShare.missing", type, new Pct(pct), lower(v), source(r));
                        } else {
                            long allowed = BigDecimal.valueOf(cost).multiply(pct).divide(HUNDRED, 0, RoundingMode.DOWN).longValue();
                            BigDecimal share = BigDecimal.valueOf(amount).multiply(HUNDRED).divide(BigDecimal.valueOf(cost), 2, RoundingMode.HALF_UP);
                            result = amount <= allowed ? RuleResult.PASSED : RuleResult.BROKEN;
                            e = Explanation.of(amount <= allowed ? "grants.rule.maxShare.passed" : "grants.rule.maxShare.broken", type, new Kr(amount),
                                    new Pct(share), new Kr(cost), new Pct(pct), new Kr(allowed), lower(v), source(r));
                        }
                    }
                    case "MAX_PER_COMPANY" -> {
                        long max = Long.parseLong(r.param("amountKr")) * 100;
                        if (blank(d.organisationNumber())) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.perCompany.missing", type, new Kr(max), lower(v), source(r));
                        } else if (amount == null) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.noAmount", type, r.text().toLowerCase(Locale.ROOT));
                        } else {
                            List<Earlier> same = c.earlier().stream().filter(x -> x.supportTypeId().equals(c.type().id())).toList();
                            long before = same.stream().mapToLong(Earlier::amountOre).sum();
                            long total = before + amount;
                            result = total <= max ? RuleResult.PASSED : RuleResult.BROKEN;
                            e = Explanation.of(total <= max ? "grants.rule.perCompany.passed" : "grants.rule.perCompany.broken", type, new Kr(before),
                                    same.size(), new Kr(amount), new Kr(total), new Kr(max), lower(v), source(r), d.organisationNumber().strip());
                        }
                    }
                    case "MAX_EMPLOYEES" -> {
                        BigDecimal max = new BigDecimal(r.param("count"));
                        if (d.employees() == null) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.employees.missing", type, new Num(max), lower(v), source(r));
                        } else {
                            boolean ok = d.employees().compareTo(max) <= 0;
                            result = ok ? RuleResult.PASSED : RuleResult.BROKEN;
                            e = Explanation.of(ok ? "grants.rule.employees.passed" : "grants.rule.employees.broken", type, new Num(d.employees()),
                                    new Num(max), lower(v), source(r));
                        }
                    }
                    case "MIN_FTE" -> {
                        BigDecimal min = new BigDecimal(r.param("fte"));
                        if (d.fte() == null) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.fte.missing", type, new Num(min), lower(v), source(r));
                        } else {
                            boolean ok = d.fte().compareTo(min) >= 0;
                            result = ok ? RuleResult.PASSED : RuleResult.BROKEN;
                            e = Explanation.of(ok ? "grants.rule.fte.passed" : "grants.rule.fte.broken", type, new Num(d.fte()), new Num(min), lower(v),
                                    source(r));
                        }
                    }
                    case "EXCLUDED_LOCALITY" -> {
                        Object[] judged = locality(d, c, r, type, v);
                        result = (RuleResult) judged[0];
                        e = (Explanation) judged[1];
                    }
                    case "IN_COUNTY" -> {
                        if (blank(d.municipality())) {
                            result = RuleResult.NOT_JUDGED;
                            e = Explanation.of("grants.rule.county.missing", type, lower(v), source(r));
                        } else {
                            boolean ok = c.county().stream().anyMatch(m -> m.equalsIgnoreCase(d.municipality().strip()));
                            result = ok ? RuleResult.PASSED : RuleResult.BROKEN;
                            e = Explanation.of(ok ? "grants.rule.county.passed" : "grants.rule.county.broken", type, d.municipality().strip(), lower(v),
                                    source(r));
                        }
                    }
                    case "REQUIRED_FACT" -> {
                        Boolean fact = d.facts().get(r.param("fact"));
                        result = fact == null ? RuleResult.NOT_JUDGED : fact ? RuleResult.PASSED : RuleResult.BROKEN;
                        e = Explanation.of("grants.rule.fact." + (fact == null ? "missing" : fact ? "passed" : "broken"), type,
                                Explanation.of("grants.fact." + r.param("fact")), lower(v), source(r));
                    }
                    case "NO_EQUITY" -> {
                        result = RuleResult.PASSED;
                        e = Explanation.of("grants.rule.noEquity.passed", type, lower(v), source(r));
                    }
                    default -> {
                        result = RuleResult.NOT_JUDGED;
                        e = Explanation.of("grants.rule.unknownKind", type, r.kind());
                    }
                }
                out.add(new RuleCheck(rule, result, r.hard(), e));
            }
        }
        if (c.type().deMinimis()) {
            out.add(deMinimis(d, c, amount));
        }
        return out;
    }

    private static void basis(ProposedDecision d, Context c, List<RuleCheck> out) {
        String type = c.type().name();
        List<Regulation> inForce = c.regulations().stream().filter(r -> r.inForceOn(d.decisionDate())).toList();
        if (inForce.isEmpty()) {
            out.add(new RuleCheck(type + ": rättslig grund", RuleResult.BROKEN, true,
                    Explanation.of("grants.rule.basis.none", type, String.join(", ", c.type().regulations()), d.decisionDate().toString())));
        } else {
            Regulation r = inForce.get(0);
            out.add(new RuleCheck(type + ": rättslig grund", RuleResult.PASSED, true, Explanation.of("grants.rule.basis.passed", type, r.title(),
                    d.decisionDate().toString())));
        }
    }

    /** Outside the excluded locality, or inside it with an exception that applies; the facts that decide it, or which is missing. */
    private static Object[] locality(ProposedDecision d, Context c, RuleVersion.Rule r, String type, String v) {
        String excluded = r.param("locality");
        String inMunicipality = c.localities().get(excluded);
        @SuppressWarnings("unchecked")
        List<String> exceptions = r.params().get("exceptions") instanceof List<?> l ? (List<String>) l : List.of();
        if (blank(d.municipality())) {
            return new Object[] {RuleResult.NOT_JUDGED, Explanation.of("grants.rule.locality.missingMunicipality", type, excluded, lower(v), source(r))};
        }
        if (inMunicipality != null && !inMunicipality.equalsIgnoreCase(d.municipality().strip())) {
            return new Object[] {RuleResult.PASSED, Explanation.of("grants.rule.locality.outsideMunicipality", type, d.municipality().strip(), excluded,
                    lower(v), source(r))};
        }
        if (blank(d.locality())) {
            return new Object[] {RuleResult.NOT_JUDGED, Explanation.of("grants.rule.locality.missingLocality", type, d.municipality().strip(), excluded,
                    lower(v), source(r))};
        }
        String loc = d.locality().strip();
        boolean inside = loc.equalsIgnoreCase(excluded) || (inMunicipality != null && loc.equalsIgnoreCase(inMunicipality));
        if (!inside) {
            return new Object[] {RuleResult.PASSED, Explanation.of("grants.rule.locality.outside", type, loc, excluded, lower(v), source(r))};
        }
        List<String> missing = new ArrayList<>();
        if (exceptions.contains("FOUNDERS_BORN_OUTSIDE_NORDICS")) {
            if (Boolean.TRUE.equals(d.foundersBornOutsideNordics())) {
                return new Object[] {RuleResult.PASSED, Explanation.of("grants.rule.locality.exceptionFounders", type, excluded, lower(v), source(r))};
            }
            if (d.foundersBornOutsideNordics() == null) {
                missing.add("grants.fact.foundersBornOutsideNordics");
            }
        }
        if (exceptions.contains("WOMEN_NEW_INNOVATIVE_IDEA")) {
            boolean women = "K".equalsIgnoreCase(d.ownerSex());
            if (women && Boolean.TRUE.equals(d.newInnovativeIdea())) {
                return new Object[] {RuleResult.PASSED, Explanation.of("grants.rule.locality.exceptionWomen", type, excluded, lower(v), source(r))};
            }
            if (blank(d.ownerSex())) {
                missing.add("grants.fact.ownerSex");
            } else if (women && d.newInnovativeIdea() == null) {
                missing.add("grants.fact.newInnovativeIdea");
            }
        }
        if (!missing.isEmpty()) {
            return new Object[] {RuleResult.NOT_JUDGED, Explanation.of("grants.rule.locality.exceptionUnknown", type, excluded,
                    Explanation.of("grants.list." + missing.size(), missing.stream().map(Explanation::of).toArray()), lower(v), source(r))};
        }
        Explanation why = exceptions.isEmpty() ? Explanation.of("grants.rule.locality.noExceptions")
                : Explanation.of("grants.rule.locality.noExceptionApplies");
        return new Object[] {RuleResult.BROKEN, Explanation.of("grants.rule.locality.broken", type, excluded, why, lower(v), source(r))};
    }

    private static RuleCheck deMinimis(ProposedDecision d, Context c, Long amount) {
        String rule = "Stöd av mindre betydelse (de minimis)";
        DeMinimisRegulation reg = c.deMinimis();
        LocalDate day = d.decisionDate();
        if (reg == null) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, true, Explanation.of("grants.rule.deMinimis.noRegulation", day.toString()));
        }
        Explanation period = reg.period().equals("THREE_FISCAL_YEARS")
                ? Explanation.of("grants.deMinimis.fiscalYears", String.valueOf(reg.periodStart(day).getYear()), String.valueOf(day.getYear()))
                : Explanation.of("grants.deMinimis.rolling", reg.periodStart(day).toString(), day.toString());
        String cite = reg.regulation() + ", " + reg.articles();
        if (blank(d.organisationNumber())) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, true, Explanation.of("grants.rule.deMinimis.missingOrg", new Num(BigDecimal.valueOf(reg.ceilingEur())),
                    period, cite));
        }
        if (amount == null) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, true, Explanation.of("grants.rule.noAmount", c.type().name(), "stöd av mindre betydelse"));
        }
        LocalDate from = reg.periodStart(day);
        LocalDate to = reg.periodEnd(day);
        List<Earlier> inPeriod = c.earlier().stream()
                .filter(x -> x.deMinimis() && !x.decidedOn().isBefore(from) && !x.decidedOn().isAfter(to)).toList();
        long register = inPeriod.stream().mapToLong(Earlier::amountOre).sum();
        if (c.sekPerEur() == null) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, true, Explanation.of("grants.rule.deMinimis.missingRate", String.valueOf(day.getYear()), new Kr(register),
                    period, cite));
        }
        long ceilingOre = BigDecimal.valueOf(reg.ceilingEur()).multiply(c.sekPerEur()).multiply(HUNDRED).setScale(0, RoundingMode.DOWN).longValue();
        Explanation rate = Explanation.of(c.rateExempeldata() ? "grants.deMinimis.rateExempeldata" : "grants.deMinimis.rate", new Num(c.sekPerEur()));
        long known = register + amount;
        if (known > ceilingOre) {
            return new RuleCheck(rule, RuleResult.BROKEN, true, Explanation.of("grants.rule.deMinimis.brokenRegister", new Kr(register), inPeriod.size(),
                    new Kr(amount), new Kr(known), eur(known, c.sekPerEur()), new Num(BigDecimal.valueOf(reg.ceilingEur())), new Kr(ceilingOre), period,
                    rate, cite));
        }
        if (d.otherDeMinimis() == null) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, true, Explanation.of("grants.rule.deMinimis.missingOther", new Kr(register), inPeriod.size(),
                    new Kr(amount), new Kr(known), new Num(BigDecimal.valueOf(reg.ceilingEur())), new Kr(ceilingOre), period, rate, cite));
        }
        long other = ore(d.otherDeMinimis());
        long total = known + other;
        boolean ok = total <= ceilingOre;
        return new RuleCheck(rule, ok ? RuleResult.PASSED : RuleResult.BROKEN, true, Explanation.of(ok ? "grants.rule.deMinimis.passed"
                : "grants.rule.deMinimis.broken", new Kr(register), inPeriod.size(), new Kr(amount), new Kr(other), new Kr(total),
                eur(total, c.sekPerEur()), new Num(BigDecimal.valueOf(reg.ceilingEur())), new Kr(ceilingOre), period, rate, cite));
    }

    private static Num eur(long ore, BigDecimal rate) {
        return new Num(BigDecimal.valueOf(ore).divide(HUNDRED, MathContext.DECIMAL64).divide(rate, 0, RoundingMode.HALF_UP));
    }

    private static String lower(String versionName) {
        return versionName == null || versionName.isEmpty() ? "" : Character.toLowerCase(versionName.charAt(0)) + versionName.substring(1);
    }

    private static String source(RuleVersion.Rule r) {
        return r.source() == null ? "" : ", " + r.source();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
