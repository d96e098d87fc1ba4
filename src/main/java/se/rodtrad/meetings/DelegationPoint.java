package se.rodtrad.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * One point of a body's delegation order as it reads on a day: its number ("3.3"), what it lets the delegate decide
 * ({@code matter}, e.g. "Företagsstöd", optionally narrowed to some {@code decisionTypes}), the delegate by title
 * ("Områdeschef näringslivsutveckling", also printed under {@code titleAliases}) and the persons holding it, the limit
 * per decision in kronor (null when the order states none) with the limits in words, and the days it is in force.
 * A changed point is a new version from a date; the old version keeps its dates.
 */
public record DelegationPoint(UUID id, UUID bodyId, String point, String title, String matter, List<String> decisionTypes,
        String delegateTitle, List<String> titleAliases, List<String> holders, Long maxAmountKr, String limits, LocalDate validFrom,
        LocalDate validTo, boolean exempeldata, String source, int version, Instant updatedAt, String updatedBy) {

    public DelegationPoint {
        decisionTypes = decisionTypes == null ? List.of() : List.copyOf(decisionTypes);
        titleAliases = titleAliases == null ? List.of() : List.copyOf(titleAliases);
        holders = holders == null ? List.of() : List.copyOf(holders);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Whether the point covers a matter ("Företagsstöd") and, when it names types, this type ("Mikrobidrag"). */
    boolean covers(String matterAsked, String type) {
        if (matterAsked == null || !same(matter, matterAsked)) {
            return false;
        }
        return decisionTypes.isEmpty() || (type != null && decisionTypes.stream().anyMatch(t -> same(t, type)));
    }

    /** Whether the person holds the delegation (by name; the title alone is no proof of who decided). */
    boolean heldBy(String person) {
        return person != null && holders.stream().anyMatch(h -> same(h, person));
    }

    static boolean same(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
