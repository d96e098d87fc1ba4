package se.rodtrad.meetings;

/** Kronor as the region's documents print them: "1 675 505 kr", digits grouped by three with a space. */
final class DelegationAmounts {

    private DelegationAmounts() {
    }

    static String kr(long kronor) {
        return grouped(kronor) + " kr";
    }

    /** "34 200": the report's Belopp column prints the figure without a unit. */
    static String grouped(long kronor) {
        String digits = Long.toString(Math.abs(kronor));
        StringBuilder b = new StringBuilder(kronor < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append(' ');
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }
}
