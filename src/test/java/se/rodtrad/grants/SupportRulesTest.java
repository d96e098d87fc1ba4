package se.rodtrad.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The rules of the 2019 steering decision on their own, each with a hand-computed case: the caps, the locality and its
 * exceptions, a second micro grant to the same firm past 60 000 kr, and de minimis over three years — under (EU) nr
 * 1407/2013 by fiscal years until 2023, and under (EU) 2023/2831 over a rolling three years from 2024.
 */
class SupportRulesTest {

    static final Locale SV = Locale.forLanguageTag("sv-SE");
    static final UUID MIKRO = UUID.randomUUID();
    static final UUID KONSULT = UUID.randomUUID();
    static final SupportType MIKROBIDRAG = new SupportType(MIKRO, UUID.randomUUID(), "MIKROBIDRAG", "Mikrobidrag", List.of(), "Företagsstöd",
            "FORETAGSSTOD", List.of("2015:210", "2022:1468"), true, false);
    static final SupportType KONSULTTJANST = new SupportType(KONSULT, UUID.randomUUID(), "KONSULTTJANST", "Konsulttjänst", List.of(), "Företagsstöd",
            "FORETAGSSTOD", List.of("2015:210", "2022:1468"), true, false);
    static final RuleVersion MIKRO_2019 = new RuleVersion(UUID.randomUUID(), MIKRO, "Inriktningsbeslut 2019", LocalDate.of(2019, 1, 1), null, "18RS7061",
            null, List.of(
                    rule("MAX_AMOUNT", Map.of("amountKr", 30000, "per", "beslut"), "Max 30 000 kr i stöd per beslut", "seed 001 r. 4221"),
                    rule("MAX_PER_COMPANY", Map.of("amountKr", 60000), "Stödet kan beviljas totalt med 60 000 kr per företag", "seed 001 r. 4220-4221"),
                    rule("MAX_SHARE", Map.of("percent", 50), "Max 50 %", "seed 001 r. 4183-4184"),
                    rule("MAX_EMPLOYEES", Map.of("count", 4), "Maximalt fyra anställda", "seed 001 r. 4220"),
                    rule("MIN_FTE", Map.of("fte", "0.5"), "Minst en halv årsarbetskraft", "seed 001 r. 4219-4220"),
                    rule("EXCLUDED_LOCALITY", Map.of("locality", "Örebro tätort", "exceptions", List.of("FOUNDERS_BORN_OUTSIDE_NORDICS",
                            "WOMEN_NEW_INNOVATIVE_IDEA")), "Inte i Örebro tätort", "seed 001 r. 4204-4217")));
    static final List<Regulation> BASIS = List.of(
            new Regulation("2015:210", "Förordning (2015:210) om statligt stöd för att regionalt främja små och medelstora företag", null,
                    LocalDate.of(2022, 12, 31), "2022:1468", null),
            new Regulation("2022:1468", "Förordning (2022:1468) om statligt stöd för att främja små och medelstora företag", LocalDate.of(2023, 1, 1), null,
                    null, null));
    static final DeMinimisRegulation R1407 = new DeMinimisRegulation("(EU) nr 1407/2013", 200_000, "THREE_FISCAL_YEARS", LocalDate.of(2014, 1, 1),
            LocalDate.of(2023, 12, 31), "art. 3.2", null);
    static final DeMinimisRegulation R2831 = new DeMinimisRegulation("(EU) 2023/2831", 300_000, "ROLLING_THREE_YEARS", LocalDate.of(2024, 1, 1),
            LocalDate.of(2030, 12, 31), "art. 3.2", null);
    static final Set<String> COUNTY = Set.of("Askersund", "Degerfors", "Hallsberg", "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg", "Lindesberg",
            "Ljusnarsberg", "Nora", "Örebro");

    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    SupportRulesTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    static RuleVersion.Rule rule(String kind, Map<String, Object> params, String text, String source) {
        return new RuleVersion.Rule(kind, params, true, text, source);
    }

    static ProposedDecision micro(String amount, String municipality, String locality, String sex, Boolean outsideNordics, Boolean newIdea,
            String org, LocalDate day, String other) {
        return new ProposedDecision("RTN", "Mikrobidrag", new BigDecimal(amount), new BigDecimal("80000"), municipality, locality, new BigDecimal("3"),
                new BigDecimal("1"), sex, outsideNordics, newIdea, org, day, other == null ? null : new BigDecimal(other), Map.of());
    }

    static SupportRules.Context context(SupportType type, RuleVersion version, DeMinimisRegulation deMinimis, String rate,
            List<SupportRules.Earlier> earlier) {
        return new SupportRules.Context(type, version, null, BASIS, deMinimis, rate == null ? null : new BigDecimal(rate), false, COUNTY,
                Map.of("Örebro tätort", "Örebro"), earlier);
    }

    static SupportRules.Earlier earlier(UUID type, String day, long kronor) {
        return new SupportRules.Earlier(UUID.randomUUID(), LocalDate.parse(day), type, kronor * 100, true, "x");
    }

    String text(RuleCheck c) {
        Object[] args = c.explanation().args().stream().map(this::resolve).toArray();
        return messages.getMessage(c.explanation().key(), args, SV);
    }

    private Object resolve(Object a) {
        if (a instanceof Explanation e) {
            return messages.getMessage(e.key(), e.args().stream().map(this::resolve).toArray(), SV);
        }
        if (a instanceof Explanation.Kr kr) {
            return GrantTexts.kr(kr.ore());
        }
        if (a instanceof Explanation.Pct p) {
            return GrantTexts.number(p.value()) + " %";
        }
        if (a instanceof Explanation.Num n) {
            return GrantTexts.number(n.value());
        }
        return String.valueOf(a);
    }

    RuleCheck check(List<RuleCheck> checks, String ruleStart) {
        return checks.stream().filter(c -> c.rule().startsWith(ruleStart)).findFirst().orElseThrow();
    }

    @Test
    void a_micro_grant_of_35_000_kr_in_orebro_tatort_to_a_firm_run_by_men_breaks_two_rules_with_their_reasons() {
        List<RuleCheck> checks = SupportRules.judge(micro("35000", "Örebro", "Örebro tätort", "M", false, false, null, LocalDate.of(2019, 12, 10), null),
                context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", List.of()));
        assertThat(checks).filteredOn(RuleCheck::refuses).extracting(RuleCheck::rule)
                .containsExactly("Max 30 000 kr i stöd per beslut (Inriktningsbeslut 2019)", "Inte i Örebro tätort (Inriktningsbeslut 2019)");
        assertThat(text(check(checks, "Max 30 000"))).isEqualTo(
                "Mikrobidrag: 35 000 kr överstiger taket 30 000 kr per beslut (inriktningsbeslut 2019, seed 001 r. 4221).");
        assertThat(text(check(checks, "Inte i Örebro tätort"))).isEqualTo("Mikrobidrag: företaget finns i Örebro tätort, där stödet inte ges; inget "
                + "undantag gäller (drivs inte av personer födda utanför Norden, och inte av kvinnor för en ny innovativ idé) (inriktningsbeslut 2019, seed 001 r. 4204-4217).");
    }

    @Test
    void the_same_grant_corrected_to_30_000_kr_for_a_new_idea_of_a_firm_run_by_women_passes_every_hard_rule_it_can_judge() {
        List<RuleCheck> checks = SupportRules.judge(micro("30000", "Örebro", "Örebro tätort", "K", false, true, "556677-8899", LocalDate.of(2019, 12, 10),
                "0"), context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", List.of()));
        assertThat(checks).noneMatch(RuleCheck::refuses);
        assertThat(text(check(checks, "Inte i Örebro tätort"))).isEqualTo("Mikrobidrag: i Örebro tätort, men företaget drivs av kvinnor och stödet "
                + "avser en ny innovativ idé i ett befintligt företag – undantaget gäller (inriktningsbeslut 2019, seed 001 r. 4204-4217).");
        // 30 000 kr of an eligible cost of 80 000 kr is 37,5 %, at most 50 % = 40 000 kr
        assertThat(text(check(checks, "Max 50 %"))).isEqualTo("Mikrobidrag: 30 000 kr är 37,5 % av den stödberättigande kostnaden 80 000 kr; högst 50 % "
                + "(40 000 kr) – ryms (inriktningsbeslut 2019, seed 001 r. 4183-4184).");
    }

    @Test
    void a_second_micro_grant_to_the_same_firm_that_would_pass_60_000_kr_is_refused_with_the_sum() {
        List<SupportRules.Earlier> before = List.of(earlier(MIKRO, "2019-03-01", 25_000), earlier(MIKRO, "2019-09-01", 20_000),
                earlier(KONSULT, "2019-05-01", 100_000));
        List<RuleCheck> checks = SupportRules.judge(micro("20000", "Nora", null, "K", null, null, "556677-8899", LocalDate.of(2019, 12, 10), "0"),
                context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", before));
        RuleCheck perCompany = check(checks, "Stödet kan beviljas totalt");
        assertThat(perCompany.result()).isEqualTo(RuleResult.BROKEN);
        // 25 000 + 20 000 (the consultancy grant is another type) + 20 000 = 65 000 > 60 000
        assertThat(text(perCompany)).isEqualTo("Mikrobidrag: tidigare beviljat till 556677-8899 45 000 kr (2 beslut) + detta 20 000 kr = 65 000 kr, "
                + "mer än 60 000 kr per företag (inriktningsbeslut 2019, seed 001 r. 4220-4221).");
        List<RuleCheck> within = SupportRules.judge(micro("15000", "Nora", null, "K", null, null, "556677-8899", LocalDate.of(2019, 12, 10), "0"),
                context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", before));
        assertThat(check(within, "Stödet kan beviljas totalt").result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void facts_the_application_does_not_give_are_not_judged_and_the_missing_fact_is_named() {
        ProposedDecision bare = new ProposedDecision("RTN", "Mikrobidrag", new BigDecimal("20000"), null, "Örebro", null, null, null, null, null, null, null,
                LocalDate.of(2019, 12, 10), null, Map.of());
        List<RuleCheck> checks = SupportRules.judge(bare, context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", List.of()));
        assertThat(checks).noneMatch(RuleCheck::refuses);
        assertThat(text(check(checks, "Maximalt fyra"))).isEqualTo("Mikrobidrag: kan inte bedömas – antalet anställda saknas; högst 4 (inriktningsbeslut 2019, seed 001 r. 4220).");
        assertThat(text(check(checks, "Inte i Örebro tätort"))).isEqualTo("Mikrobidrag: kan inte bedömas – orten i Örebro kommun saknas; stödet ges inte "
                + "i Örebro tätort (inriktningsbeslut 2019, seed 001 r. 4204-4217).");
        assertThat(text(check(checks, "Stöd av mindre betydelse"))).startsWith("Stöd av mindre betydelse: kan inte bedömas – organisationsnummer saknas");
        ProposedDecision inTatort = new ProposedDecision("RTN", "Mikrobidrag", new BigDecimal("20000"), null, "Örebro", "Örebro tätort", null, null, "K",
                null, null, null, LocalDate.of(2019, 12, 10), null, Map.of());
        assertThat(text(check(SupportRules.judge(inTatort, context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", List.of())), "Inte i Örebro tätort")))
                .isEqualTo("Mikrobidrag: företaget finns i Örebro tätort; kan inte bedömas om ett undantag gäller – uppgift saknas: om företaget drivs av "
                        + "personer födda utanför Norden och om stödet avser en ny innovativ idé i ett befintligt företag (inriktningsbeslut 2019, seed 001 r. 4204-4217).");
    }

    @Test
    void de_minimis_under_1407_2013_counts_the_current_and_two_previous_fiscal_years() {
        // ceiling 200 000 EUR × 10,59 = 2 118 000 kr; 2017–2019: 900 000 + 1 000 000 (+ 2016's 500 000 falls outside) + 200 000 + 30 000 = 2 130 000 kr
        List<SupportRules.Earlier> before = List.of(earlier(KONSULT, "2016-06-01", 500_000), earlier(KONSULT, "2017-02-01", 900_000),
                earlier(KONSULT, "2018-11-01", 1_000_000));
        List<RuleCheck> checks = SupportRules.judge(micro("30000", "Nora", null, "K", null, null, "556677-8899", LocalDate.of(2019, 12, 10), "200000"),
                context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", before));
        RuleCheck dm = check(checks, "Stöd av mindre betydelse");
        assertThat(dm.result()).isEqualTo(RuleResult.BROKEN);
        assertThat(text(dm)).isEqualTo("Stöd av mindre betydelse: i registret 1 900 000 kr (2 beslut) + detta 30 000 kr + andra givare 200 000 kr = "
                + "2 130 000 kr ≈ 201 133 EUR under beskattningsåren 2017–2019 (räknade som kalenderår), över taket 200 000 EUR = 2 118 000 kr "
                + "(kurs 10,59 kr/EUR; (EU) nr 1407/2013, art. 3.2).");
        List<RuleCheck> less = SupportRules.judge(micro("30000", "Nora", null, "K", null, null, "556677-8899", LocalDate.of(2019, 12, 10), "100000"),
                context(MIKROBIDRAG, MIKRO_2019, R1407, "10.59", before));
        assertThat(check(less, "Stöd av mindre betydelse").result()).isEqualTo(RuleResult.PASSED);
    }

    @Test
    void from_2024_de_minimis_follows_2023_2831_300_000_eur_over_a_rolling_three_years_and_the_successor_regulation_is_the_basis() {
        // decision 2024-03-15: the period is 2021-03-16 – 2024-03-15; 2021-03-01 falls outside, 2021-04-01 inside
        // ceiling 300 000 EUR × 11,43 = 3 429 000 kr; in the register 2 000 000 + 1 400 000 = 3 400 000 kr + 30 000 = 3 430 000 kr > ceiling
        List<SupportRules.Earlier> before = List.of(earlier(KONSULT, "2021-03-01", 900_000), earlier(KONSULT, "2021-04-01", 2_000_000),
                earlier(KONSULT, "2023-12-20", 1_400_000));
        List<RuleCheck> checks = SupportRules.judge(micro("30000", "Nora", null, "K", null, null, "556677-8899", LocalDate.of(2024, 3, 15), "0"),
                context(MIKROBIDRAG, MIKRO_2019, R2831, "11.43", before));
        RuleCheck dm = check(checks, "Stöd av mindre betydelse");
        assertThat(dm.result()).isEqualTo(RuleResult.BROKEN);
        assertThat(text(dm)).isEqualTo("Stöd av mindre betydelse: i registret 3 400 000 kr (2 beslut) + detta 30 000 kr = 3 430 000 kr ≈ 300 087 EUR "
                + "under treårsperioden 2021-03-16–2024-03-15, över taket 300 000 EUR = 3 429 000 kr (kurs 11,43 kr/EUR; (EU) 2023/2831, art. 3.2).");
        assertThat(text(check(checks, "Mikrobidrag: rättslig grund"))).isEqualTo(
                "Mikrobidrag: rättslig grund Förordning (2022:1468) om statligt stöd för att främja små och medelstora företag, i kraft 2024-03-15.");
        // the same register under 1407/2013 on 2023-12-31 counted 2021–2023 fiscal years with the lower ceiling 200 000 EUR × 11,48
        List<RuleCheck> in2023 = SupportRules.judge(micro("30000", "Nora", null, "K", null, null, "556677-8899", LocalDate.of(2023, 12, 31), "0"),
                context(MIKROBIDRAG, MIKRO_2019, R1407, "11.48", before));
        assertThat(text(check(in2023, "Stöd av mindre betydelse"))).contains("i registret 4 300 000 kr (3 beslut)").contains("beskattningsåren 2021–2023")
                .contains("200 000 EUR = 2 296 000 kr");
    }

    @Test
    void no_rules_in_force_is_not_judged_with_the_pending_extension_named() {
        SupportRules.Context c = new SupportRules.Context(MIKROBIDRAG, null, Explanation.of("grants.rule.noVersion.pendingExtension", "Mikrobidrag",
                "2020-01-10", "Inriktningsbeslut 2019", "2019-12-31", "18RS7061"), BASIS, R1407, new BigDecimal("10.49"), false, COUNTY, Map.of(), List.of());
        List<RuleCheck> checks = SupportRules.judge(micro("30000", "Nora", null, "K", null, null, null, LocalDate.of(2020, 1, 10), null), c);
        assertThat(text(check(checks, "Mikrobidrag: regler"))).isEqualTo("Mikrobidrag: kan inte bedömas – inga regler gäller 2020-01-10; Inriktningsbeslut "
                + "2019 gällde t.o.m. 2019-12-31 och förlängningen (18RS7061) är inte beslutad.");
    }

    @Test
    void organisation_numbers_are_read_with_their_check_digit() {
        assertThat(GrantRegister.normalisedOrg("5566778899")).isEqualTo("556677-8899");
        assertThat(GrantRegister.normalisedOrg("16556677-8899")).isEqualTo("556677-8899");
        assertThat(GrantRegister.normalisedOrg("556677-8898")).isNull();
        assertThat(GrantRegister.normalisedOrg("abc")).isNull();
    }
}
