package se.rodtrad.organisation;

import java.util.List;
import java.util.UUID;

/** The person behind the current request, as the use cases see them. */
public record CurrentUser(UUID id, String username, String displayName, Role role, List<UUID> scopeUnitIds) {

    public static final CurrentUser ANONYMOUS = new CurrentUser(null, "anonym", "Anonym besökare", null, List.of());

    public boolean isAnonymous() {
        return role == null;
    }
}
