package se.rodtrad.followup.measures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.rodtrad.organisation.Unit;

/**
 * Finds the organisation unit a file names: a Kolada id ("0018", "1880", "0000"), an SCB region code
 * ("18" → 0018, "00" → riket, "1880"), or our own unit code ("RTN", "FRU-NU").
 */
final class UnitCodes {

    private final Map<String, Unit> byCode = new HashMap<>();

    UnitCodes(List<Unit> units) {
        for (Unit u : units) {
            byCode.put(u.code(), u);
            if (u.koladaId() != null) {
                byCode.putIfAbsent(u.koladaId(), u);
            }
        }
    }

    Optional<Unit> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip();
        if (c.isEmpty() || c.length() > 40) {
            return Optional.empty();
        }
        Unit u = byCode.get(c);
        if (u == null && c.matches("\\d{2}")) {
            // SCB's county code: "18" Örebro län is Kolada "0018"; "00" is riket, Kolada "0000"
            u = byCode.get("00" + c);
        }
        if (u == null && c.matches("\\d{2}[A-Za-z]?")) {
            u = byCode.get("00" + c.substring(0, 2));
        }
        return Optional.ofNullable(u);
    }
}
