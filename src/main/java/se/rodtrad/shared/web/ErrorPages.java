package se.rodtrad.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ServiceBusyException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * Turns what goes wrong behind a page into a Swedish page that says what happened. Forms show their
 * own validation and conflict errors beside what the user typed, through {@link FormSubmission}.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final Messages messages;

    ErrorPages(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.NOT_FOUND, messages.of(e), model, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(AccessDeniedException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), model, response);
    }

    /** Input a page could not take and no form showed beside its field: the sentences, 400. */
    @ExceptionHandler(ValidationException.class)
    String invalid(ValidationException e, Model model, HttpServletResponse response) {
        String message = e.errors().isEmpty() ? messages.of(e)
                : String.join(" ", e.errors().stream().map(messages::of).distinct().toList());
        return page(HttpStatus.BAD_REQUEST, message, model, response);
    }

    /** Too much of one kind of work at once (documents being laid out): 503 with when to try again. */
    @ExceptionHandler(ServiceBusyException.class)
    String busy(ServiceBusyException e, Model model, HttpServletResponse response) {
        response.setHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
        return page(HttpStatus.SERVICE_UNAVAILABLE, messages.of(e), model, response);
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.UNPROCESSABLE_CONTENT, messages.of(e), model, response);
    }

    private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("message", message);
        log.debug("{}: {}", status, message);
        return "error";
    }
}
