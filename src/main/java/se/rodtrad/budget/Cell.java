package se.rodtrad.budget;

import java.math.BigDecimal;

/**
 * One figure of a table: its exact value in the table's unit (null when blank or when the document prints
 * words, not a figure), the printed number of decimals, the unit printed with it when it differs from the
 * table's ("57 %" in a table of quotes), and the text exactly as printed.
 */
public record Cell(BigDecimal value, int decimals, String unit, String printed) {

    public static final Cell BLANK = new Cell(null, 0, null, "");

    public Cell {
        printed = printed == null ? "" : printed;
    }

    /** A cell as a document prints it: the figure is read from the text, the text kept. */
    public static Cell printed(String text) {
        if (text == null || text.isBlank()) {
            return new Cell(null, 0, null, text == null ? "" : text);
        }
        return PrintedNumber.parse(text)
                .map(p -> new Cell(p.value(), p.decimals(), p.unit(), text))
                .orElseGet(() -> new Cell(null, 0, null, text));
    }

    public boolean isNumber() {
        return value != null;
    }

    public boolean isBlank() {
        return value == null && printed.isBlank();
    }

    /** Printed words that are not a figure ("två miljoner kronor"). */
    public boolean isText() {
        return value == null && !printed.isBlank();
    }

    /** Digit groups printed irregularly ("75 00"). */
    public boolean irregularGrouping() {
        return PrintedNumber.parse(printed).map(PrintedNumber::irregularGrouping).orElse(false);
    }

    /** The cell in öre when the unit is money ("157,1" mnkr = 15 710 000 000 öre); null otherwise. */
    public Long ore(String tableUnit) {
        if (value == null) {
            return null;
        }
        String u = unit != null ? unit : tableUnit;
        BigDecimal factor = switch (u == null ? "" : u.toLowerCase(java.util.Locale.ROOT)) {
            case "mnkr" -> BigDecimal.valueOf(100_000_000L);
            case "tkr" -> BigDecimal.valueOf(100_000L);
            case "kr" -> BigDecimal.valueOf(100L);
            default -> null;
        };
        return factor == null ? null : value.multiply(factor).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }
}
