package se.rodtrad.grants;

import java.time.LocalDate;

/**
 * An EU de minimis regulation: the ceiling in euro for a single undertaking, how its three years are counted
 * (THREE_FISCAL_YEARS under (EU) nr 1407/2013: the current and the two previous fiscal years; ROLLING_THREE_YEARS under
 * (EU) 2023/2831: any period of three years up to the day of the grant), and the days it applies.
 */
public record DeMinimisRegulation(String regulation, long ceilingEur, String period, LocalDate validFrom, LocalDate validTo, String articles,
        String source) {

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** The first day of the period that ends with the decision's (fiscal years are taken as calendar years). */
    public LocalDate periodStart(LocalDate decided) {
        return period.equals("THREE_FISCAL_YEARS") ? LocalDate.of(decided.getYear() - 2, 1, 1) : decided.minusYears(3).plusDays(1);
    }

    /** The last day of that period: the end of the current fiscal year, or the decision's day. */
    public LocalDate periodEnd(LocalDate decided) {
        return period.equals("THREE_FISCAL_YEARS") ? LocalDate.of(decided.getYear(), 12, 31) : decided;
    }
}
