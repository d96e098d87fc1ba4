package se.rodtrad.budget;

/** A column as printed ("Budget 2023 Omsättning"), its role and the period it belongs to ("Budget 2023"). */
public record BudgetColumn(int position, String label, ColumnRole role, String period) {

    public static BudgetColumn of(int position, String label) {
        ColumnRole role = ColumnRole.infer(label);
        return new BudgetColumn(position, label, role, ColumnRole.period(label, role));
    }
}
