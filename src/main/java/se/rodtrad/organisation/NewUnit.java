package se.rodtrad.organisation;

import java.util.UUID;

/** A unit to add under {@code parentId}: a body, an administration, an area or a unit of work (or a municipality at the top). */
public record NewUnit(String code, String name, UnitType type, UUID parentId) {
}
