package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The checker reads figures in the prose — in digits or words, in mnkr, kronor, miljarder or percent — and holds what the
 * savings list's sentences say about a line against the line (seed 002, RS 2024, section 4.2.1, lines 763-797).
 */
class ProseFiguresTest {

    static final Locale SV = Locale.forLanguageTag("sv-SE");
    final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    ProseFiguresTest() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    private String text(String key, List<Object> args) {
        Object[] resolved = args.stream().map(a -> a instanceof Amount am ? am.format(SV)
                : a instanceof Phrase p ? (p.isEmpty() ? "" : text(p.key(), p.arguments())) : a).toArray();
        return messages.getMessage(key, resolved, SV).strip().replace('\u00a0', ' ').replace('\u2212', '-');
    }

    @Test
    void figures_are_read_in_mnkr_kronor_miljarder_percent_and_words() {
        assertThat(ProseFigures.find("budgeten uppgår till 123,4 mnkr")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("123.4");
            assertThat(f.unit()).isEqualTo("mnkr");
            assertThat(f.decimals()).isEqualTo(1);
            assertThat(f.halfStep()).isEqualByComparingTo("0.05");
        });
        assertThat(ProseFigures.find("dock högst 1 675 505 kronor för genomförande")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("1.675505"));
        assertThat(ProseFigures.find("uppgick 2017 till runt 2,5 miljarder kronor")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("2500");
            assertThat(f.halfStep()).isEqualByComparingTo("50");
        });
        assertThat(ProseFigures.find("Anslaget minskas med tre procent")).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualByComparingTo("3");
            assertThat(f.isPercent()).isTrue();
        });
        assertThat(ProseFigures.find("ett tillskott med en miljon")).singleElement().satisfies(f -> assertThat(f.value()).isEqualByComparingTo("1"));
        // seed 000, line 1103-1105: "två miljoner kronor", "De fyra miljoner"
        assertThat(ProseFigures.find("ett extra tillskott för 2023 med två miljoner kronor för att förstärka arbetet. De fyra miljoner som "
                + "nämnden fick")).extracting(ProseFigures.Figure::value).usingElementComparator(java.math.BigDecimal::compareTo)
                .containsExactly(java.math.BigDecimal.valueOf(2), java.math.BigDecimal.valueOf(4));
        // seed 000, line 1083-1085: turnover and the two shares, "57 %" and "43%"
        assertThat(ProseFigures.find("Nämnden omsätter 275,8 miljoner kronor och finansieras både av regionen (57 %) och externt (43%)"))
                .extracting(ProseFigures.Figure::printed).containsExactly("275,8 miljoner kronor", "57 %", "43%");
        // a year or a count of posts is no amount
        assertThat(ProseFigures.find("Antalet tjänster minskas med 18,3 tjänster under 2023-2025")).isEmpty();
    }

    @Test
    void a_sentence_names_a_line_only_with_the_whole_label_as_one_phrase() {
        assertThat(ProseRules.names("Bidraget till Finsam Lekeberg-Örebro minskas med 50 procent", "Finsam Lekeberg/Örebro")).isTrue();
        assertThat(ProseRules.names("Bidraget till Finsam Lekeberg-Örebro minskas med 50 procent", "Finsam Degerfors/Karlskoga")).isFalse();
        assertThat(ProseRules.names("För Örebro läns flygplats AB anslås nominellt oförändrat belopp.", "Örebro läns flygplats AB")).isTrue();
        // the agreements with RFSISU and ÖLBF are a part of "Överenskommelser inom folkhälsa", not the line
        assertThat(ProseRules.names("Några undantag är överenskommelser med RFSISU och ÖLBF inom Folkhälsa där anslaget behålls nominellt "
                + "oförändrat.", "Överenskommelser inom folkhälsa")).isFalse();
    }

    @Test
    void rs_2024_the_finsam_cut_is_not_50_percent_and_the_airport_is_not_unchanged() {
        List<Finding> prose = new BudgetChecker().check(2024, DemoTables.of("rs-2024")).stream()
                .filter(f -> f.messageKey().startsWith("budget.check.proseSavings")).toList();
        assertThat(prose).extracting(Finding::severity, Finding::table, Finding::row, Finding::column).containsExactlyInAnyOrder(
                BudgetCheckerTest.slip(Severity.WARNING, "Ekonomiska åtgärder", "Finsam Lekeberg/Örebro (HR, varav)", "Reducering"),
                BudgetCheckerTest.slip(Severity.WARNING, "Ekonomiska åtgärder", "Örebro läns flygplats AB (Gemensamt, varav)", "Reducering"));
        assertThat(prose).extracting(f -> text(f.messageKey(), f.arguments())).containsExactlyInAnyOrder(
                // seed 002 lines 777-779; table line "Finsam Lekeberg/Örebro 2,09 -1,09"
                "Texten säger ”Bidraget till Finsam Lekeberg-Örebro minskas med 50 procent vilket är en effekt av finansieringsmodellen "
                        + "som innebär att regionen ska finansiera 25 procent av totalen.” (avsnitt 4.2.1, ”Externa anslag/bidrag”, rad 763-797): "
                        + "minskning med 50 %. Tabellen minskar raden med 1,09 mnkr av 2,09 mnkr, alltså 52,2 % (skillnad 2,2 procentenheter).",
                // seed 002 line 774; table line "Örebro läns flygplats AB 17,95 -0,63"
                "Texten säger ”För Örebro läns flygplats AB anslås nominellt oförändrat belopp.” (avsnitt 4.2.1, ”Externa anslag/bidrag”, "
                        + "rad 763-797): oförändrat belopp. Tabellen minskar raden med 0,63 mnkr.");
    }

    @Test
    void the_other_plans_prose_raises_no_false_alarm() {
        for (String key : List.of("rtn-2020", "rtn-2023", "rtn-2026")) {
            assertThat(new BudgetChecker().check(Integer.parseInt(key.substring(key.length() - 4)), DemoTables.of(key)))
                    .noneMatch(f -> f.messageKey().startsWith("budget.check.proseSavings"));
        }
    }

    /** Seed 002 lines 683-711 (RS 2024, 4.1) as the plan's document keeps them: three forecasts against the frames of 2023. */
    static final String RS_2024_41 = "I delårsrapporten för 2023 beräknas regionstyrelsen, regionkansliet och uppdrag ha ett överskott på 48 "
            + "miljoner kronor av budgetramen på 389 miljoner kronor. 12 miljoner kronor avser lägre kostnader för nationella tjänster och "
            + "utvecklingsprojekt inom e-hälsa beroende på förseningar samt vakanser och fortsatt låga kostnader för resor, kurser och "
            + "konferenser.";
    static final String RS_2024_41_HALSOVAL = "Prognosen för 2023 för hälsovalsenheten är ett överskott på 45 miljoner kronor av budgetramen "
            + "på 2 078 miljoner kronor.";
    static final String RS_2024_41_TANDVARD = "Tandvårdsenhetens prognos visar ett överskott på 1 miljon kronor av budgetramen på 261 miljoner "
            + "kronor.";

    private List<Finding> surplus(String... paragraphs) {
        List<PlanProse.Paragraph> ps = new java.util.ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ps.add(new PlanProse.Paragraph("4.1", "Ekonomiskt utgångsläge och utveckling", i + 1, paragraphs[i]));
        }
        List<Finding> out = new java.util.ArrayList<>();
        ProseRules.planProse(2024, "Verksamhetsplan med budget 2024", ps, DemoTables.of("rs-2024"), out);
        return out;
    }

    @Test
    void rs_2024_the_three_forecast_surpluses_of_the_text_follow_from_the_operating_budget() {
        // 389,1 - 341,5 = 47,6 ≈ 48; 2 077,9 - 2 033,2 = 44,7 ≈ 45; 261,2 - 260,0 = 1,2 ≈ 1
        assertThat(surplus(RS_2024_41, RS_2024_41_HALSOVAL, RS_2024_41_TANDVARD)).isEmpty();
    }

    @Test
    void a_surplus_in_the_text_that_the_table_does_not_show_is_found_with_the_sentence_and_both_figures() {
        assertThat(surplus(RS_2024_41_HALSOVAL.replace("45 miljoner", "54 miljoner"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.row()).isEqualTo("Hälsovalsenheten, varav");
            assertThat(f.column()).isEqualTo("Budget 2023");
            assertThat(text(f.messageKey(), f.arguments())).isEqualTo("Texten säger ”Prognosen för 2023 för hälsovalsenheten är ett överskott "
                    + "på 54 miljoner kronor av budgetramen på 2 078 miljoner kronor.” (Verksamhetsplan med budget 2024, avsnitt 4.1 Ekonomiskt "
                    + "utgångsläge och utveckling, stycke 1): 54 mnkr av budgetramen 2 078 mnkr. Raden har Budget 2023 -2 077,9 mnkr och "
                    + "Prognos 2023 -2 033,2 mnkr, alltså 44,7 mnkr (skillnad 9,3 mnkr).");
        });
        // a frame the table does not hold is not guessed at
        assertThat(surplus("Ett överskott på 5 miljoner kronor av budgetramen på 999 miljoner kronor.")).isEmpty();
    }
}
