package se.rodtrad.budget;

import java.util.Locale;

/**
 * What quantity a row states, where the checker compares it with another row or table. Lines of the income
 * statement are recognised by their printed labels; figures quoted from prose carry their role in the data.
 */
public enum RowRole {
    NONE,
    /** "Summa intäkter". */
    INCOME_TOTAL,
    /** "Summa kostnader". */
    COST_TOTAL,
    /** "Verksamhetens nettokostnader". */
    NET_COST,
    /** "Finansnetto". */
    FINANCIAL_NET,
    /** "Regionbidrag/- ersättning": the frame as income in the income statement. */
    REGION_CONTRIBUTION,
    /** "Resultat": must equal minus the frame when the statement has no regionbidrag line. */
    RESULT,
    /** A project's "Summa bokförda kostnader". */
    PROJECT_COSTS,
    /** A project's "Summa finansiering": must cover the booked costs, year by year. */
    PROJECT_FINANCING,
    /** The body's turnover (omsättning) as the text states it. */
    TURNOVER,
    /** The frame (budgetram, ramanslag netto) as the text states it. */
    FRAME,
    /** The previous year's frame. */
    PREVIOUS_FRAME,
    /** The frame's uprating by index, in percent and amount. */
    FRAME_ADJUSTMENT,
    SALARY_UPRATING,
    PO_UPRATING,
    PRICE_UPRATING,
    /** A reduction requirement as the text states it; compared with the savings list's total. */
    REDUCTION,
    /** A part of the reduction requirement (personnel, other costs). */
    REDUCTION_PART,
    /** The share financed by the region, in percent of turnover. */
    REGION_SHARE,
    /** The share financed externally, in percent of turnover. */
    EXTERNAL_SHARE,
    /** The forecast's deviation from the previous year's budget ("positiv budgetavvikelse på 6,4 miljoner"). */
    FORECAST_DEVIATION;

    /** The role an income statement's or project budget's printed label implies. */
    static RowRole infer(TableKind kind, String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (kind == TableKind.INCOME_STATEMENT) {
            if (l.startsWith("summa intäkter")) {
                return INCOME_TOTAL;
            }
            if (l.startsWith("summa kostnader")) {
                return COST_TOTAL;
            }
            if (l.startsWith("verksamhetens nettokostnader")) {
                return NET_COST;
            }
            if (l.startsWith("finansnetto") || l.startsWith("finansiella")) {
                return FINANCIAL_NET;
            }
            if (l.startsWith("regionbidrag")) {
                return REGION_CONTRIBUTION;
            }
            if (l.startsWith("resultat")) {
                return RESULT;
            }
        }
        if (kind == TableKind.OTHER) {
            if (l.startsWith("summa bokförda kostnader") || l.equals("summa kostnader")) {
                return PROJECT_COSTS;
            }
            if (l.startsWith("summa finansiering")) {
                return PROJECT_FINANCING;
            }
        }
        return NONE;
    }
}
