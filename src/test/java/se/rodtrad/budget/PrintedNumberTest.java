package se.rodtrad.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PrintedNumberTest {

    @Test
    void swedish_printed_figures_are_read_exactly_with_their_printed_decimals() {
        assertThat(PrintedNumber.parse("-2 152,5").orElseThrow()).isEqualTo(new PrintedNumber(new BigDecimal("-2152.5"), 1, null, false));
        assertThat(PrintedNumber.parse("321,98").orElseThrow().value()).isEqualByComparingTo("321.98");
        assertThat(PrintedNumber.parse("321,98").orElseThrow().decimals()).isEqualTo(2);
        assertThat(PrintedNumber.parse("0,0").orElseThrow().decimals()).isEqualTo(1);
        assertThat(PrintedNumber.parse("18").orElseThrow()).isEqualTo(new PrintedNumber(new BigDecimal("18"), 0, null, false));
        assertThat(PrintedNumber.parse("1 675 505").orElseThrow().value()).isEqualByComparingTo("1675505");
        assertThat(PrintedNumber.parse("+1,2 miljoner kronor").orElseThrow()).isEqualTo(new PrintedNumber(new BigDecimal("1.2"), 1, "mnkr", false));
    }

    @Test
    void units_printed_after_a_figure_are_kept() {
        assertThat(PrintedNumber.parse("57 %").orElseThrow().unit()).isEqualTo("%");
        assertThat(PrintedNumber.parse("43%").orElseThrow().unit()).isEqualTo("%");
        assertThat(PrintedNumber.parse("4,6 Mnkr").orElseThrow()).isEqualTo(new PrintedNumber(new BigDecimal("4.6"), 1, "mnkr", false));
        assertThat(PrintedNumber.parse("157,1 miljoner kronor").orElseThrow().unit()).isEqualTo("mnkr");
        assertThat(PrintedNumber.parse("16 503 kr/åa").orElseThrow()).isEqualTo(new PrintedNumber(new BigDecimal("16503"), 0, "kr/åa", false));
        assertThat(PrintedNumber.parse("1 720 timmar/åa").orElseThrow().unit()).isEqualTo("h/åa");
    }

    @Test
    void an_irregular_digit_grouping_is_read_digit_by_digit_and_flagged() {
        PrintedNumber n = PrintedNumber.parse("75 00").orElseThrow();
        assertThat(n.value()).isEqualByComparingTo("7500");
        assertThat(n.irregularGrouping()).isTrue();
        assertThat(PrintedNumber.parse("75 000").orElseThrow().irregularGrouping()).isFalse();
    }

    @Test
    void words_are_not_figures() {
        assertThat(PrintedNumber.parse("två miljoner kronor")).isEmpty();
        assertThat(PrintedNumber.parse("ca 2 % per år")).isEmpty();
        assertThat(PrintedNumber.parse("noll")).isEmpty();
        assertThat(PrintedNumber.parse("")).isEmpty();
    }

    @Test
    void typed_input_accepts_a_decimal_point_when_there_is_no_comma() {
        assertThat(PrintedNumber.parseInput("157.1").orElseThrow().value()).isEqualByComparingTo("157.1");
        assertThat(PrintedNumber.parseInput("1 234,5").orElseThrow().value()).isEqualByComparingTo("1234.5");
        assertThat(PrintedNumber.parseInput("abc")).isEmpty();
        assertThat(PrintedNumber.parseInput("12 timmar/åa")).isEmpty();
    }

    @Test
    void figures_are_printed_the_way_the_documents_print_them() {
        assertThat(PrintedNumber.print(new BigDecimal("-2152.5"), 1)).isEqualTo("-2 152,5");
        assertThat(PrintedNumber.print(new BigDecimal("160"), 1)).isEqualTo("160,0");
        assertThat(PrintedNumber.print(new BigDecimal("3351011"), 0)).isEqualTo("3 351 011");
        assertThat(Amount.of(new BigDecimal("-37.6"), 2, "mnkr").format(Locale.forLanguageTag("sv-SE"))).isEqualTo("\u221237,60\u00a0mnkr");
        assertThat(Amount.of(new BigDecimal("3351011"), 0, "kr").format(Locale.ENGLISH)).isEqualTo("3,351,011\u00a0kr");
    }

    @Test
    void money_cells_convert_to_exact_ore() {
        assertThat(Cell.printed("157,1").ore("mnkr")).isEqualTo(15_710_000_000L);
        assertThat(Cell.printed("1 675 505").ore("kr")).isEqualTo(167_550_500L);
        assertThat(Cell.printed("5,2%").ore("%")).isNull();
    }
}
