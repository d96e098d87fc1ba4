/**
 * The append-only change log. The database records every insert, update and delete of an audited table
 * (see the root migration {@code V1__audit_trail.sql}); this module reads that trail back as history —
 * who changed what, when, from what to what — for any object and for the start page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Historik",
        allowedDependencies = {"shared"})
package se.rodtrad.audit;
