package se.rodtrad.budget.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.rodtrad.budget.Amount;
import se.rodtrad.budget.Finding;
import se.rodtrad.budget.Phrase;
import se.rodtrad.budget.Severity;

/** Turns the checker's findings into sentences in the reader's language, amounts formatted the Swedish way. */
@Component
class FindingTexts {

    /** A finding as pages and the API show it. */
    record FindingView(Severity severity, UUID tableId, String table, String row, String column, String message) {
    }

    private final MessageSource messages;

    FindingTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<FindingView> views(List<Finding> findings) {
        Locale locale = LocaleContextHolder.getLocale();
        return findings.stream()
                .map(f -> new FindingView(f.severity(), f.tableId(), f.table(), f.row(), f.column(), text(f.messageKey(), f.arguments(), locale)))
                .toList();
    }

    String text(String key, List<Object> arguments, Locale locale) {
        if (key == null) {
            return ""; // an empty phrase reads as nothing
        }
        Object[] args = arguments.stream().map(a -> resolve(a, locale)).toArray();
        return messages.getMessage(key, args, key, locale).strip();
    }

    private Object resolve(Object argument, Locale locale) {
        if (argument instanceof Amount amount) {
            return amount.format(locale);
        }
        if (argument instanceof Phrase phrase) {
            return text(phrase.key(), phrase.arguments(), locale);
        }
        return argument == null ? "" : String.valueOf(argument);
    }
}
