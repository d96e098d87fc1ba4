package se.rodtrad.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the figures a sentence of prose states, as a Swedish document prints them: in digits with a space between
 * digit groups and a decimal comma ("123,4 mnkr", "1 675 505 kronor", "2,5 miljarder kronor", "57 %"), or in words
 * ("tre procent", "en miljon", "två miljoner kronor", "fyra miljoner"). Amounts are read in mnkr (kronor, miljoner
 * and miljarder converted), percentages in percent; each figure keeps how many decimals it was printed with, so that a
 * comparison can allow for its rounding.
 */
public final class ProseFigures {

    /**
     * A figure of the text: its value in {@code unit} ("mnkr" or "%"), the decimals to show it with, the step of its last
     * printed digit in that unit ({@code resolution}: "2,5 miljarder" is 2 500 mnkr to the nearest 100), and the words as
     * printed with where they stand.
     */
    public record Figure(BigDecimal value, int decimals, BigDecimal resolution, String unit, String printed, int start, int end) {

        /** Half the step of the last printed digit: how far the rounding of the printed figure can be from the true one. */
        public BigDecimal halfStep() {
            return resolution.divide(BigDecimal.valueOf(2));
        }

        public boolean isPercent() {
            return "%".equals(unit);
        }

        public boolean isAmount() {
            return "mnkr".equals(unit);
        }
    }

    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("en", 1), Map.entry("ett", 1), Map.entry("två", 2),
            Map.entry("tre", 3), Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6), Map.entry("sju", 7), Map.entry("åtta", 8),
            Map.entry("nio", 9), Map.entry("tio", 10), Map.entry("elva", 11), Map.entry("tolv", 12), Map.entry("tretton", 13),
            Map.entry("fjorton", 14), Map.entry("femton", 15), Map.entry("sexton", 16), Map.entry("sjutton", 17), Map.entry("arton", 18),
            Map.entry("nitton", 19), Map.entry("tjugo", 20), Map.entry("trettio", 30), Map.entry("fyrtio", 40), Map.entry("femtio", 50),
            Map.entry("hundra", 100));

    private static final String NUMBER = "(?<![\\d,])([+\\-−]?\\d{1,3}(?:[  ]\\d{3})+(?:,\\d+)?|[+\\-−]?\\d+(?:,\\d+)?)";
    private static final String WORD = "(?<![\\p{L}])(" + String.join("|", WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
            + ")";
    private static final String UNIT = "\\s*(mnkr|miljoner kronor|miljoner kr|miljoner|miljon kronor|miljon|miljarder kronor|miljarder|miljard|"
            + "tkr|tusen kronor|kronor|kr|procent|%)(?![\\p{L}])";
    private static final Pattern DIGITS = Pattern.compile(NUMBER + UNIT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IN_WORDS = Pattern.compile(WORD + UNIT, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private ProseFigures() {
    }

    /** Every amount and percentage of the sentence, in the order they stand. */
    public static List<Figure> find(String text) {
        List<Figure> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String digits = m.group(1).replace(" ", "").replace(" ", "").replace("−", "-").replace("+", "");
            int comma = digits.indexOf(',');
            int decimals = comma < 0 ? 0 : digits.length() - comma - 1;
            add(found, new BigDecimal(digits.replace(',', '.')), decimals, m.group(2), m.group(0).strip(), m.start(), m.end());
        }
        Matcher w = IN_WORDS.matcher(text);
        while (w.find()) {
            String unit = w.group(2).toLowerCase(Locale.ROOT);
            // "en" and "ett" are numbers only before a scale or a unit of their own ("en miljon", "ett procent" is no Swedish)
            add(found, BigDecimal.valueOf(WORDS.get(w.group(1).toLowerCase(Locale.ROOT))), 0, unit, w.group(0).strip(), w.start(), w.end());
        }
        found.sort(java.util.Comparator.comparingInt(Figure::start));
        return found;
    }

    private static void add(List<Figure> found, BigDecimal number, int decimals, String unitText, String printed, int start, int end) {
        String unit = unitText.toLowerCase(Locale.ROOT);
        int shift; // powers of ten from the printed unit to mnkr (or percent)
        String kind = "mnkr";
        if (unit.equals("procent") || unit.equals("%")) {
            shift = 0;
            kind = "%";
        } else if (unit.startsWith("miljard")) {
            shift = 3;
        } else if (unit.startsWith("miljon") || unit.equals("mnkr")) {
            shift = 0;
        } else if (unit.equals("tkr") || unit.startsWith("tusen")) {
            shift = -3;
        } else {
            shift = -6;
        }
        BigDecimal value = number.movePointRight(shift);
        BigDecimal resolution = BigDecimal.ONE.movePointLeft(decimals).movePointRight(shift);
        int d = Math.max(0, decimals - shift);
        found.add(new Figure(value.scale() < 0 ? value.setScale(0) : value, d, resolution, kind, printed, start, end));
    }
}
