package se.rodtrad.followup.measures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import se.rodtrad.shared.db.ChangeCounters;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * The value store's use cases: read a series' values, enter a value by hand and revise one. A revision
 * never overwrites silently: the replaced figures are kept with who replaced them and why.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorValues {

    static final int MAX_TEXT = 500;

    private final ValueRepository values;
    private final MeasureRepository measures;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final ChangeCounters counters;

    IndicatorValues(ValueRepository values, MeasureRepository measures, Organisation organisation, AccessPolicy access,
            ChangeCounters counters) {
        this.counters = counters;
        this.values = values;
        this.measures = measures;
        this.organisation = organisation;
        this.access = access;
    }

    public List<IndicatorValue> values(UUID measureId) {
        measure(measureId);
        return values.findByMeasure(measureId);
    }

    public List<IndicatorValue> values(UUID measureId, Collection<UUID> unitIds) {
        return values.findByMeasureAndUnits(measureId, unitIds);
    }

    /** The value of one series for a unit, period and sex, if one is stored. */
    public java.util.Optional<IndicatorValue> find(UUID measureId, UUID unitId, Period period, Gender gender) {
        return values.find(new ValueRepository.Key(measureId, unitId, period.code(), gender));
    }

    /**
     * Every stored value (each period and sex, missing values too) of each measure for its units, in one query: what
     * the assessments of a plan's indicators look up, read once per plan instead of one value at a time.
     */
    public List<IndicatorValue> values(Map<UUID, ? extends Collection<UUID>> unitsByMeasure) {
        return values.findByMeasuresAndUnits(unitsByMeasure);
    }

    /**
     * One sex's values of each measure for its units, of one period type up to a year, without missing values: the
     * trends and latest values a report shows for all of a plan's indicators, in one query.
     */
    public List<IndicatorValue> series(Map<UUID, ? extends Collection<UUID>> unitsByMeasure, Gender gender, PeriodType type, int maxYear) {
        return values.findSeries(unitsByMeasure, gender, type, maxYear);
    }

    /** The latest year with a value (not a missing one) of any of the measures for its units; empty when there is none. */
    public java.util.Optional<Integer> latestYear(Map<UUID, ? extends Collection<UUID>> unitsByMeasure) {
        return values.latestYear(unitsByMeasure);
    }

    public IndicatorValue value(UUID id) {
        return values.findById(id).orElseThrow(() -> new NotFoundException("värde", id));
    }

    public List<ValueRevision> revisions(UUID valueId) {
        return values.revisions(valueId);
    }

    public Map<UUID, Integer> revisionCounts(UUID measureId) {
        return values.revisionCounts(measureId);
    }

    public Map<UUID, Integer> revisionCounts(UUID measureId, Collection<UUID> unitIds) {
        return values.revisionCounts(measureId, unitIds);
    }

    /** What a series holds without its values: units (all and per sex), periods per sex, whether any is example data. */
    public record Outline(java.util.Set<UUID> units, Map<Gender, java.util.Set<UUID>> unitsByGender,
            Map<Gender, java.util.TreeSet<Period>> periodsByGender, boolean exempeldata) {

        public java.util.Set<UUID> units(Gender gender) {
            return unitsByGender.getOrDefault(gender, java.util.Set.of());
        }

        public List<Period> periods(Gender gender) {
            return new java.util.ArrayList<>(periodsByGender.getOrDefault(gender, new java.util.TreeSet<>()));
        }

        /** The outline of values already read (the whole series), without asking the database again. */
        public static Outline of(List<IndicatorValue> values) {
            java.util.Set<UUID> units = new java.util.HashSet<>();
            Map<Gender, java.util.Set<UUID>> unitsByGender = new java.util.EnumMap<>(Gender.class);
            Map<Gender, java.util.TreeSet<Period>> periodsByGender = new java.util.EnumMap<>(Gender.class);
            boolean exempeldata = false;
            for (IndicatorValue v : values) {
                units.add(v.unitId());
                unitsByGender.computeIfAbsent(v.gender(), g -> new java.util.HashSet<>()).add(v.unitId());
                periodsByGender.computeIfAbsent(v.gender(), g -> new java.util.TreeSet<>()).add(v.period());
                exempeldata |= v.exempeldata();
            }
            return new Outline(units, unitsByGender, periodsByGender, exempeldata);
        }
    }

    /**
     * Changes whenever anything a measure's page shows changes: its values and their revisions (the measure's own
     * counter), the measure and its siblings (the follow-up's counter), units' names and comparison groups (the
     * organisation's). Read it before what it stamps.
     */
    public String pageStamp(UUID measureId) {
        return counters.stamp(ChangeCounters.measure(measureId), "followup", "organisation");
    }

    public Outline outline(UUID measureId) {
        measure(measureId);
        return values.outline(measureId);
    }

    /**
     * Stores a value typed by a person. A new value for a unit, period and sex that already has one is
     * refused (revise that one instead); a revision needs the version the person read and a reason.
     */
    @Transactional
    public IndicatorValue enter(EnterValue cmd) {
        CurrentUser user = access.require(Permission.IMPORT_DATA, null);
        Measure measure = measure(cmd.measureId());
        List<FieldError> errors = new ArrayList<>();
        IndicatorValue existing = cmd.valueId() == null ? null : value(cmd.valueId());
        if (existing != null && !existing.measureId().equals(measure.id())) {
            throw new NotFoundException("värde", cmd.valueId());
        }

        Unit unit = null;
        Period period = null;
        Gender gender = Gender.T;
        if (existing == null) {
            String unitText = Texts.trimToNull(cmd.unit());
            if (unitText == null) {
                errors.add(new FieldError("unit", "validation.required", "Enhet"));
            } else {
                unit = new UnitCodes(organisation.units()).find(unitText).orElse(null);
                if (unit == null) {
                    errors.add(new FieldError("unit", "followup.validation.unknownUnit", unitText));
                }
            }
            String periodText = Texts.trimToNull(cmd.period());
            if (periodText == null) {
                errors.add(new FieldError("period", "validation.required", "Period"));
            } else {
                period = Period.parse(periodText).orElse(null);
                if (period == null) {
                    errors.add(new FieldError("period", "followup.validation.period", periodText));
                }
            }
            String genderText = Texts.trimToNull(cmd.gender());
            if (genderText != null) {
                gender = Gender.parse(genderText).orElse(null);
                if (gender == null) {
                    errors.add(new FieldError("gender", "followup.validation.gender", genderText));
                } else if (gender != Gender.T && !measure.byGender()) {
                    errors.add(new FieldError("gender", "followup.validation.notByGender", measure.shortName()));
                }
            }
        }

        String status = Texts.trimToNull(cmd.status());
        if (status != null && status.length() > 100) {
            errors.add(new FieldError("status", "validation.tooLong", "Status", 100));
        }
        BigDecimal value = null;
        String valueText = Texts.trimToNull(cmd.value());
        if (valueText == null) {
            if (status == null) {
                errors.add(new FieldError("value", "followup.validation.valueOrStatus"));
            }
        } else {
            value = Decimals.parse(valueText).orElse(null);
            if (value == null) {
                errors.add(new FieldError("value", "followup.validation.number", "Värde", valueText));
            }
        }
        Integer count = null;
        String countText = Texts.trimToNull(cmd.count());
        if (countText != null) {
            try {
                count = Integer.valueOf(countText.replace(" ", ""));
                if (count < 0) {
                    errors.add(new FieldError("count", "followup.validation.count", countText));
                }
            } catch (NumberFormatException e) {
                errors.add(new FieldError("count", "followup.validation.count", countText));
            }
        }
        String source = Texts.trimToNull(cmd.source());
        if (source != null && source.length() > MAX_TEXT) {
            errors.add(new FieldError("source", "validation.tooLong", "Källa", MAX_TEXT));
        }
        LocalDate published = null;
        String publishedText = Texts.trimToNull(cmd.published());
        if (publishedText != null) {
            try {
                published = LocalDate.parse(publishedText);
                if (published.isAfter(LocalDate.now())) {
                    errors.add(new FieldError("published", "followup.validation.future", publishedText));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("published", "followup.validation.date", publishedText));
            }
        }
        String reason = Texts.trimToNull(cmd.reason());
        if (existing != null && reason == null) {
            errors.add(new FieldError("reason", "followup.validation.reasonRequired"));
        } else if (reason != null && reason.length() > MAX_TEXT) {
            errors.add(new FieldError("reason", "validation.tooLong", "Anledning", MAX_TEXT));
        }
        if (existing == null && errors.isEmpty()) {
            var taken = values.find(new ValueRepository.Key(measure.id(), unit.id(), period.code(), gender));
            if (taken.isPresent()) {
                errors.add(new FieldError("period", "followup.validation.exists", unit.name(), period.code(), gender.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }

        var content = new ValueRepository.Content(value, count, status, source == null ? "Manuellt inlagt" : source, published,
                Boolean.TRUE.equals(cmd.preliminary()), false);
        if (existing == null) {
            UUID id = values.insert(new ValueRepository.Key(measure.id(), unit.id(), period.code(), gender), content, null, user.username());
            return value(id);
        }
        int readVersion = cmd.version() == null ? -1 : cmd.version();
        IndicatorValue asRead = new IndicatorValue(existing.id(), existing.measureId(), existing.unitId(), existing.unitCode(),
                existing.unitName(), existing.period(), existing.gender(), existing.value(), existing.count(), existing.status(),
                existing.source(), existing.published(), existing.preliminary(), existing.exempeldata(), existing.importId(),
                readVersion, existing.updatedAt(), existing.updatedBy());
        if (readVersion != existing.version() || !values.revise(asRead, content, null, user.username(), reason)) {
            IndicatorValue theirs = value(existing.id());
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return value(existing.id());
    }

    private Measure measure(UUID id) {
        if (id == null) {
            throw new NotFoundException("mått", "–");
        }
        return measures.findById(id).orElseThrow(() -> new NotFoundException("mått", id));
    }
}
