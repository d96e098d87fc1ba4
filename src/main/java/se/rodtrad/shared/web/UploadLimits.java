package se.rodtrad.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
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
import org.springframework.web.servlet.ModelAndView;

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

    private final PlainAnswer answers;
    private final DataSize maxRequestSize;

    UploadLimits(PlainAnswer answers, @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
        this.answers = answers;
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
        answers.write(request, response, HttpStatus.CONTENT_TOO_LARGE,
                answers.sentence(request, "error.uploadTooLarge", maxRequestSize.toMegabytes()));
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
