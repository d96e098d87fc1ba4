package se.rodtrad.meetings;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The decisions taken under a body's delegation order and their report to the body (KL 6 kap. 40 §): each decision a
 * module reports ({@link DelegatedDecisionMade}) is kept once; a secretary enters those no module takes, checked
 * against the order like any other; the report for a period is laid out as the region's "Redovisning av
 * delegationsbeslut".
 */
@Service
@Transactional(readOnly = true)
public class DelegatedDecisions {

    static final Set<String> SEXES = Set.of("K", "M", "B", "-");

    private final DelegationRepository repository;
    private final DelegationOrder order;
    private final AccessPolicy access;

    DelegatedDecisions(DelegationRepository repository, DelegationOrder order, AccessPolicy access) {
        this.repository = repository;
        this.order = order;
        this.access = access;
    }

    /** The report for the period, both days included. */
    public DelegatedDecisionReport report(String bodyCode, LocalDate from, LocalDate to) {
        access.require(Permission.READ_INTERNAL, null);
        Unit body = order.body(bodyCode);
        if (from == null || to == null) {
            throw ValidationException.of("from", "delegation.validation.period");
        }
        if (to.isBefore(from)) {
            throw ValidationException.of("to", "delegation.validation.periodOrder", from.toString(), to.toString());
        }
        List<DelegationPoint> points = repository.points(body.id());
        Map<String, List<DelegatedDecisionReport.Row>> byPoint = new LinkedHashMap<>();
        for (DelegationRepository.Kept k : repository.decisions(body.id(), from, to)) {
            byPoint.computeIfAbsent(k.point() == null ? "" : k.point(), p -> new ArrayList<>()).add(row(k));
        }
        List<DelegatedDecisionReport.Section> sections = new ArrayList<>();
        List<String> keys = new ArrayList<>(byPoint.keySet());
        keys.sort(Comparator.comparing((String p) -> p.isEmpty()).thenComparing(DelegatedDecisions::pointOrder));
        for (String p : keys) {
            Optional<DelegationPoint> point = points.stream().filter(x -> x.point().equals(p) && x.inForceOn(to)).findFirst()
                    .or(() -> points.stream().filter(x -> x.point().equals(p)).reduce((a, b) -> b));
            String heading = point.map(x -> x.title() + " av " + lowerFirst(x.delegateTitle()) + " enligt punkt " + x.point())
                    .orElse(p.isEmpty() ? "Beslut utan angiven punkt i delegationsordningen" : "Beslut enligt punkt " + p);
            String delegate = point.map(DelegationPoint::delegateTitle).orElse(null);
            sections.add(new DelegatedDecisionReport.Section(p.isEmpty() ? null : p, heading, delegate, byPoint.get(p)));
        }
        return new DelegatedDecisionReport(body.id(), body.code(), body.name(), from, to, sections);
    }

    /**
     * The period a report shows when none is chosen: from the first day of the month before the body's latest
     * delegated decision to that decision (for the demo, 2019-11-01 – 2019-12-03 as seed 001 reports it); today's
     * month and the one before when the body has none.
     */
    public LocalDate[] defaultPeriod(String bodyCode) {
        Unit body = order.body(bodyCode);
        LocalDate to = repository.latest(body.id()).orElse(LocalDate.now());
        return new LocalDate[] {to.minusMonths(1).withDayOfMonth(1), to};
    }

    /** The decision reported with this source id, if it has arrived. */
    public Optional<DelegatedDecisionReport.Row> bySource(UUID sourceId) {
        return repository.bySource(sourceId).map(DelegatedDecisions::row);
    }

    /** Keeps a decision reported by a module; a decision reported again is kept once (by its source id). */
    @Transactional
    public boolean keep(DelegatedDecisionMade decision) {
        return repository.keep(decision, "system");
    }

    /** A decision entered by hand; refused when outside the delegate's mandate, like any delegated decision. */
    @Transactional
    public DelegatedDecisionReport.Row enter(String bodyCode, DelegatedDecisionEntry e) {
        access.requireAny(Permission.MANAGE_DELEGATION);
        Unit body = order.body(bodyCode);
        CurrentUser user = access.require(Permission.MANAGE_DELEGATION, body.id());
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = null;
        String dayText = Texts.trimToNull(e.decidedOn());
        if (dayText == null) {
            errors.add(new FieldError("decidedOn", "validation.required", "Beslutsdatum"));
        } else {
            try {
                day = LocalDate.parse(dayText);
            } catch (DateTimeParseException ex) {
                errors.add(new FieldError("decidedOn", "delegation.validation.date", "Beslutsdatum", dayText));
            }
        }
        String kind = DelegationOrder.text(errors, "referenceKind", "Referensslag", e.referenceKind(), 20, false);
        String reference = DelegationOrder.text(errors, "reference", "Dnr/NypsID", e.reference(), 40, true);
        String matter = DelegationOrder.text(errors, "matter", "Ärendeslag", e.matter(), 200, true);
        String type = DelegationOrder.text(errors, "decisionType", "Stöd", e.decisionType(), 200, true);
        String recipient = DelegationOrder.text(errors, "recipient", "Företag", e.recipient(), 300, true);
        String sector = DelegationOrder.text(errors, "sector", "Bransch/Prioritering", e.sector(), 300, false);
        String sex = DelegationOrder.text(errors, "ownerSex", "Kön", e.ownerSex(), 1, false);
        if (sex != null && !SEXES.contains(sex.toUpperCase(java.util.Locale.ROOT))) {
            errors.add(new FieldError("ownerSex", "delegation.validation.sex", sex));
        }
        String municipality = DelegationOrder.text(errors, "municipality", "Kommun", e.municipality(), 100, false);
        boolean granted = !Boolean.FALSE.equals(e.granted());
        Long amount = null;
        String amountText = Texts.trimToNull(e.amountKr());
        if (amountText != null) {
            String digits = amountText.replaceAll("[\\s\\u00a0]", "").replaceAll("(?i)kr$", "");
            if (!digits.matches("\\d{1,12}")) {
                errors.add(new FieldError("amountKr", "delegation.validation.amount", amountText));
            } else {
                amount = Long.parseLong(digits);
            }
        } else if (granted) {
            errors.add(new FieldError("amountKr", "validation.required", "Belopp"));
        }
        String outcome = DelegationOrder.text(errors, "outcomeText", "Utfall", e.outcomeText(), 200, false);
        String decidedBy = DelegationOrder.text(errors, "decidedBy", "Beslutsfattare", e.decidedBy(), 200, true);
        String title = DelegationOrder.text(errors, "decidedByTitle", "Titel", e.decidedByTitle(), 200, false);
        String point = DelegationOrder.text(errors, "point", "Punkt", e.point(), DelegationOrder.MAX_POINT, false);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        DelegationVerdict verdict = order.check(new DelegationQuestion(body.id(), point, matter, type, granted ? amount : null, decidedBy, day,
                false));
        if (!verdict.allowed()) {
            throw new DomainException(verdict.messageKey(), verdict.arguments().toArray());
        }
        UUID source = timeOrdered();
        repository.keep(new DelegatedDecisionMade(source, "meetings", body.id(), verdict.point(), day, kind == null ? "Dnr" : kind, reference,
                type, recipient, sector, sex == null ? null : sex.toUpperCase(java.util.Locale.ROOT), municipality, granted ? amount : null,
                granted, granted ? null : (outcome == null ? "Avslag" : outcome), decidedBy, title), user.username());
        return bySource(source).orElseThrow();
    }

    /** A time-ordered id (UUID version 7), so that decisions of one day are reported in the order they were entered. */
    private static UUID timeOrdered() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (java.util.concurrent.ThreadLocalRandom.current().nextInt(0x1000));
        long low = (java.util.concurrent.ThreadLocalRandom.current().nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static DelegatedDecisionReport.Row row(DelegationRepository.Kept k) {
        return new DelegatedDecisionReport.Row(k.id(), k.sourceId(), k.sourceModule(), k.decidedOn(), k.referenceKind(), k.reference(),
                k.decisionType(), k.recipient(), k.sector(), k.ownerSex(), k.municipality(), k.amountKr(), k.granted(), k.outcomeText(),
                k.decidedBy(), k.decidedByTitle());
    }

    /** "3.2" before "3.10": numbered points in their numeric order. */
    private static String pointOrder(String point) {
        StringBuilder b = new StringBuilder();
        for (String part : point.split("\\.")) {
            b.append(part.matches("\\d+") ? String.format("%06d", Integer.parseInt(part)) : part).append('.');
        }
        return b.toString();
    }

    private static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
