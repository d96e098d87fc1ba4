package se.rodtrad.followup.measures.imports;

import java.util.Arrays;
import java.util.List;

/** A sentence of a report as a message key and its arguments, rendered in the reader's language. */
public record Note(String key, List<String> args) {

    public static Note of(String key, Object... args) {
        return new Note(key, Arrays.stream(args).map(a -> a == null ? "" : String.valueOf(a)).toList());
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
