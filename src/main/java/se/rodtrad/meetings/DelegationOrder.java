package se.rodtrad.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * A body's delegation order (KL 6 kap. 37–40 §§): read it as it stood on any day, ask whether a decision lies within a
 * delegate's mandate ({@link #check}) — the question every module that decides under delegation asks before it saves —
 * and keep it: a secretary or administrator adds a point, changes it from a date (a new version; the old one keeps its
 * dates) or ends it. A point whose matter the body may not delegate (38 §) is refused.
 */
@Service
@Transactional(readOnly = true)
public class DelegationOrder {

    static final int MAX_POINT = 20;
    static final int MAX_TEXT = 300;
    static final int MAX_LIMITS = 2000;
    static final int MAX_LIST = 30;

    private final DelegationRepository repository;
    private final Organisation organisation;
    private final AccessPolicy access;

    DelegationOrder(DelegationRepository repository, Organisation organisation, AccessPolicy access) {
        this.repository = repository;
        this.organisation = organisation;
        this.access = access;
    }

    /** The body (a political body of the region) by its code ("RTN"). */
    public Unit body(String code) {
        Unit unit = organisation.unitByCode(code == null ? "" : code.strip()).orElseThrow(() -> new NotFoundException("organ", code));
        if (!unit.type().isPoliticalBody()) {
            throw new NotFoundException("organ", code);
        }
        return unit;
    }

    /** One version of a point. */
    public DelegationPoint point(UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return repository.point(id).orElseThrow(() -> new NotFoundException("delegationspunkt", id));
    }

    /** The code of a body by its id ("RTN"). */
    public String bodyCode(UUID bodyId) {
        return organisation.unit(bodyId).code();
    }

    /** Every version of every point, by point and date: the order's history. */
    public List<DelegationPoint> history(String bodyCode) {
        access.require(Permission.READ_INTERNAL, null);
        return repository.points(body(bodyCode).id());
    }

    /** The points in force on a day. */
    public List<DelegationPoint> inForce(String bodyCode, LocalDate day) {
        access.require(Permission.READ_INTERNAL, null);
        return repository.points(body(bodyCode).id()).stream().filter(p -> p.inForceOn(day)).toList();
    }

    /**
     * Whether the decision lies within a delegate's mandate on its day. Reads only; the module deciding has checked
     * its own permission, and refuses to save what this refuses.
     */
    public DelegationVerdict check(DelegationQuestion question) {
        Objects.requireNonNull(question.decidedOn(), "decidedOn");
        Unit body = organisation.unit(question.bodyId());
        return DelegationMandate.judge(question, body.name(), repository.points(body.id()));
    }

    /** What the current person may do with the body's delegation order (the pages' forms). */
    public DelegationActions actions(String bodyCode) {
        return new DelegationActions(canManage(bodyCode));
    }

    /** Of the order's history, the points in force on a day. */
    public static List<DelegationPoint> inForce(List<DelegationPoint> history, LocalDate day) {
        return history.stream().filter(p -> p.inForceOn(day)).toList();
    }

    /** Whether the current person may keep this body's delegation order. */
    public boolean canManage(String bodyCode) {
        return access.allows(Permission.MANAGE_DELEGATION, body(bodyCode).id());
    }

    @Transactional
    public DelegationPoint addPoint(String bodyCode, DelegationPointCommand command) {
        access.requireAny(Permission.MANAGE_DELEGATION);
        Unit body = body(bodyCode);
        CurrentUser user = access.require(Permission.MANAGE_DELEGATION, body.id());
        DelegationPoint p = validated(body, command, null);
        boolean overlaps = repository.points(body.id()).stream()
                .anyMatch(o -> o.point().equals(p.point()) && (o.validTo() == null || !o.validTo().isBefore(p.validFrom())));
        if (overlaps) {
            throw ValidationException.of("point", "delegation.validation.pointExists", p.point());
        }
        return repository.point(repository.insertPoint(body.id(), p, user.username())).orElseThrow();
    }

    /** A new version of the point from the command's first day; the version read ends the day before. */
    @Transactional
    public DelegationPoint changePoint(UUID id, Integer version, DelegationPointCommand command) {
        access.requireAny(Permission.MANAGE_DELEGATION);
        DelegationPoint current = repository.point(id).orElseThrow(() -> new NotFoundException("delegationspunkt", id));
        CurrentUser user = access.require(Permission.MANAGE_DELEGATION, current.bodyId());
        Unit body = organisation.unit(current.bodyId());
        DelegationPoint next = validated(body, command, current);
        if (current.validTo() != null) {
            throw new DomainException("delegation.error.ended", current.point(), current.validTo().toString());
        }
        if (!next.validFrom().isAfter(current.validFrom())) {
            throw ValidationException.of("validFrom", "delegation.validation.fromAfter", current.validFrom().toString());
        }
        if (!repository.end(id, version == null ? -1 : version, next.validFrom().minusDays(1), user.username())) {
            DelegationPoint theirs = repository.point(id).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return repository.point(repository.insertPoint(body.id(), next, user.username())).orElseThrow();
    }

    /** Ends the point: from the day after, decisions of its matter return to the body unless another point covers them. */
    @Transactional
    public DelegationPoint endPoint(UUID id, Integer version, String lastDay) {
        access.requireAny(Permission.MANAGE_DELEGATION);
        DelegationPoint current = repository.point(id).orElseThrow(() -> new NotFoundException("delegationspunkt", id));
        CurrentUser user = access.require(Permission.MANAGE_DELEGATION, current.bodyId());
        List<FieldError> errors = new ArrayList<>();
        LocalDate last = date(errors, "validTo", "Sista dag", lastDay);
        if (last != null && last.isBefore(current.validFrom())) {
            errors.add(new FieldError("validTo", "delegation.validation.toBeforeFrom", current.validFrom().toString()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (current.validTo() != null) {
            throw new DomainException("delegation.error.ended", current.point(), current.validTo().toString());
        }
        if (!repository.end(id, version == null ? -1 : version, last, user.username())) {
            DelegationPoint theirs = repository.point(id).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return repository.point(id).orElseThrow();
    }

    private DelegationPoint validated(Unit body, DelegationPointCommand c, DelegationPoint current) {
        List<FieldError> errors = new ArrayList<>();
        String point = current != null ? current.point() : text(errors, "point", "Punkt", c.point(), MAX_POINT, true);
        if (point != null && !point.matches("[0-9A-Za-zÅÄÖåäö.\\-]+")) {
            errors.add(new FieldError("point", "delegation.validation.pointFormat", point));
        }
        String title = text(errors, "title", "Rubrik", c.title(), MAX_TEXT, true);
        String matter = text(errors, "matter", "Ärendeslag", c.matter(), 200, true);
        String delegate = text(errors, "delegateTitle", "Delegat", c.delegateTitle(), 200, true);
        List<String> types = list(errors, "decisionTypes", "Beslutstyper", c.decisionTypes());
        List<String> aliases = list(errors, "titleAliases", "Andra titlar", c.titleAliases());
        List<String> holders = list(errors, "holders", "Innehavare", c.holders());
        if (holders.isEmpty() && !errors.stream().anyMatch(e -> e.field().equals("holders"))) {
            errors.add(new FieldError("holders", "validation.required", "Innehavare"));
        }
        Long max = amount(errors, c.maxAmountKr());
        String limits = text(errors, "limits", "Begränsningar", c.limits(), MAX_LIMITS, false);
        LocalDate from = date(errors, "validFrom", "Gäller från", c.validFrom());
        if (from == null && errors.stream().noneMatch(e -> e.field().equals("validFrom"))) {
            errors.add(new FieldError("validFrom", "validation.required", "Gäller från"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DelegationBan.of(matter, title).ifPresent(ban -> {
            throw ValidationException.of("matter", "delegation.validation.banned." + ban.name(), matter, body.name());
        });
        return new DelegationPoint(null, body.id(), point, title, matter, types, delegate, aliases, holders, max, limits, from, null, false,
                null, 0, null, null);
    }

    /** A text field trimmed (null when blank), with an error when it is required and missing or longer than {@code max}. */
    static String text(List<FieldError> errors, String field, String label, String value, int max, boolean required) {
        String t = Texts.trimToNull(value);
        if (t == null && required) {
            errors.add(new FieldError(field, "validation.required", label));
        } else if (t != null && t.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", label, max));
        }
        return t;
    }

    private static List<String> list(List<FieldError> errors, String field, String label, List<String> values) {
        List<String> result = new ArrayList<>();
        for (String v : values == null ? List.<String>of() : values) {
            String t = Texts.trimToNull(v);
            if (t == null) {
                continue;
            }
            if (t.length() > 200) {
                errors.add(new FieldError(field, "validation.tooLong", label, 200));
                return result;
            }
            if (result.stream().noneMatch(t::equalsIgnoreCase)) {
                result.add(t);
            }
        }
        if (result.size() > MAX_LIST) {
            errors.add(new FieldError(field, "delegation.validation.tooMany", label, MAX_LIST));
        }
        return result;
    }

    private static Long amount(List<FieldError> errors, String typed) {
        String t = Texts.trimToNull(typed);
        if (t == null) {
            return null;
        }
        String digits = t.replaceAll("[\\s\\u00a0]", "").replaceAll("(?i)kr$|kronor$", "");
        if (!digits.matches("\\d{1,12}")) {
            errors.add(new FieldError("maxAmountKr", "delegation.validation.amount", t));
            return null;
        }
        return Long.parseLong(digits);
    }

    private static LocalDate date(List<FieldError> errors, String field, String label, String typed) {
        String t = Texts.trimToNull(typed);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "delegation.validation.date", label, t));
            return null;
        }
    }
}
