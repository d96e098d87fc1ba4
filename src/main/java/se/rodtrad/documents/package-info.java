/**
 * Plans and reports as real documents: laid out like the region's own (title page, contents, sections,
 * tables, "Regional tillväxtnämnd, Verksamhetsplan med budget 2023 N(M)" on every page), as PDF with
 * embedded fonts, bookmarks and tags, and as DOCX with real headings; the plan's tables as XLSX. Also the change
 * overview between two plans ("Förslag till ändringar … VP-2026") and the assignment summary ("… (17 st)").
 * Renders what the other modules hold; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dokument",
        allowedDependencies = {"followup", "followup::assessment", "followup::economy", "followup::reports", "planning", "budget", "internalcontrol", "meetings", "organisation", "shared"})
package se.rodtrad.documents;
