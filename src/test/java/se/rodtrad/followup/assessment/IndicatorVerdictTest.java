package se.rodtrad.followup.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of the weakest target, without Spring: how an indicator's several targets give one verdict. */
class IndicatorVerdictTest {

    private static IndicatorVerdict.Part part(AssessmentStatus s) {
        return new IndicatorVerdict.Part(Sentence.of("followup.target.REPORT_ONLY"), Assessment.of(s, List.of(Sentence.of("x." + s))));
    }

    @Test
    void one_target_is_its_own_verdict_unchanged() {
        IndicatorVerdict.Part only = part(AssessmentStatus.UPPFYLLT);
        assertThat(IndicatorVerdict.of(List.of(only))).isSameAs(only.assessment());
    }

    @Test
    void the_weakest_target_that_can_be_assessed_decides() {
        assertThat(IndicatorVerdict.of(List.of(part(AssessmentStatus.UPPFYLLT), part(AssessmentStatus.EJ_UPPFYLLT))).status())
                .isEqualTo(AssessmentStatus.EJ_UPPFYLLT);
        assertThat(IndicatorVerdict.of(List.of(part(AssessmentStatus.DELVIS_UPPFYLLT), part(AssessmentStatus.UPPFYLLT))).status())
                .isEqualTo(AssessmentStatus.DELVIS_UPPFYLLT);
        assertThat(IndicatorVerdict.of(List.of(part(AssessmentStatus.UPPFYLLT), part(AssessmentStatus.UPPFYLLT))).status())
                .isEqualTo(AssessmentStatus.UPPFYLLT);
    }

    @Test
    void a_target_that_cannot_be_assessed_does_not_count_but_is_told() {
        Assessment a = IndicatorVerdict.of(List.of(part(AssessmentStatus.KAN_EJ_BEDOMAS), part(AssessmentStatus.UPPFYLLT)));
        assertThat(a.status()).isEqualTo(AssessmentStatus.UPPFYLLT);
        assertThat(a.needsPerson()).isFalse();
        assertThat(a.explanation()).extracting(Sentence::key).containsExactly("assessment.targets.weakest", "assessment.targets.part",
                "x.KAN_EJ_BEDOMAS", "assessment.targets.part", "x.UPPFYLLT");
        assertThat(a.explanation().get(1).args()).containsExactly(1, Sentence.of("followup.target.REPORT_ONLY"),
                TargetAssessment.status(AssessmentStatus.KAN_EJ_BEDOMAS));
    }

    @Test
    void when_no_target_can_be_assessed_neither_can_the_indicator() {
        Assessment a = IndicatorVerdict.of(List.of(part(AssessmentStatus.KAN_EJ_BEDOMAS), part(AssessmentStatus.KAN_EJ_BEDOMAS)));
        assertThat(a.status()).isEqualTo(AssessmentStatus.KAN_EJ_BEDOMAS);
        assertThat(a.explanation().get(0).key()).isEqualTo("assessment.targets.none");
    }
}
