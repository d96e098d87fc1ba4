package se.rodtrad.audit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a module names what its tables hold, for history told in words. The trail records rows; the module that owns a
 * table knows what a row is to a reader ("styrtal 4.1.1 i Verksamhetsplan med budget 2023"), what a value means (a
 * target as JSON is "ska minska med 60 % till 2030 jämfört med 2005", a unit's id is its name) and who a username is.
 * A module implements this as a bean; what no vocabulary knows is told by the message keys
 * {@code history.object.<table>}, {@code history.<table>.<column>} and {@code history.<table>.<column>.<value>}, and a
 * column with no label is left out of what a reader sees (the technical record keeps it for an administrator).
 */
public interface HistoryVocabulary {

    /** The object as a reader knows it, from its state after the change (before it, for a removal). */
    default Optional<String> object(String objectType, Map<String, String> state, Locale locale) {
        return Optional.empty();
    }

    /** A field's value in words, or empty when this vocabulary does not know the field. */
    default Optional<String> value(String objectType, String field, String raw, Locale locale) {
        return Optional.empty();
    }

    /** The person behind a username, as the product shows people. */
    default Optional<String> person(String username) {
        return Optional.empty();
    }
}
