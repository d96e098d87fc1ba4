package se.rodtrad.shared.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.ValidationException;

/** Resolves domain messages in the request's language. */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        return source.getMessage(key, args, key, locale());
    }

    public String of(DomainException e) {
        return get(e.messageKey(), e.arguments());
    }

    public String of(ValidationException.FieldError e) {
        return get(e.messageKey(), e.arguments().toArray());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
