package se.rodtrad.grants;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A support type of a body's grant register ("Mikrobidrag"): the names the decision tables print it under, the matter of
 * the delegation order it falls under ("Företagsstöd"), the part of the appropriation it is paid from, the regulations
 * that are its legal basis (the one in force on a decision's date applies), whether the EU de minimis ceiling applies,
 * and whether it co-finances projects.
 */
public record SupportType(UUID id, UUID bodyId, String code, String name, List<String> aliases, String matter, String partCode,
        List<String> regulations, boolean deMinimis, boolean project) {

    public SupportType {
        aliases = List.copyOf(aliases);
        regulations = List.copyOf(regulations);
    }

    /** Whether the type is printed under this name. */
    public boolean isCalled(String printed) {
        if (printed == null) {
            return false;
        }
        String p = printed.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(p) || code.equalsIgnoreCase(p) || aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(p));
    }
}
