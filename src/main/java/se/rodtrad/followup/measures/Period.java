package se.rodtrad.followup.measures;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a statistical series: a year ("2021"), a tertial ("2021-T2", the interim reports' four
 * months), a month ("2021-03"), a quarter ("2021-K2") or a half year ("2021-H1"). {@link #code()} is the canonical
 * form that is stored. {@link #parse} reads the codes the statistics offices write: SCB and SSB "2021K2", "2021M03";
 * Statistics Finland "2021Q2", "2021M03"; Kolada "2021"; half years "2021H1".
 */
public record Period(PeriodType type, int year, int part) implements Comparable<Period> {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern TERTIAL = Pattern.compile("(\\d{4})\\s*-?\\s*[Tt]([1-3])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:-|[Mm]|-[Mm])\\s*(\\d{1,2})");
    /** K (kvartal: SCB, SSB) or Q (quarter: Statistics Finland, Eurostat). */
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})\\s*-?\\s*[KkQq]([1-4])");
    private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})\\s*-?\\s*[Hh]([1-2])");

    public Period {
        if (type == null) {
            throw new IllegalArgumentException("period type");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year);
        }
        switch (type) {
            case YEAR -> {
                if (part != 0) {
                    throw new IllegalArgumentException("part " + part);
                }
            }
            case TERTIAL -> {
                if (part < 1 || part > 3) {
                    throw new IllegalArgumentException("tertial " + part);
                }
            }
            case MONTH -> {
                if (part < 1 || part > 12) {
                    throw new IllegalArgumentException("month " + part);
                }
            }
            case QUARTER -> {
                if (part < 1 || part > 4) {
                    throw new IllegalArgumentException("quarter " + part);
                }
            }
            case HALF_YEAR -> {
                if (part < 1 || part > 2) {
                    throw new IllegalArgumentException("half year " + part);
                }
            }
        }
    }

    public static Period year(int year) {
        return new Period(PeriodType.YEAR, year, 0);
    }

    public static Period tertial(int year, int tertial) {
        return new Period(PeriodType.TERTIAL, year, tertial);
    }

    public static Period month(int year, int month) {
        return new Period(PeriodType.MONTH, year, month);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(PeriodType.QUARTER, year, quarter);
    }

    public static Period halfYear(int year, int half) {
        return new Period(PeriodType.HALF_YEAR, year, half);
    }

    /**
     * Reads "2021", "2021-T2", "2021T2", "2021-03", "2021M03", "2021K2", "2021Q2", "2021-K2", "2021H1"; empty when the text
     * is no period we know.
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.length() > 12) {
            return Optional.empty();
        }
        try {
            Matcher m = YEAR.matcher(s);
            if (m.matches()) {
                return Optional.of(year(Integer.parseInt(m.group(1))));
            }
            m = TERTIAL.matcher(s);
            if (m.matches()) {
                return Optional.of(tertial(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = MONTH.matcher(s);
            if (m.matches()) {
                return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = QUARTER.matcher(s);
            if (m.matches()) {
                return Optional.of(quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = HALF_YEAR.matcher(s);
            if (m.matches()) {
                return Optional.of(halfYear(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public String code() {
        return switch (type) {
            case YEAR -> String.valueOf(year);
            case TERTIAL -> year + "-T" + part;
            case MONTH -> year + "-" + (part < 10 ? "0" : "") + part;
            case QUARTER -> year + "-K" + part;
            case HALF_YEAR -> year + "-H" + part;
        };
    }

    /** The period just before, of the same length (2021 → 2020, 2021-T1 → 2020-T3, 2021-01 → 2020-12). */
    public Period previous() {
        return switch (type) {
            case YEAR -> year(year - 1);
            case TERTIAL -> part == 1 ? tertial(year - 1, 3) : tertial(year, part - 1);
            case MONTH -> part == 1 ? month(year - 1, 12) : month(year, part - 1);
            case QUARTER -> part == 1 ? quarter(year - 1, 4) : quarter(year, part - 1);
            case HALF_YEAR -> part == 1 ? halfYear(year - 1, 2) : halfYear(year, part - 1);
        };
    }

    /** The same period the given number of years earlier. */
    public Period minusYears(int years) {
        return new Period(type, year - years, part);
    }

    /** The same kind of period in another year (for a base year given as a year). */
    public Period inYear(int otherYear) {
        return new Period(type, otherYear, part);
    }

    @Override
    public int compareTo(Period o) {
        if (year != o.year) {
            return Integer.compare(year, o.year);
        }
        if (type != o.type) {
            return type.compareTo(o.type);
        }
        return Integer.compare(part, o.part);
    }

    @Override
    public String toString() {
        return code();
    }
}
