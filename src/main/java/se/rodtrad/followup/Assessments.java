package se.rodtrad.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.planning.Target;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/**
 * Assessing the followed indicators for a period with {@link TargetAssessment}, and a person's judgement
 * on top: the computed status and sentence are kept with the person's status and reason, and every change
 * of a judgement stays in the history.
 */
@Service
@Transactional(readOnly = true)
public class Assessments {

    static final int MAX_REASON = 2000;

    /** An indicator's assessment for a period: computed, and the person's judgement if any. */
    public record IndicatorAssessment(FollowedIndicator indicator, Measure measure, Unit subject, Period period, Assessment computed,
            Judgement judgement) {

        /** The status that counts: the person's when they have judged, otherwise the computed one. */
        public AssessmentStatus status() {
            return judged() ? judgement.status() : computed.status();
        }

        public boolean judged() {
            return judgement != null && judgement.active();
        }
    }

    private final FollowedIndicatorRepository indicators;
    private final JudgementRepository judgements;
    private final MeasureRepository measures;
    private final ValueRepository values;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final AssessmentTexts texts;
    private final TargetAssessment policy = new TargetAssessment();

    Assessments(FollowedIndicatorRepository indicators, JudgementRepository judgements, MeasureRepository measures, ValueRepository values,
            Organisation organisation, AccessPolicy access, AssessmentTexts texts) {
        this.indicators = indicators;
        this.judgements = judgements;
        this.measures = measures;
        this.values = values;
        this.organisation = organisation;
        this.access = access;
        this.texts = texts;
    }

    public List<String> plans() {
        return indicators.planKeys();
    }

    public List<FollowedIndicator> indicators(String planKey) {
        return indicators.findByPlan(planKey);
    }

    public FollowedIndicator indicator(UUID id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indikator", id));
    }

    public IndicatorAssessment assess(UUID indicatorId, Period period) {
        return assess(indicator(indicatorId), period, context());
    }

    public List<IndicatorAssessment> assessPlan(String planKey, Period period) {
        AssessmentContext ctx = context();
        return indicators.findByPlan(planKey).stream().map(i -> assess(i, period, ctx)).toList();
    }

    /**
     * For other modules (plan items, once they carry a measure): judges a target from the values of the
     * measure with this code or Kolada id; null code = no measure linked.
     */
    public Assessment assess(String indicatorText, Target target, String measureCode, Unit subject, Period period) {
        Measure m = measureCode == null ? null : measures.findByCode(measureCode.strip()).orElse(null);
        return policy.assess(new AssessmentInput(indicatorText, target, period, subject, m), context());
    }

    /** The latest year with a value of any measure the plan's indicators are linked to (else the plan's year). */
    public int defaultYear(String planKey, int fallback) {
        int best = 0;
        for (FollowedIndicator f : indicators.findByPlan(planKey)) {
            if (f.measureId() != null) {
                for (IndicatorValue v : values.findByMeasureAndUnits(f.measureId(), List.of(f.subjectUnitId()))) {
                    if (v.value() != null) {
                        best = Math.max(best, v.period().year());
                    }
                }
            }
        }
        return best == 0 ? fallback : best;
    }

    /** A person sets the status with a reason; the computed status and sentence of that moment are kept with it. */
    @Transactional
    public IndicatorAssessment judge(UUID indicatorId, Period period, String status, String reason, Integer version) {
        FollowedIndicator f = indicator(indicatorId);
        CurrentUser user = access.require(Permission.REPORT, f.bodyId());
        List<FieldError> errors = new ArrayList<>();
        AssessmentStatus s = null;
        try {
            s = status == null ? null : AssessmentStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            s = null;
        }
        if (s == null) {
            errors.add(new FieldError("status", "followup.judgement.validation.status"));
        }
        String why = Texts.trimToNull(reason);
        if (why == null) {
            errors.add(new FieldError("reason", "followup.judgement.validation.reason"));
        } else if (why.length() > MAX_REASON) {
            errors.add(new FieldError("reason", "validation.tooLong", "Motivering", MAX_REASON));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        save(f, period, s, why, true, version, user);
        return assess(f, period, context());
    }

    /** Withdraws a person's judgement (with a reason); the computed status counts again. */
    @Transactional
    public IndicatorAssessment withdraw(UUID indicatorId, Period period, String reason, Integer version) {
        FollowedIndicator f = indicator(indicatorId);
        CurrentUser user = access.require(Permission.REPORT, f.bodyId());
        String why = Texts.trimToNull(reason);
        if (why == null) {
            throw ValidationException.of("reason", "followup.judgement.validation.reason");
        }
        Judgement j = judgements.find(JudgementRepository.INDICATOR, f.id().toString(), period.code())
                .orElseThrow(() -> new NotFoundException("bedömning", f.key() + " " + period.code()));
        save(f, period, j.status(), why, false, version, user);
        return assess(f, period, context());
    }

    private void save(FollowedIndicator f, Period period, AssessmentStatus status, String reason, boolean active, Integer version,
            CurrentUser user) {
        Assessment computed = assess(f, period, context()).computed();
        String explanation = texts.explainInSwedish(computed);
        Optional<Judgement> existing = judgements.find(JudgementRepository.INDICATOR, f.id().toString(), period.code());
        if (existing.isEmpty()) {
            judgements.insert(JudgementRepository.INDICATOR, f.id().toString(), period.code(), computed.status(), explanation, status, reason,
                    user.username());
            return;
        }
        Judgement j = existing.get();
        if (version == null || version != j.version()
                || !judgements.update(j.id(), j.version(), computed.status(), explanation, status, reason, active, user.username())) {
            Judgement theirs = judgements.find(JudgementRepository.INDICATOR, f.id().toString(), period.code()).orElseThrow();
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
    }

    private IndicatorAssessment assess(FollowedIndicator f, Period period, AssessmentContext ctx) {
        Measure m = f.measureId() == null ? null : measures.findById(f.measureId()).orElse(null);
        Unit subject = organisation.unit(f.subjectUnitId());
        Assessment computed = policy.assess(new AssessmentInput(f.text(), f.target(), period, subject, m), ctx);
        Judgement j = judgements.find(JudgementRepository.INDICATOR, f.id().toString(), period.code()).orElse(null);
        return new IndicatorAssessment(f, m, subject, period, computed, j);
    }

    /** Values, groups and units from the database, with lookups remembered for one assessment run. */
    AssessmentContext context() {
        return new AssessmentContext() {
            private final Map<ValueRepository.Key, Optional<IndicatorValue>> cache = new HashMap<>();

            @Override
            public Optional<IndicatorValue> value(Measure measure, Unit unit, Period period, Gender gender) {
                return cache.computeIfAbsent(new ValueRepository.Key(measure.id(), unit.id(), period.code(), gender), values::find);
            }

            @Override
            public Optional<ComparisonGroup> group(String code) {
                return organisation.comparisonGroup(code);
            }

            @Override
            public Optional<Unit> nation() {
                return organisation.unitByCode("0000");
            }

            @Override
            public List<Unit> municipalities(Unit region) {
                return organisation.children(region.id()).stream().filter(u -> u.type() == UnitType.MUNICIPALITY).toList();
            }

            @Override
            public List<Measure> siblings(Measure measure) {
                return measures.findBySubject(measure.subject()).stream().filter(o -> !o.id().equals(measure.id())).toList();
            }
        };
    }
}
