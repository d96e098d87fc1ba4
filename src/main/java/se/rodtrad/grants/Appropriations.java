package se.rodtrad.grants;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.grants.Explanation.Kr;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The appropriation and its steering decision: which decision covers a year, its parts with live totals (decided, paid,
 * left — after the reallocations decided during the year), the warning before a decision overruns its part, and the
 * decisions that change the split during the year ("mindre justeringar av fördelningen … under året", a reallocation
 * between parts with its date and §). A reallocation needs {@link Permission#MANAGE_GRANTS} for the body.
 */
@Service
@Transactional(readOnly = true)
public class Appropriations {

    private final SteeringRepository steering;
    private final Organisation organisation;
    private final AccessPolicy access;

    Appropriations(SteeringRepository steering, Organisation organisation, AccessPolicy access) {
        this.steering = steering;
        this.organisation = organisation;
        this.access = access;
    }

    /** The steering decision in force during the year, if any. */
    public Optional<SteeringDecision> steeringFor(UUID bodyId, int year) {
        // only the decisions in force that year are read (a body has one a year): bounded however many years the register holds
        return steering.idsInForce(bodyId, year).stream().map(id -> steering.find(id).orElseThrow()).reduce((a, b) -> b);
    }

    /** The same decision with its parts and changes only (no funds, no priorities): for the amounts of its parts. */
    private Optional<SteeringDecision> amountsFor(UUID bodyId, int year) {
        return steering.idsInForce(bodyId, year).stream().map(id -> steering.findForAmounts(id).orElseThrow()).reduce((a, b) -> b);
    }

    public SteeringDecision steering(UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return steering.find(id).orElseThrow(() -> new NotFoundException("inriktningsbeslut", id));
    }

    public List<SteeringDecision> steeringDecisions(UUID bodyId) {
        access.require(Permission.READ_INTERNAL, null);
        return steering.ids(bodyId).stream().map(id -> steering.find(id).orElseThrow()).toList();
    }

    public Appropriation appropriation(UUID bodyId, int year) {
        access.require(Permission.READ_INTERNAL, null);
        SteeringDecision s = steeringFor(bodyId, year).orElse(null);
        List<Appropriation.Part> parts = new ArrayList<>();
        if (s != null) {
            for (SteeringDecision.Part p : s.parts()) {
                Long amount = effective(s, p, year);
                SteeringRepository.Totals t = steering.totals(p.id(), year);
                parts.add(new Appropriation.Part(p.code(), p.name(), p.fundCode(), p.amount(), amount, p.atMost(), t.decided(), t.paid(),
                        amount == null ? null : amount - t.decided(), t.decisions()));
            }
        }
        return new Appropriation(year, s, parts);
    }

    /** The part's amount after the reallocations decided in the year. */
    private static Long effective(SteeringDecision s, SteeringDecision.Part p, int year) {
        if (p.amount() == null) {
            return null;
        }
        long amount = p.amount();
        for (SteeringDecision.Change c : s.changes()) {
            if (c.decided() && "REALLOCATION".equals(c.kind()) && c.decidedOn() != null && c.decidedOn().getYear() == year && c.amount() != null) {
                if (p.id().equals(c.toPartId())) {
                    amount += c.amount();
                }
                if (p.id().equals(c.fromPartId())) {
                    amount -= c.amount();
                }
            }
        }
        return amount;
    }

    /** The part a support type is paid from in the steering decision covering the day. */
    Optional<UUID> partFor(UUID bodyId, SupportType type, LocalDate day) {
        return amountsFor(bodyId, day.getYear()).flatMap(s -> s.parts().stream().filter(p -> p.code().equals(type.partCode())).findFirst())
                .map(SteeringDecision.Part::id);
    }

    /** Whether the decision still fits in its part: a warning (not a refusal) when it does not, with the numbers. */
    RuleCheck partCheck(UUID bodyId, SupportType type, Long amountOre, LocalDate day) {
        String rule = "Anslag: inriktningsbeslutets fördelning";
        int year = day.getYear();
        Optional<SteeringDecision> s = amountsFor(bodyId, year);
        if (s.isEmpty()) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, false, Explanation.of("grants.rule.part.noSteering", String.valueOf(year)));
        }
        Optional<SteeringDecision.Part> part = s.get().parts().stream().filter(p -> p.code().equals(type.partCode())).findFirst();
        if (part.isEmpty()) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, false, Explanation.of("grants.rule.part.noPart", type.name(), s.get().title()));
        }
        SteeringDecision.Part p = part.get();
        Long amount = effective(s.get(), p, year);
        SteeringRepository.Totals t = steering.totals(p.id(), year);
        long adding = amountOre == null ? 0 : amountOre;
        if (amount == null) {
            return new RuleCheck(rule, RuleResult.NOT_JUDGED, false, Explanation.of("grants.rule.part.noAmount", p.name(), String.valueOf(year), new Kr(t.decided())));
        }
        long after = t.decided() + adding;
        boolean ok = after <= amount;
        return new RuleCheck(rule, ok ? RuleResult.PASSED : RuleResult.BROKEN, false, Explanation.of(ok ? "grants.rule.part.passed" : "grants.rule.part.over",
                p.name(), String.valueOf(year), new Kr(amount), new Kr(t.decided()), new Kr(adding), new Kr(after), new Kr(Math.abs(amount - after)), s.get().title()));
    }

    /**
     * A reallocation between two parts decided during the year (date, § or the delegate's decision, amount in kronor as
     * typed). The part it takes from cannot go below what is already decided from it that year.
     */
    @Transactional
    public SteeringDecision reallocate(UUID steeringId, String fromCode, String toCode, String amountKr, String decidedOn, String paragraph,
            String decidedBy, String text) {
        access.requireAny(Permission.MANAGE_GRANTS);
        SteeringDecision s = steering.find(steeringId).orElseThrow(() -> new NotFoundException("inriktningsbeslut", steeringId));
        CurrentUser user = access.require(Permission.MANAGE_GRANTS, s.bodyId());
        List<FieldError> errors = new ArrayList<>();
        SteeringDecision.Part from = s.parts().stream().filter(p -> p.code().equals(fromCode)).findFirst().orElse(null);
        SteeringDecision.Part to = s.parts().stream().filter(p -> p.code().equals(toCode)).findFirst().orElse(null);
        if (from == null) {
            errors.add(new FieldError("from", "grants.validation.part", fromCode == null ? "–" : fromCode));
        }
        if (to == null) {
            errors.add(new FieldError("to", "grants.validation.part", toCode == null ? "–" : toCode));
        }
        if (from != null && to != null && from.id().equals(to.id())) {
            errors.add(new FieldError("to", "grants.validation.samePart"));
        }
        java.math.BigDecimal kr = GrantRegister.kronor(errors, "amount", "Belopp", amountKr);
        if (kr == null && errors.stream().noneMatch(e -> e.field().equals("amount"))) {
            errors.add(new FieldError("amount", "validation.required", "Belopp"));
        }
        LocalDate day = null;
        String d = Texts.trimToNull(decidedOn);
        if (d == null) {
            errors.add(new FieldError("decidedOn", "validation.required", "Beslutsdatum"));
        } else {
            try {
                day = LocalDate.parse(d);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("decidedOn", "grants.validation.date", "Beslutsdatum", d));
            }
        }
        String para = Texts.trimToNull(paragraph);
        String by = Texts.trimToNull(decidedBy);
        if (by == null) {
            errors.add(new FieldError("decidedBy", "validation.required", "Beslutat av"));
        }
        String t = Texts.trimToNull(text);
        if (t != null && t.length() > 2000) {
            errors.add(new FieldError("text", "validation.tooLong", "Beslutet", 2000));
        }
        if (para != null && para.length() > 40 || by != null && by.length() > 200) {
            errors.add(new FieldError("paragraph", "validation.tooLong", "§/beslutat av", 200));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (!s.inForceDuring(day.getYear())) {
            throw new DomainException("grants.error.reallocationOutside", day.toString(), s.title());
        }
        long amount = SupportRules.ore(kr);
        if (from.amount() == null || to.amount() == null) {
            throw new DomainException("grants.error.reallocationUnknownAmount", from.amount() == null ? from.name() : to.name());
        }
        Long fromAmount = effective(s, from, day.getYear());
        long decided = steering.totals(from.id(), day.getYear()).decided();
        if (fromAmount - amount < decided) {
            throw new DomainException("grants.error.reallocationBelowDecided", from.name(), GrantTexts.kr(fromAmount), GrantTexts.kr(amount),
                    GrantTexts.kr(decided));
        }
        steering.insertChange(s.id(), "REALLOCATION", "DECIDED", null, day, para, by, null,
                t == null ? "Omfördelning " + GrantTexts.kr(amount) + " från " + from.name() + " till " + to.name() : t, null, from.id(), to.id(), amount,
                null, user.username());
        return steering.find(s.id()).orElseThrow();
    }

    /** What the current person may do with the body's grants (the pages' forms). */
    public GrantActions actions(UUID bodyId) {
        return GrantActions.of(access, bodyId);
    }

    public boolean canManage(UUID bodyId) {
        return access.allows(Permission.MANAGE_GRANTS, bodyId);
    }

    Unit bodyOf(SteeringDecision s) {
        return organisation.unit(s.bodyId());
    }
}
