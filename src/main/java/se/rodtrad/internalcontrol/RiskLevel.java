package se.rodtrad.internalcontrol;

/**
 * The risk value (probability × consequence, 1–16) in four bands. The bands follow the matrix's
 * diagonals: 1–3 low, 4–6 moderate, 8–9 high, 12–16 very high (the values 7, 10, 11, 13–15 cannot occur).
 */
public enum RiskLevel {
    LOW, MODERATE, HIGH, VERY_HIGH;

    public static RiskLevel of(int value) {
        if (value < 1 || value > 16) {
            throw new IllegalArgumentException("Riskvärde utanför 1–16: " + value);
        }
        if (value <= 3) {
            return LOW;
        }
        if (value <= 6) {
            return MODERATE;
        }
        if (value <= 9) {
            return HIGH;
        }
        return VERY_HIGH;
    }

    /** The CSS modifier of the matrix cell; the level is always written out as well. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
