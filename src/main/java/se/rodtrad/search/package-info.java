/**
 * Search that finds (issue 18): one search over everything a person may read — the plans' items and the plan
 * documents' prose (planning, documents), cases, agenda items and decisions (meetings), grants (grants) and the follow-up reports' texts (followup::reports). Each module
 * answers for its own texts through its public search type, with PostgreSQL's Swedish full-text search over its own GIN
 * indexes and its own rule of what the public sees; this module asks them, merges the hits by rank, filters by kind,
 * body and year, and suggests a spelling (pg_trgm over its word list) when nothing is found. It reads no other
 * module's tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sök",
        allowedDependencies = {"planning", "documents", "grants", "meetings", "followup::reports", "organisation", "shared"})
package se.rodtrad.search;
