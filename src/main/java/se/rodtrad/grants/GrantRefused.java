package se.rodtrad.grants;

import java.util.List;
import se.rodtrad.shared.domain.DomainException;

/** A decision the rules refuse: nothing is saved; the checks say which rules are broken and why. */
public class GrantRefused extends DomainException {

    private final List<RuleCheck> checks;

    public GrantRefused(List<RuleCheck> checks) {
        super("grants.error.refused", checks.stream().filter(RuleCheck::refuses).count());
        this.checks = List.copyOf(checks);
    }

    public List<RuleCheck> checks() {
        return checks;
    }
}
