package se.rodtrad.organisation;

import java.util.List;
import java.util.UUID;

/** A named set of units an indicator is compared against, e.g. "Jämförbara län" for Region Örebro län. */
public record ComparisonGroup(UUID id, String code, String name, UUID ownerId, List<Unit> members) {
}
