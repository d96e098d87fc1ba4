package se.rodtrad.followup.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.Formats;
import se.rodtrad.shared.web.WebConfiguration;

/** Renders an assessment's sentences in the reader's language, or in Swedish for what is stored. */
@Component
public class AssessmentTexts {

    private final MessageSource messages;

    AssessmentTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The whole explanation, in the current request's language. */
    public String explain(Assessment a) {
        return explain(a.explanation(), LocaleContextHolder.getLocale());
    }

    /** The whole explanation in Swedish, as it is kept with a person's judgement. */
    public String explainInSwedish(Assessment a) {
        return explain(a.explanation(), WebConfiguration.SWEDISH);
    }

    public String status(AssessmentStatus s) {
        return messages.getMessage("assessment.status." + s.name(), null, LocaleContextHolder.getLocale());
    }

    /** Sentences (e.g. a goal's rule) in the current request's language. */
    public String explain(List<Sentence> sentences) {
        return explain(sentences, LocaleContextHolder.getLocale());
    }

    public List<String> sentences(Assessment a) {
        Locale locale = LocaleContextHolder.getLocale();
        return a.explanation().stream().map(s -> render(s, locale)).toList();
    }

    public String explain(List<Sentence> sentences, Locale locale) {
        return sentences.stream().map(s -> render(s, locale)).collect(Collectors.joining(" "));
    }

    public String render(Sentence s, Locale locale) {
        List<Object> args = new ArrayList<>();
        for (Object a : s.args()) {
            args.add(arg(a, locale));
        }
        return messages.getMessage(s.key(), args.toArray(), s.key(), locale);
    }

    private Object arg(Object a, Locale locale) {
        if (a instanceof Sentence nested) {
            return render(nested, locale);
        }
        if (a instanceof Sentence.Num n) {
            return Formats.number(n.value(), 0, n.decimals(), locale);
        }
        if (a instanceof Sentence.Pct p) {
            return Formats.number(p.value(), p.decimals(), p.decimals(), locale);
        }
        if (a instanceof Sentence.Key k) {
            return messages.getMessage(k.key(), null, k.key(), locale);
        }
        if (a instanceof Sentence.Names n) {
            List<String> names = n.names();
            if (names.size() <= 1) {
                return String.join("", names);
            }
            String and = messages.getMessage("assessment.and", null, "och", locale);
            return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
        }
        // numbers and years are printed as they are, never with grouping ("2021", not "2 021")
        return a == null ? "" : String.valueOf(a);
    }
}
