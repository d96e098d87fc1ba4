package se.rodtrad.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * An answer written by a filter, before any controller or template engine is involved (a body too large, a queue
 * full): problem+json under {@code /api/}, a small page in the product's style otherwise, in the reader's language.
 */
@Component
public class PlainAnswer {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();

    PlainAnswer(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    /** The sentence of {@code key} in the request's language. */
    public String sentence(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, key, locales.resolveLocale(request));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message) throws IOException {
        Locale locale = locales.resolveLocale(request);
        response.setStatus(status.value());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", status.getReasonPhrase());
            problem.put("status", status.value());
            problem.put("detail", message);
            problem.put("instance", request.getRequestURI());
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write(json.writeValueAsString(problem));
            return;
        }
        String title = messages.getMessage("error.title", null, locale);
        String back = messages.getMessage("error.backToStart", null, locale);
        String css = request.getContextPath() + "/css/rodtrad.css";
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + HtmlUtils.htmlEscape(title, "UTF-8")
                + "</title><link rel=\"stylesheet\" href=\"" + css + "\"></head><body><main id=\"innehall\"><section class=\"narrow\"><h1>"
                + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>" + HtmlUtils.htmlEscape(message, "UTF-8") + "</p><p><a href=\""
                + request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(back, "UTF-8") + "</a></p></section></main></body></html>");
    }
}
