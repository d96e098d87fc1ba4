package se.rodtrad.planning;

/**
 * A key figure of Kolada's catalog. {@code municipalityType}: K kommun, L region/län, A both;
 * {@code byGender}: values exist for women and men.
 */
public record KoladaKpi(String id, String title, String description, boolean byGender, String municipalityType,
        String operatingArea, String publicationDate) {

    /** Whether values exist for regions (L) — the level a region's plan follows up. */
    public boolean forRegions() {
        return "L".equals(municipalityType) || "A".equals(municipalityType);
    }
}
