package se.rodtrad.followup.measures;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a statistical series: a year ("2021"), a tertial ("2021-T2", the interim reports' four
 * months) or a month ("2021-03"). {@link #code()} is the canonical form that is stored.
 */
public record Period(PeriodType type, int year, int part) implements Comparable<Period> {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern TERTIAL = Pattern.compile("(\\d{4})\\s*-?\\s*[Tt]([1-3])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:-|[Mm]|-[Mm])\\s*(\\d{1,2})");

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

    /** Reads "2021", "2021-T2", "2021T2", "2021-03", "2021M03"; empty when the text is no period we know. */
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
        };
    }

    /** The period just before, of the same length (2021 → 2020, 2021-T1 → 2020-T3, 2021-01 → 2020-12). */
    public Period previous() {
        return switch (type) {
            case YEAR -> year(year - 1);
            case TERTIAL -> part == 1 ? tertial(year - 1, 3) : tertial(year, part - 1);
            case MONTH -> part == 1 ? month(year - 1, 12) : month(year, part - 1);
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
