package se.rodtrad.budget;

/**
 * What a column holds. {@link #TOTAL} is the row's sum of its {@link #VALUE} columns ("Totalt");
 * {@link #TURNOVER} and {@link #FRAME} are the operating budget's sub-columns "Omsättning" and
 * "Varav budgetram"/"Varav regionbidrag"; {@link #REDUCTION} the savings list's "Reducering".
 */
public enum ColumnRole {
    VALUE, TOTAL, TURNOVER, FRAME, REDUCTION;

    /** The role a printed column header implies. */
    static ColumnRole infer(String label) {
        String l = label.strip().toLowerCase(java.util.Locale.ROOT);
        if (l.equals("totalt") || l.equals("total") || l.equals("summa")) {
            return TOTAL;
        }
        if (l.endsWith("omsättning")) {
            return TURNOVER;
        }
        if (l.matches(".*varav (budgetram|regionbidrag|ramanslag|budget- ?ram)$")) {
            return FRAME;
        }
        if (l.startsWith("reducering")) {
            return REDUCTION;
        }
        return VALUE;
    }

    /** The period a column belongs to: "Budget 2023 Omsättning" → "Budget 2023". */
    static String period(String label, ColumnRole role) {
        String l = label.strip();
        if (role == TURNOVER) {
            return l.substring(0, l.toLowerCase(java.util.Locale.ROOT).lastIndexOf("omsättning")).strip();
        }
        if (role == FRAME) {
            return l.substring(0, l.toLowerCase(java.util.Locale.ROOT).lastIndexOf("varav")).strip();
        }
        return role == VALUE ? l : null;
    }
}
