package se.rodtrad.followup.assessment;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence of an explanation as a message key and typed arguments, rendered in the reader's language:
 * numbers the Swedish way, nested sentences, status words, lists joined with "och".
 */
public record Sentence(String key, List<Object> args) {

    public static Sentence of(String key, Object... args) {
        return new Sentence(key, Arrays.asList(args));
    }

    /** A number shown with at most {@code decimals} decimals (trailing zeros dropped). */
    public record Num(BigDecimal value, int decimals) {
    }

    /** A percentage shown with exactly {@code decimals} decimals ("8,1"). */
    public record Pct(BigDecimal value, int decimals) {
    }

    /** A list of names joined as a reader expects ("A, B och C"). */
    public record Names(List<String> names) {
    }

    /** A message key to be rendered in place (a status word, a direction). */
    public record Key(String key) {
    }
}
