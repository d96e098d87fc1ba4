package se.rodtrad.followup.economy;

/**
 * One row of the economy template before it is matched to areas and budget lines: {@code kind} is
 * budget, utfall or prognos; {@code month} null for a whole-year budget; the amount in öre, exact.
 */
public record EconomyRow(String where, String kind, int year, Integer month, String area, String line, long amountOre, String source) {
}
