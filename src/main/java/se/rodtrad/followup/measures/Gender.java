package se.rodtrad.followup.measures;

import java.util.Optional;

/** Kolada's and our sex breakdown: T = totalt, K = kvinnor, M = män. */
public enum Gender {
    T, K, M;

    /** The sex a request names, or totalt when it names none (or none we know): what a page shows unless asked otherwise. */
    public static Gender orTotal(String text) {
        return parse(text).orElse(T);
    }

    /** Reads T/K/M (any case) and the spelled-out forms SCB and our template use; empty otherwise. */
    public static Optional<Gender> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "t", "totalt", "total", "alla", "1+2", "tot" -> Optional.of(T);
            case "k", "kvinnor", "kvinna", "2", "women", "female", "f" -> Optional.of(K);
            case "m", "män", "man", "1", "men", "male" -> Optional.of(M);
            default -> Optional.empty();
        };
    }
}
