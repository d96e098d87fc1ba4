package se.rodtrad.followup.economy;

import java.util.List;
import java.util.UUID;

/**
 * The monthly period report: per area and budget line the year's budget, budget and outcome to date, the
 * deviation to date, the year forecast and its deviation from budget; net rows per area and in total;
 * month by month for the chart. Amounts in öre. A deviation is positive when it is good (lower cost,
 * higher income). {@code exempeldata} is true when any outcome or forecast shown was generated.
 *
 * <p>{@code comparedWith} names, per body, the decided budget the areas are compared with (its version and decision)
 * and rolls the body's areas up; empty when the year's budget comes only from imported figures. A report stored
 * before the comparison was named reads it as null.
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
        List<String> missingOutcome,
        List<BudgetBasis> comparedWith) {

    /**
     * The decided budget a body's areas are compared with: version, when, by whom and under which §, where it is printed;
     * the body's areas rolled up ({@code net}); the income statement's result ({@code resultOre}, negative as printed)
     * against the operating budget's net cost ({@code operatingNetCost}, the lines of their own, "varav" parts left out)
     * and whether they agree (the plan's own rule, seed 000: "Resultat budget 2023 ska överensstämma med nämndens budgetram"); the lines that name no
     * unit of the organisation and are therefore not followed here.
     */
    public record BudgetBasis(UUID bodyId, String bodyName, int version, java.time.LocalDate decidedOn, String decidedBy, String paragraph,
            String source, Totals net, Long resultOre, long operatingNetCost, boolean reconciles, List<String> notFollowed) {
    }

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
