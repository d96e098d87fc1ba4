package se.rodtrad.budget;

/**
 * Which lines a total row adds up. Inferred from the printed layout and stored with the row, so that an
 * unusual table can say otherwise.
 */
public enum SumScope {
    /** The lines since the previous total ("Summa intäkter", "Summa kostnader", "Summa"). */
    GROUP,
    /**
     * Everything above not yet added up, totals included: "Verksamhetens nettokostnader" = Summa intäkter +
     * Summa kostnader; "Resultat" = nettokostnader + finansnetto (+ regionbidrag); "Totalt … driftansvar".
     */
    RUNNING,
    /** A total printed above its lines (the savings list's "SUMMA"). */
    BELOW;

    /** A label starting with "Summa" closes its group; a total above any line sums what follows; others run. */
    static SumScope infer(String label, boolean anyLineAbove) {
        if (!anyLineAbove) {
            return BELOW;
        }
        return label.strip().toLowerCase(java.util.Locale.ROOT).startsWith("summa") ? GROUP : RUNNING;
    }
}
