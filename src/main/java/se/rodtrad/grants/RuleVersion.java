package se.rodtrad.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a support type's rules ("Inriktningsbeslut 2019"), in force from a day to a day (open when extended
 * "tills vidare"), with the case whose decision extends it. Each rule has a kind the product judges, its parameters, its
 * text as the decision prints it with its source lines, and whether breaking it refuses the decision.
 */
public record RuleVersion(UUID id, UUID supportTypeId, String name, LocalDate validFrom, LocalDate validTo, String extensionCase, String source,
        List<Rule> rules) {

    public RuleVersion {
        rules = List.copyOf(rules);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public record Rule(String kind, Map<String, Object> params, boolean hard, String text, String source) {
        public Rule {
            params = params == null ? Map.of() : Map.copyOf(params);
        }

        String param(String name) {
            Object v = params.get(name);
            return v == null ? null : String.valueOf(v);
        }
    }
}
