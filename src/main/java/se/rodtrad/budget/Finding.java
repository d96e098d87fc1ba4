package se.rodtrad.budget;

import java.util.List;
import java.util.UUID;

/**
 * Something the checker found: how serious, where (table, row, column as printed) and a sentence from the
 * message bundles that says what disagrees and by how much. Arguments that are {@link Amount}s are formatted
 * in the reader's language.
 */
public record Finding(Severity severity, UUID tableId, String table, String row, String column, String messageKey,
        List<Object> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }
}
