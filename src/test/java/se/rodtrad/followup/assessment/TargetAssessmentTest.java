package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.Direction;
import se.rodtrad.planning.Target;
import se.rodtrad.planning.TargetForm;
import se.rodtrad.shared.web.WebConfiguration;

/** Hand-computed cases for every target form, rendered in Swedish. */
class TargetAssessmentTest {

    static final Unit OREBRO = unit("0018", "Region Örebro län", UnitType.REGION);
    static final Unit JONKOPING = unit("0006", "Region Jönköpings län", UnitType.REGION);
    static final Unit KRONOBERG = unit("0007", "Region Kronoberg", UnitType.REGION);
    static final Unit VARMLAND = unit("0017", "Region Värmland", UnitType.REGION);
    static final Unit VASTMANLAND = unit("0019", "Region Västmanland", UnitType.REGION);
    static final Unit RIKET = unit("0000", "Riket", UnitType.NATION);
    static final Unit ASKERSUND = unit("1882", "Askersund", UnitType.MUNICIPALITY);
    static final Unit LAXA = unit("1860", "Laxå", UnitType.MUNICIPALITY);
    static final Unit OREBRO_K = unit("1880", "Örebro", UnitType.MUNICIPALITY);

    static final Measure BRP_INV = measure("SCB-BRP-PER-INV", "BRP", "invånare", false);
    static final Measure BRP_SYSS = measure("N03701", "BRP", "sysselsatt", false);
    static final Measure ANDEL = measure("N00001", "andel", null, true);

    static Unit unit(String code, String name, UnitType type) {
        return new Unit(UUID.nameUUIDFromBytes(code.getBytes()), code, code, name, null, type, null, 0, null, 0, Instant.EPOCH, "test");
    }

    static Measure measure(String code, String subject, String per, boolean byGender) {
        return new Measure(UUID.nameUUIDFromBytes(code.getBytes()), code, null, "Mått " + code, per == null ? subject : subject + " per " + per,
                null, subject, per, null, null, byGender, 0, Instant.EPOCH, "test");
    }

    /** Values in memory, keyed by measure, unit, period and sex. */
    static final class Values implements AssessmentContext {
        final Map<String, IndicatorValue> map = new HashMap<>();
        final List<Measure> measures = new ArrayList<>(List.of(BRP_INV, BRP_SYSS, ANDEL));

        Values put(Measure m, Unit u, String period, Gender g, String value, String published) {
            Period p = Period.parse(period).orElseThrow();
            map.put(m.code() + u.code() + p.code() + g, new IndicatorValue(UUID.randomUUID(), m.id(), u.id(), u.code(), u.name(), p, g,
                    value == null ? null : new BigDecimal(value), null, null, "test", published == null ? null : LocalDate.parse(published),
                    false, false, null, 0, Instant.EPOCH, "test"));
            return this;
        }

        Values put(Measure m, Unit u, String period, String value) {
            return put(m, u, period, Gender.T, value, null);
        }

        @Override
        public Optional<IndicatorValue> value(Measure m, Unit u, Period p, Gender g) {
            return Optional.ofNullable(map.get(m.code() + u.code() + p.code() + g));
        }

        @Override
        public Optional<ComparisonGroup> group(String code) {
            return code.equals("jamforbara-lan")
                    ? Optional.of(new ComparisonGroup(UUID.randomUUID(), code, "Jämförbara län", OREBRO.id(),
                            List.of(JONKOPING, KRONOBERG, VARMLAND, VASTMANLAND)))
                    : Optional.empty();
        }

        @Override
        public Optional<Unit> nation() {
            return Optional.of(RIKET);
        }

        @Override
        public List<Unit> municipalities(Unit region) {
            return List.of(ASKERSUND, LAXA, OREBRO_K);
        }

        @Override
        public List<Measure> siblings(Measure m) {
            return measures.stream().filter(o -> !o.id().equals(m.id()) && o.subject().equals(m.subject())).toList();
        }
    }

    private final TargetAssessment policy = new TargetAssessment();
    private final AssessmentTexts texts;

    TargetAssessmentTest() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        texts = new AssessmentTexts(source);
    }

    private Assessment assess(String text, Target target, String period, Measure m, Values v) {
        return policy.assess(new AssessmentInput(text, target, Period.parse(period).orElseThrow(), OREBRO, m), v);
    }

    private String say(Assessment a) {
        return texts.explain(a.explanation(), WebConfiguration.SWEDISH);
    }

    private static Target target(TargetForm form, Direction d) {
        return Target.of(form, d);
    }

    @Test
    void previous_value_increase_is_met_when_the_value_rose() {
        // 431 → 472: (472 − 431) / 431 = 9,51 %
        Values v = new Values().put(BRP_INV, OREBRO, "2020", "431").put(BRP_INV, OREBRO, "2021", "472");
        Assessment a = assess("BRP per invånare ska öka", target(TargetForm.PREVIOUS_VALUE, Direction.INCREASE), "2021", BRP_INV, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(a)).isEqualTo("BRP per invånare i Region Örebro län ökade 9,5 % 2020–2021 (431 → 472): uppfyllt.");
    }

    @Test
    void previous_value_unchanged_is_not_met_and_a_missing_year_cannot_be_assessed() {
        Values v = new Values().put(BRP_INV, OREBRO, "2020", "431").put(BRP_INV, OREBRO, "2021", "431");
        Assessment same = assess("BRP per invånare ska öka", target(TargetForm.PREVIOUS_VALUE, Direction.INCREASE), "2021", BRP_INV, v);
        assertThat(same.status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(say(same)).isEqualTo("BRP per invånare i Region Örebro län var oförändrad 2020–2021 (431 → 431): ej uppfyllt.");

        Values gap = new Values().put(BRP_INV, OREBRO, "2021", "456");
        Assessment missing = assess("BRP per invånare ska öka", target(TargetForm.PREVIOUS_VALUE, Direction.INCREASE), "2021", BRP_INV, gap);
        assertThat(missing.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(say(missing)).isEqualTo("Värde för BRP per invånare i Region Örebro län 2020 saknas.");
    }

    @Test
    void previous_value_against_the_latest_statistics_uses_the_two_latest_published_years() {
        // 2021 not yet published: 2019 = 422 against 2018 = 400 → +5,5 %
        Values v = new Values().put(BRP_INV, OREBRO, "2018", "400").put(BRP_INV, OREBRO, "2019", "422");
        Target t = new Target(TargetForm.PREVIOUS_VALUE, Direction.INCREASE, "LATEST_STATISTICS", null, null, null, null, null, null, null,
                null, null, null, null);
        Assessment a = assess("ska öka jämfört med senast tillgängliga statistik", t, "2021", BRP_INV, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(a)).isEqualTo("BRP per invånare i Region Örebro län ökade 5,5 % 2018–2019 (400 → 422): uppfyllt. "
                + "Senast tillgängliga statistik avser 2019.");
    }

    @Test
    void base_year_decrease_is_met_when_below_the_base_year() {
        // 50 → 45: −10 %
        Values v = new Values().put(ANDEL, OREBRO, "2022", "50").put(ANDEL, OREBRO, "2024", "45");
        Target t = new Target(TargetForm.BASE_YEAR, Direction.DECREASE, null, 2022, null, null, null, null, null, null, null, null, null, null);
        Assessment a = assess("Andelen ska minska jämfört med 2022", t, "2024", ANDEL, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(a)).isEqualTo("andel i Region Örebro län minskade 10,0 % 2022–2024 (50 → 45): uppfyllt.");
    }

    @Test
    void relative_change_before_the_target_year_is_judged_against_a_linear_path() {
        // −60 % from 1 000 (2005) by 2030: target 400; in 2021 the even path is 1 000 + (400 − 1 000) × 16/25 = 616
        Target t = new Target(TargetForm.RELATIVE_CHANGE, Direction.DECREASE, null, 2005, 2030, new BigDecimal("60"), null, null, null, null,
                null, null, null, null);
        Values behind = new Values().put(ANDEL, OREBRO, "2005", "1000").put(ANDEL, OREBRO, "2021", "700");
        Assessment a = assess("ska minska med 60 procent till år 2030 jämfört med 2005", t, "2021", ANDEL, behind);
        assertThat(a.status()).isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
        assertThat(say(a)).isEqualTo("andel i Region Örebro län minskade 30,0 % sedan 2005 (1 000 → 700 år 2021): delvis uppfyllt. "
                + "Målet är en förändring med −60 % till 2030 (400). "
                + "Med jämn takt mot målet skulle värdet 2021 vara 616; utvecklingen ligger efter.");
        Values ahead = new Values().put(ANDEL, OREBRO, "2005", "1000").put(ANDEL, OREBRO, "2021", "600");
        assertThat(assess("", t, "2021", ANDEL, ahead).status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        Values wrong = new Values().put(ANDEL, OREBRO, "2005", "1000").put(ANDEL, OREBRO, "2021", "1100");
        assertThat(assess("", t, "2021", ANDEL, wrong).status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
    }

    @Test
    void relative_change_without_target_year_is_met_once_the_change_is_reached() {
        // +33 % from 300 (2016): target 399; 420 is +40 %, 350 is +16,7 %
        Target t = new Target(TargetForm.RELATIVE_CHANGE, Direction.INCREASE, null, 2016, null, new BigDecimal("33"), null, null, null, null,
                null, null, null, null);
        Assessment met = assess("öka med 33 procent jämfört med 2016", t, "2021", ANDEL,
                new Values().put(ANDEL, OREBRO, "2016", "300").put(ANDEL, OREBRO, "2021", "420"));
        assertThat(met.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(met)).contains("ökade 40,0 % sedan 2016").contains("Målet är en förändring med 33 % (399).");
        assertThat(assess("", t, "2021", ANDEL, new Values().put(ANDEL, OREBRO, "2016", "300").put(ANDEL, OREBRO, "2021", "350")).status())
                .isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
    }

    private static Values peers2021(Values v) {
        return v.put(BRP_INV, JONKOPING, "2021", "472").put(BRP_INV, KRONOBERG, "2021", "508").put(BRP_INV, VARMLAND, "2021", "426")
                .put(BRP_INV, VASTMANLAND, "2021", "415");
    }

    @Test
    void peer_group_level_compares_with_the_groups_unweighted_mean() {
        // mean (472 + 508 + 426 + 415) / 4 = 455,25; Örebro 456 is higher
        Values v = peers2021(new Values().put(BRP_INV, OREBRO, "2021", "456"));
        Target t = new Target(TargetForm.PEER_GROUP, Direction.INCREASE, null, null, null, null, "JAMFORBARA_LAN", "LEVEL", null, null, null,
                null, null, null);
        Assessment a = assess("BRP per invånare ska vara högre än i jämförbara län", t, "2021", BRP_INV, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(a)).isEqualTo("BRP per invånare i Region Örebro län 2021 var 456; jämförbara läns medel var 455,25: uppfyllt. "
                + "Jämförda: Region Jönköpings län 472, Region Kronoberg 508, Region Värmland 426 och Region Västmanland 415; ovägt medel.");
    }

    @Test
    void peer_group_without_a_direction_shows_the_numbers_and_leaves_it_to_a_person() {
        Values v = peers2021(new Values().put(BRP_INV, OREBRO, "2021", "456"));
        Target t = new Target(TargetForm.PEER_GROUP, Direction.NONE, null, null, null, null, "JAMFORBARA_LAN", "LEVEL", null, null, null, null,
                null, null);
        Assessment a = assess("BRP per invånare. Jämförbara med andra län", t, "2021", BRP_INV, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(say(a)).startsWith("BRP per invånare i Region Örebro län 2021 var 456; jämförbara läns medel var 455,25: kan ej bedömas. "
                + "Målet anger ingen riktning");
    }

    @Test
    void peer_group_change_falls_back_to_the_latest_year_with_complete_data_and_says_so() {
        // 2020 missing for Örebro: compare 2019–2021. Örebro 400 → 440 = +10,0 %; group mean 400 → 430 = +7,5 %
        Values v = new Values().put(BRP_INV, OREBRO, "2019", "400").put(BRP_INV, OREBRO, "2021", "440");
        for (Unit u : List.of(JONKOPING, KRONOBERG, VARMLAND, VASTMANLAND)) {
            v.put(BRP_INV, u, "2019", "400").put(BRP_INV, u, "2020", "410").put(BRP_INV, u, "2021", "430");
        }
        Target t = new Target(TargetForm.PEER_GROUP, Direction.INCREASE, null, null, null, null, "jamforbara-lan", "CHANGE", null, null, null,
                null, null, null);
        Assessment a = assess("BRP per invånare ska procentuellt öka mer än i jämförbara län", t, "2021", BRP_INV, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(a)).startsWith("BRP per invånare i Region Örebro län ökade 10,0 % 2019–2021 (400 → 440); "
                + "jämförbara läns medel ökade 7,5 % (400 → 430): uppfyllt. "
                + "Jämförelsen avser 2019–2021 eftersom värden för 2020 saknas för Region Örebro län.");
    }

    @Test
    void national_level_and_change_compare_with_riket() {
        Values v = new Values().put(BRP_INV, OREBRO, "2020", "431").put(BRP_INV, OREBRO, "2021", "456")
                .put(BRP_INV, RIKET, "2020", "500").put(BRP_INV, RIKET, "2021", "527");
        Target level = new Target(TargetForm.NATIONAL, Direction.INCREASE, null, null, null, null, null, "LEVEL", null, null, null, null, null,
                null);
        Assessment a = assess("högre än rikets nivå", level, "2021", BRP_INV, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(say(a)).isEqualTo("BRP per invånare i Region Örebro län 2021 var 456; riket var 527: ej uppfyllt.");
        // 431 → 456 = +5,80 %; 500 → 527 = +5,40 %
        Target change = new Target(TargetForm.NATIONAL, Direction.INCREASE, null, null, null, null, null, "CHANGE", null, null, null, null,
                null, null);
        Assessment c = assess("öka mer än i riket", change, "2021", BRP_INV, v);
        assertThat(c.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(c)).isEqualTo("BRP per invånare i Region Örebro län ökade 5,8 % 2020–2021 (431 → 456); riket ökade 5,4 % (500 → 527): uppfyllt.");
    }

    @Test
    void interval_inside_outside_and_closer_and_printed_in_either_order() {
        Target t = new Target(TargetForm.INTERVAL, Direction.NONE, null, null, null, null, null, null, new BigDecimal("77"), new BigDecimal("80"),
                null, null, null, null);
        Assessment inside = assess("77–80", t, "2021", ANDEL, new Values().put(ANDEL, OREBRO, "2021", "78.5"));
        assertThat(inside.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(inside)).isEqualTo("andel i Region Örebro län 2021 var 78,5; målintervallet är 77–80: inom intervallet: uppfyllt.");
        Assessment closer = assess("77–80", t, "2021", ANDEL, new Values().put(ANDEL, OREBRO, "2020", "85").put(ANDEL, OREBRO, "2021", "82"));
        assertThat(closer.status()).isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
        assertThat(say(closer)).contains("utanför intervallet men närmare än 2020 (85)");
        assertThat(assess("77–80", t, "2021", ANDEL, new Values().put(ANDEL, OREBRO, "2020", "81").put(ANDEL, OREBRO, "2021", "82")).status())
                .isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        Target reversed = new Target(TargetForm.INTERVAL, Direction.NONE, null, null, null, null, null, null, new BigDecimal("6.3"),
                new BigDecimal("6.1"), "%", null, null, null);
        assertThat(say(assess("6,3–6,1 %", reversed, "2021", ANDEL, new Values().put(ANDEL, OREBRO, "2021", "6.2"))))
                .isEqualTo("andel i Region Örebro län 2021 var 6,2; målintervallet är 6,1–6,3 %: inom intervallet: uppfyllt.");
    }

    @Test
    void gap_between_women_and_men_uses_the_values_by_sex() {
        // 2021: 31,5 − 28 = 3,5; 2020: 32 − 27 = 5 → smaller
        Values v = new Values().put(ANDEL, OREBRO, "2021", Gender.K, "31.5", null).put(ANDEL, OREBRO, "2021", Gender.M, "28", null)
                .put(ANDEL, OREBRO, "2020", Gender.K, "32", null).put(ANDEL, OREBRO, "2020", Gender.M, "27", null);
        Target t = new Target(TargetForm.GAP, Direction.DECREASE, null, null, null, null, null, null, null, null, null, "kvinnor och män", null,
                null);
        Assessment a = assess("skillnaden mellan kvinnor och män ska minska", t, "2021", ANDEL, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(a)).isEqualTo("andel i Region Örebro län 2021: kvinnor 31,5, män 28, skillnad 3,5; 2020 var skillnaden 5: uppfyllt.");
        Assessment notBySex = assess("skillnaden mellan kvinnor och män ska minska", t, "2021", BRP_INV, v);
        assertThat(notBySex.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(say(notBySex)).startsWith("Måttet SCB-BRP-PER-INV (BRP per invånare) redovisas inte per kön");
    }

    @Test
    void report_only_is_met_by_reporting_and_qualitative_and_unspecified_need_a_person() {
        Assessment reported = assess("Antal gästnätter ska redovisas", target(TargetForm.REPORT_ONLY, Direction.NONE), "2021", ANDEL,
                new Values().put(ANDEL, OREBRO, "2021", "1200000"));
        assertThat(reported.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(reported)).isEqualTo("andel i Region Örebro län 2021 redovisas: 1 200 000: uppfyllt.");
        assertThat(assess("ska redovisas", target(TargetForm.REPORT_ONLY, Direction.NONE), "2021", ANDEL, new Values()).status())
                .isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);

        Assessment q = assess("Utvärdering av insatserna", target(TargetForm.QUALITATIVE, Direction.NONE), "2021", null, new Values());
        assertThat(q.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(q.needsPerson()).isTrue();
        assertThat(say(q)).isEqualTo("Målet är kvalitativt (en utvärdering eller analys) och bedöms av en person.");
        Assessment u = assess("Något annat", target(TargetForm.UNSPECIFIED, Direction.NONE), "2021", ANDEL, new Values());
        assertThat(u.needsPerson()).isTrue();
    }

    @Test
    void threshold_counts_the_municipalities_reaching_the_level() {
        // 2021: 96, 94, 95 → two reach 95; 2020: 96, 90, 94 → one
        Values v = new Values().put(ANDEL, ASKERSUND, "2021", "96").put(ANDEL, LAXA, "2021", "94").put(ANDEL, OREBRO_K, "2021", "95")
                .put(ANDEL, ASKERSUND, "2020", "96").put(ANDEL, LAXA, "2020", "90").put(ANDEL, OREBRO_K, "2020", "94");
        Target t = new Target(TargetForm.THRESHOLD, Direction.INCREASE, null, null, null, null, null, null, null, null, null, null,
                new BigDecimal("95"), "kommuner");
        Assessment a = assess("antal kommuner som uppnått 95 procent ska öka", t, "2021", ANDEL, v);
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(say(a)).isEqualTo("2 av 3 kommuner nådde minst 95 för andel 2021: uppfyllt. 1 gjorde det 2020. Nådde nivån: Askersund och Örebro.");
    }

    @Test
    void data_measuring_something_else_is_named_and_never_used() {
        // the indicator asks for BRP per sysselsatt; the linked series is BRP per invånare
        Values v = peers2021(new Values().put(BRP_INV, OREBRO, "2021", "456"));
        Target t = new Target(TargetForm.PEER_GROUP, Direction.INCREASE, null, null, null, null, "JAMFORBARA_LAN", "CHANGE", null, null, null,
                null, null, null);
        Assessment wrong = assess("Bruttoregionalprodukt, BRP, per sysselsatt ska procentuellt öka mer än i jämförbara län", t, "2021", BRP_INV, v);
        assertThat(wrong.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(say(wrong)).isEqualTo("Indikatorn avser BRP per sysselsatt, men måttet SCB-BRP-PER-INV (Mått SCB-BRP-PER-INV) mäter "
                + "BRP per invånare. Ett annat mått används inte i stället; lägg in eller importera värden för BRP per sysselsatt.");

        // linked to the right series, which has no data: the other one is named, not used
        Assessment none = assess("Bruttoregionalprodukt, BRP, per sysselsatt ska procentuellt öka mer än i jämförbara län", t, "2021", BRP_SYSS, v);
        assertThat(none.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(say(none)).isEqualTo("Värden för BRP per sysselsatt 2021 saknas för Region Örebro län, Region Jönköpings län, Region Kronoberg, "
                + "Region Värmland och Region Västmanland. Det finns värden för BRP per invånare (SCB-BRP-PER-INV), men det är ett annat mått "
                + "och används inte i stället.");
    }

    @Test
    void an_indicator_without_a_measure_cannot_be_assessed() {
        Assessment a = assess("Antal snabbväxande företag. Ska öka", target(TargetForm.PREVIOUS_VALUE, Direction.INCREASE), "2021", null,
                new Values());
        assertThat(a.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(say(a)).startsWith("Inga publicerade värden finns i Röd tråd för indikatorn").contains("Koppla ett mått").contains("importera värden");
    }

    @Test
    void values_from_different_publications_and_preliminary_values_are_noted() {
        Values v = new Values().put(BRP_INV, OREBRO, "2020", Gender.T, "431", "2021-12-10").put(BRP_INV, OREBRO, "2021", Gender.T, "456",
                "2023-12-14");
        Assessment a = assess("ska öka", target(TargetForm.PREVIOUS_VALUE, Direction.INCREASE), "2021", BRP_INV, v);
        assertThat(say(a)).endsWith("Värdena kommer från olika publiceringar (2021-12-10 och 2023-12-14); källan reviderar tidigare år, "
                + "så nivåerna kan skilja något mellan dem.");
    }
}
