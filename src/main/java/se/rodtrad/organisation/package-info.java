/**
 * The organisation: Region Örebro län with its political bodies, its administration with areas and units,
 * Sweden's regions and municipalities with their Kolada ids, and comparison groups ("Jämförbara län").
 * Also the people who use the product, their roles and the organisation units their permissions cover.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation",
        allowedDependencies = {"audit", "shared"})
package se.rodtrad.organisation;
