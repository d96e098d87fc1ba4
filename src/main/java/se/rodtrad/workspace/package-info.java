/**
 * The workspace every signed-in person starts from: the start page ("Mina uppgifter", my bodies, recent
 * changes by others), the login page and the navigation by body that every page shows. It composes what
 * the other modules offer and nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arbetsyta",
        allowedDependencies = {"planning", "organisation", "audit", "shared"})
package se.rodtrad.workspace;
