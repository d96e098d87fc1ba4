package se.rodtrad.grants;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;

/** The support types of a body's register with every rule version, and the law they cite — what the rules page shows. */
@Service
@Transactional(readOnly = true)
public class GrantRules {

    /** One support type with its versions. */
    public record TypeRules(SupportType type, List<RuleVersion> versions) {
    }

    /** Everything the rules rest on: the types, the regulations, the de minimis regulations and the exchange rates. */
    public record Catalogue(List<TypeRules> types, List<Regulation> regulations, List<DeMinimisRegulation> deMinimis, List<Rate> rates) {
    }

    public record Rate(int year, java.math.BigDecimal sekPerEur, boolean exempeldata) {
    }

    private final RuleRepository rules;
    private final AccessPolicy access;

    GrantRules(RuleRepository rules, AccessPolicy access) {
        this.rules = rules;
        this.access = access;
    }

    public Catalogue catalogue(UUID bodyId) {
        access.require(Permission.READ_INTERNAL, null);
        return new Catalogue(rules.types(bodyId).stream().map(t -> new TypeRules(t, rules.versions(t.id()))).toList(),
                List.copyOf(rules.regulations().values()), rules.deMinimis(),
                rules.rates().stream().map(r -> new Rate(r.year(), r.sekPerEur(), r.exempeldata())).toList());
    }

    /** What the current person may do with the body's grants (the pages' forms). */
    public GrantActions actions(UUID bodyId) {
        return GrantActions.of(access, bodyId);
    }

    public boolean canManage(UUID bodyId) {
        return access.allows(Permission.MANAGE_GRANTS, bodyId);
    }
}
