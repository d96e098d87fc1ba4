package se.rodtrad.organisation;

import java.util.UUID;

/** An edit of a unit's names, made against the version the editor read. */
public record UpdateUnit(UUID id, int version, String name, String shortName) {
}
