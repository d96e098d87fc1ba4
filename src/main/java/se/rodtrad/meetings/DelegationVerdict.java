package se.rodtrad.meetings;

import java.util.List;

/**
 * The delegation order's answer: allowed or refused, the point it rests on and the delegate's title, and the reason
 * as a message key with its arguments (a Swedish sentence that cites the point or KL 6 kap. 38 §).
 */
public record DelegationVerdict(boolean allowed, String point, String delegateTitle, String messageKey, List<Object> arguments) {

    public DelegationVerdict {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static DelegationVerdict allowed(DelegationPoint p, String key, Object... args) {
        return new DelegationVerdict(true, p.point(), p.delegateTitle(), key, List.of(args));
    }

    static DelegationVerdict refused(DelegationPoint p, String key, Object... args) {
        return new DelegationVerdict(false, p == null ? null : p.point(), p == null ? null : p.delegateTitle(), key, List.of(args));
    }
}
