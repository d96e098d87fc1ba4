package se.rodtrad.followup.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Exact decimals as people and files write them: "456", "4,1", "4.1", "1 675 505", "−3,2", "1.2e-05".
 * Bounded, so hostile input ("1e999999999") is refused instead of exhausting memory later.
 */
public final class Decimals {

    /** Digits kept at most; statistics and money need far fewer. */
    public static final int MAX_PRECISION = 40;
    /** Decimals kept at most (real files carry float artefacts such as 22.498996000000002). */
    public static final int MAX_SCALE = 20;

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][-+]?\\d{1,3})?");

    private Decimals() {
    }

    /** The number the text writes, or empty when it is no number (or out of bounds). */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty() || s.length() > 60) {
            return Optional.empty();
        }
        s = s.replace('\u2212', '-').replace('\u2013', '-');
        // grouping spaces: normal, no-break and thin spaces between digits
        s = s.replaceAll("(?<=\\d)[ \u00a0\u202f\u2009](?=\\d)", "");
        if (!NUMBER.matcher(s).matches()) {
            return Optional.empty();
        }
        try {
            return bounded(new BigDecimal(s.replace(',', '.')));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** The number itself when it is within bounds, normalised (no trailing zeros); empty otherwise. */
    public static Optional<BigDecimal> bounded(BigDecimal d) {
        if (d == null) {
            return Optional.empty();
        }
        if (d.signum() == 0) {
            return Optional.of(BigDecimal.ZERO);
        }
        if (d.scale() > 1000 || d.scale() < -1000) {
            return Optional.empty();
        }
        BigDecimal n = d.stripTrailingZeros();
        if (n.scale() < 0) {
            n = n.setScale(0, RoundingMode.UNNECESSARY);
        }
        if (n.scale() > MAX_SCALE || n.precision() > MAX_PRECISION) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** Whether two optional decimals are the same number (4.10 equals 4.1). */
    public static boolean same(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.compareTo(b) == 0;
    }
}
