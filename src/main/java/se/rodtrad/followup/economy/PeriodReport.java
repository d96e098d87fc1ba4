package se.rodtrad.followup.economy;

import java.util.List;
import java.util.UUID;

/**
 * The monthly period report: per area and budget line the year's budget, budget and outcome to date, the
 * deviation to date, the year forecast and its deviation from budget; net rows per area and in total;
 * month by month for the chart. Amounts in öre. A deviation is positive when it is good (lower cost,
 * higher income). {@code exempeldata} is true when any outcome or forecast shown was generated.
 */
public record PeriodReport(
        int year,
        int month,
        UUID scopeId,
        String scopeName,
        List<AreaReport> areas,
        Totals total,
        List<MonthRow> months,
        boolean exempeldata,
        List<String> missingOutcome) {

    /** One area: its lines and its net (costs minus income). */
    public record AreaReport(UUID areaId, String areaCode, String areaName, List<LineReport> lines, Totals net, boolean forecastEntered) {
    }

    public record LineReport(String line, String lineName, boolean income, long budgetYear, long budgetToDate, long outcomeToDate,
            long deviationToDate, long forecast, boolean forecastEntered, long deviationYear) {
    }

    /** Net figures (costs minus income); deviations positive when good. */
    public record Totals(long budgetYear, long budgetToDate, long outcomeToDate, long deviationToDate, long forecast, long deviationYear) {
    }

    /** One month of the year, net: budget and outcome (null when no outcome is booked yet). */
    public record MonthRow(int month, long budget, Long outcome) {
        public Long deviation() {
            return outcome == null ? null : budget - outcome;
        }
    }
}
