package se.rodtrad.grants;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence as a message key and typed arguments, rendered in the reader's language (and in Swedish where it is kept
 * with a decision): kronor and percentages the Swedish way, nested sentences.
 */
public record Explanation(String key, List<Object> args) {

    public Explanation {
        args = List.copyOf(args.stream().map(a -> a == null ? "–" : a).toList());
    }

    public static Explanation of(String key, Object... args) {
        return new Explanation(key, Arrays.asList(args));
    }

    /** An amount in öre, shown as kronor ("35 000 kr"; öre only when there are any). */
    public record Kr(long ore) {
        public static Kr ofKr(long kronor) {
            return new Kr(kronor * 100);
        }
    }

    /** A percentage ("50 %", "15,00 %" when needed). */
    public record Pct(BigDecimal value) {
    }

    /** A plain number ("0,5", "4"). */
    public record Num(BigDecimal value) {
    }
}
