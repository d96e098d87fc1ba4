package se.rodtrad.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.ServiceBusyException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * The API's errors as problem+json, with the same Swedish sentences the pages show. Only for REST controllers:
 * pages get {@link ErrorPages}. Ordered first, since a REST controller is also a controller.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final Messages messages;

    ApiErrors(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, messages.of(e));
    }

    @ExceptionHandler(ValidationException.class)
    ProblemDetail invalid(ValidationException e) {
        // the detail names what is wrong when one thing is: a client that shows only the detail says something useful
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, e.errors().size() == 1 ? messages.of(e.errors().get(0)) : messages.of(e));
        List<Map<String, String>> errors = e.errors().stream()
                .map(f -> Map.of("field", f.field(), "message", messages.of(f))).toList();
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, messages.of(e));
        p.setProperty("current", e.current());
        return p;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"));
    }

    @ExceptionHandler(ServiceBusyException.class)
    org.springframework.http.ResponseEntity<ProblemDetail> busy(ServiceBusyException e) {
        return org.springframework.http.ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Integer.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, messages.of(e)));
    }

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, messages.of(e));
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("about:blank"));
        return p;
    }
}
