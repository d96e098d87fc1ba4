package se.rodtrad.organisation;

import java.time.Instant;
import java.util.UUID;

/**
 * One organisation unit as the rest of the product sees it. {@code code} is the Kolada id where one exists
 * (0018 Region Örebro län, 1880 Örebro), otherwise the unit's own short code (RTN, FRU).
 */
public record Unit(
        UUID id,
        String code,
        String koladaId,
        String name,
        String shortName,
        UnitType type,
        UUID parentId,
        int sortOrder,
        String source,
        int version,
        Instant updatedAt,
        String updatedBy) {

    public String displayName() {
        return name;
    }
}
