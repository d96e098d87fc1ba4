package se.rodtrad.followup.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A value a revision replaced: what it was, where it came from, who or what replaced it and why. */
public record ValueRevision(
        long id,
        UUID valueId,
        BigDecimal value,
        Integer count,
        String status,
        String source,
        LocalDate published,
        boolean preliminary,
        Instant replacedAt,
        String replacedBy,
        String reason) {
}
