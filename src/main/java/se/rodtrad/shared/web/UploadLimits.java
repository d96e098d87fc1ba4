package se.rodtrad.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads over the size limit ({@code spring.servlet.multipart.max-request-size}, 20 MB) are refused with 413 and
 * the limit in words — a Swedish (or English) page for the browser, problem+json for the API.
 *
 * <p>The servlet container enforces the limit while it reads the form, and the first to read it is the CSRF check:
 * left alone, the browser got the container's own English error page (or a reset connection). So a filter ahead of
 * security answers an upload that announces a larger body itself, and an advice answers the rest (a body without a
 * declared length that turns out too large when Spring reads it).
 */
@Configuration(proxyBeanMethods = false)
class UploadLimits {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DataSize maxRequestSize;
    private final JsonMapper json = JsonMapper.builder().build();

    UploadLimits(MessageSource messages, LocaleResolver locales,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.messages = messages;
        this.locales = locales;
        this.maxRequestSize = maxRequestSize;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadLimitFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String type = request.getContentType();
                if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                        && request.getContentLengthLong() > maxRequestSize.toBytes()) {
                    refuse(request, response);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10); // before Spring Security (-100) and its CSRF check
        return registration;
    }

    /** Answers 413 with the limit in words: problem+json under /api/, a small page otherwise. */
    void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = locales.resolveLocale(request);
        String message = messages.getMessage("error.uploadTooLarge", new Object[] {maxRequestSize.toMegabytes()}, locale);
        HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
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

    /** What the filter cannot see coming (no declared length): Spring's multipart resolver refuses it. */
    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class TooLargeAdvice {

        private final UploadLimits limits;

        TooLargeAdvice(UploadLimits limits) {
            this.limits = limits;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
            limits.refuse(request, response);
            return new ModelAndView();
        }
    }
}
