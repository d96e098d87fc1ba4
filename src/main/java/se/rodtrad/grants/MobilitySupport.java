package se.rodtrad.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
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
import se.rodtrad.shared.domain.ValidationException;

/**
 * Mobility support to folk high schools outside the county for the region's residents, and regionbidrag to the county's
 * movement-owned schools, at the rate per participant week the body decides (2020: SKR's recommendation, 400 kr). Under
 * the reciprocity principle a region that adopts a lower rate gets the lower rate back: its schools are paid that rate,
 * and it pays ours the same. The region's own schools get their owner's contribution (huvudmannabidrag), not this.
 * Participant weeks per school and home region are entered by those who keep the register ({@link Permission#MANAGE_GRANTS}).
 */
@Service
@Transactional(readOnly = true)
public class MobilitySupport {

    private final MobilityRepository repository;
    private final Organisation organisation;
    private final AccessPolicy access;

    MobilitySupport(MobilityRepository repository, Organisation organisation, AccessPolicy access) {
        this.repository = repository;
        this.organisation = organisation;
        this.access = access;
    }

    public List<Integer> years(UUID bodyId) {
        access.require(Permission.READ_INTERNAL, null);
        return repository.years(bodyId);
    }

    public Mobility year(UUID bodyId, int year) {
        access.require(Permission.READ_INTERNAL, null);
        List<MobilityRepository.RateRow> rates = repository.rates(bodyId, year);
        String home = organisation.homeRegion().code();
        Integer mobilityRate = rates.stream().filter(r -> r.kind().equals("MOBILITY") && r.regionCode() == null).map(MobilityRepository.RateRow::rateKr)
                .findFirst().orElse(null);
        Integer regionRate = rates.stream().filter(r -> r.kind().equals("REGION_CONTRIBUTION")).map(MobilityRepository.RateRow::rateKr).findFirst()
                .orElse(null);
        Map<String, MobilityRepository.RateRow> reciprocity = rates.stream().filter(r -> r.kind().equals("RECIPROCITY"))
                .collect(Collectors.toMap(MobilityRepository.RateRow::regionCode, r -> r));
        Map<UUID, MobilityRepository.School> schools = repository.schools().stream().collect(Collectors.toMap(MobilityRepository.School::id, s -> s));
        List<Mobility.Row> rows = new ArrayList<>();
        long mobility = 0;
        long regionContribution = 0;
        long income = 0;
        boolean exempel = rates.stream().anyMatch(MobilityRepository.RateRow::exempeldata);
        for (MobilityRepository.Weeks w : repository.weeks(year)) {
            MobilityRepository.School s = schools.get(w.schoolId());
            boolean inCounty = s.regionCode().equals(home);
            boolean ours = w.homeRegion().equals(home);
            String kind;
            Integer rate = null;
            String reason;
            if (ours && inCounty && s.owner().equals("REGION")) {
                kind = "OWN";
                reason = "grants.mobility.reason.own";
            } else if (ours && inCounty) {
                kind = "REGION_CONTRIBUTION";
                rate = regionRate;
                reason = "grants.mobility.reason.regionContribution";
            } else if (ours) {
                kind = "MOBILITY";
                MobilityRepository.RateRow lower = reciprocity.get(s.regionCode());
                if (lower != null && mobilityRate != null && lower.rateKr() < mobilityRate) {
                    rate = lower.rateKr();
                    reason = "grants.mobility.reason.reciprocity";
                } else {
                    rate = mobilityRate;
                    reason = "grants.mobility.reason.mobility";
                }
            } else if (inCounty) {
                kind = "INCOMING";
                MobilityRepository.RateRow lower = reciprocity.get(w.homeRegion());
                rate = lower != null && mobilityRate != null && lower.rateKr() < mobilityRate ? lower.rateKr() : mobilityRate;
                reason = lower != null ? "grants.mobility.reason.incomingReciprocity" : "grants.mobility.reason.incoming";
            } else {
                kind = "OTHER";
                reason = "grants.mobility.reason.other";
            }
            long amount = rate == null ? 0 : w.weeks().multiply(BigDecimal.valueOf(rate)).multiply(BigDecimal.valueOf(100))
                    .setScale(0, RoundingMode.HALF_UP).longValue();
            switch (kind) {
                case "MOBILITY" -> mobility += amount;
                case "REGION_CONTRIBUTION" -> regionContribution += amount;
                case "INCOMING" -> income += amount;
                default -> {
                }
            }
            exempel |= w.exempeldata() || s.exempeldata();
            rows.add(new Mobility.Row(w.id(), s.id(), s.name(), regionName(s.regionCode()), s.owner(), w.homeRegion(), regionName(w.homeRegion()),
                    w.weeks(), kind, rate, reason, amount, w.exempeldata() || s.exempeldata(), w.version()));
        }
        List<Mobility.Rate> lower = reciprocity.values().stream().sorted(java.util.Comparator.comparing(MobilityRepository.RateRow::regionCode))
                .map(r -> new Mobility.Rate(r.regionCode(), regionName(r.regionCode()), r.rateKr(), r.exempeldata())).toList();
        Optional<MobilityRepository.Budget> budget = repository.budget(bodyId, year);
        long cost = mobility + regionContribution;
        MobilityRepository.RateRow head = rates.stream().filter(r -> !r.kind().equals("RECIPROCITY")).findFirst().orElse(null);
        return new Mobility(year, head == null ? null : head.status(), head == null ? null : head.caseNumber(), head == null ? null : head.paragraph(),
                mobilityRate, regionRate, lower, rows, mobility, regionContribution, income, cost, budget.map(MobilityRepository.Budget::amount).orElse(null),
                budget.map(MobilityRepository.Budget::approximate).orElse(false), budget.map(MobilityRepository.Budget::text).orElse(null),
                budget.map(b -> cost - b.amount()).orElse(null), exempel, head == null ? null : head.source());
    }

    /** The participant weeks of a school and home region (entered by a person: no longer example data). */
    @Transactional
    public Mobility recordWeeks(UUID bodyId, int year, UUID schoolId, String homeRegion, String weeksTyped, Integer version) {
        access.requireAny(Permission.MANAGE_GRANTS);
        CurrentUser user = access.require(Permission.MANAGE_GRANTS, bodyId);
        MobilityRepository.School school = repository.schools().stream().filter(s -> s.id().equals(schoolId)).findFirst()
                .orElseThrow(() -> new NotFoundException("folkhögskola", schoolId));
        Unit home = organisation.unitByCode(homeRegion == null ? "" : homeRegion.strip())
                .orElseThrow(() -> ValidationException.of("homeRegion", "grants.validation.region", homeRegion == null ? "–" : homeRegion));
        String t = weeksTyped == null ? "" : weeksTyped.strip().replace(',', '.').replaceAll("\\s", "");
        if (!t.matches("\\d{1,7}(\\.\\d)?")) {
            throw ValidationException.of("weeks", "grants.validation.weeks", weeksTyped == null ? "" : weeksTyped);
        }
        BigDecimal weeks = new BigDecimal(t);
        Optional<MobilityRepository.Weeks> existing = repository.findWeeks(year, school.id(), home.code());
        if (existing.isEmpty()) {
            repository.insertWeeks(year, school.id(), home.code(), weeks, false, null, user.username());
        } else if (!repository.updateWeeks(existing.get().id(), version == null ? -1 : version, weeks, user.username())) {
            MobilityRepository.Weeks theirs = repository.findWeeks(year, school.id(), home.code()).orElseThrow();
            throw new ConflictException(theirs, "–", java.time.Instant.now());
        }
        return year(bodyId, year);
    }

    private String regionName(String code) {
        return organisation.unitByCode(code).map(Unit::name).orElse(code);
    }
}
