package se.rodtrad.followup.assessment.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.assessment.AssessmentTexts;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.planning.Target;

/**
 * A target in words, for the pages ("ska procentuellt öka mer än medel i Jämförbara län"), as the assessment reads it
 * ({@link Assessments#describe}); exposed as {@code @targets}.
 */
@Component("targets")
class TargetTexts {

    private final Assessments assessments;
    private final AssessmentTexts texts;

    TargetTexts(Assessments assessments, AssessmentTexts texts) {
        this.assessments = assessments;
        this.texts = texts;
    }

    public String describe(Target t) {
        return texts.render(assessments.describe(t), LocaleContextHolder.getLocale());
    }
}
