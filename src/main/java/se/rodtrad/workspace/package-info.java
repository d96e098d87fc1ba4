/**
 * The workspace every signed-in person starts from: the start page ("Mina uppgifter" — the yearly cycle's tasks,
 * the assignments behind or the unit's own, the secretary's meetings — my bodies, recent changes by others), the login page and the navigation by body that every page shows. It composes what
 * the other modules offer and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arbetsyta",
        allowedDependencies = {"planning", "meetings", "followup::assessment", "followup::reports", "followup::measures", "organisation", "audit", "shared"})
package se.rodtrad.workspace;
