package se.rodtrad.organisation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.rodtrad.audit.HistoryVocabulary;

/**
 * What the organisation names in the history: people by the name their account shows ("Cecilia Controller", not
 * "controller") and units by name wherever another module's row refers to one (a plan's body, an assignment's
 * responsible unit).
 */
@Component
class OrganisationHistoryWords implements HistoryVocabulary {

    /** Columns that hold a unit's id, in any module's table. */
    private static final Set<String> UNIT_COLUMNS = Set.of("body_id", "unit_id", "owner_unit_id", "area_id", "subject_unit_id",
            "organisation_id");

    private final UserAccountRepository accounts;
    private final Organisation organisation;

    OrganisationHistoryWords(UserAccountRepository accounts, Organisation organisation) {
        this.accounts = accounts;
        this.organisation = organisation;
    }

    @Override
    public Optional<String> person(String username) {
        return accounts.findByUsername(username).map(UserAccountRepository.Account::displayName);
    }

    @Override
    public Optional<String> value(String objectType, String field, String raw, Locale locale) {
        boolean unit = UNIT_COLUMNS.contains(field) || ("org_unit".equals(objectType) && "parent_id".equals(field));
        if (!unit) {
            return Optional.empty();
        }
        try {
            Unit u = organisation.unitsById().get(UUID.fromString(raw));
            return Optional.ofNullable(u == null ? null : u.name());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
