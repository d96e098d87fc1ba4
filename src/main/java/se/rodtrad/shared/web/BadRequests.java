package se.rodtrad.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import se.rodtrad.shared.domain.TextInput;
import se.rodtrad.shared.domain.ValidationException;

/**
 * Every request the product cannot take for what it is — not for what it means — answered 4xx with a Swedish sentence
 * in the channel's own form: problem+json under {@code /api/}, the error page otherwise (a page route never answers
 * JSON). Unreadable or wrongly typed bodies, garbage ids, missing parameters, text {@link TextInput} refuses, and two
 * people creating the same thing at once (the database's unique key is the judge: 409 naming what exists). Logged
 * without a stack trace: a bad request is the caller's, not a fault of the product.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class BadRequests {

    private static final Logger log = LoggerFactory.getLogger(BadRequests.class);
    private static final Pattern KEY_DETAIL = Pattern.compile("Key \\((.+)\\)=\\((.*)\\) already exists");

    private final Messages messages;

    BadRequests(Messages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response) {
        TextInput.Refused refused = cause(e, TextInput.Refused.class);
        if (refused != null) {
            return invalid(refused, request, response);
        }
        BodyTooLarge tooLarge = cause(e, BodyTooLarge.class);
        if (tooLarge != null) {
            return answer(HttpStatus.CONTENT_TOO_LARGE, tooLarge.sentence(), request, response, null);
        }
        String field = null;
        tools.jackson.databind.DatabindException d = cause(e, tools.jackson.databind.DatabindException.class);
        if (d != null) {
            field = d.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce("", (a, b) -> a.isEmpty() || b.startsWith("[") ? a + b : a + "." + b);
        }
        String message = field == null || field.isEmpty() ? messages.get("error.request.unreadable")
                : messages.get("error.request.unreadableField", field);
        return answer(HttpStatus.BAD_REQUEST, message, request, response, null);
    }

    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request, HttpServletResponse response) {
        TextInput.Refused refused = cause(e, TextInput.Refused.class);
        if (refused != null) {
            return invalid(refused, request, response);
        }
        String name = e.getPropertyName() == null ? "?" : e.getPropertyName();
        return answer(HttpStatus.BAD_REQUEST, messages.get("error.request.badValue", name, abbreviate(String.valueOf(e.getValue()))),
                request, response, null);
    }

    @ExceptionHandler({ServletRequestBindingException.class, MissingRequestValueException.class, MissingServletRequestPartException.class})
    Object missing(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String name = e instanceof MissingServletRequestPartException p ? p.getRequestPartName()
                : e instanceof org.springframework.web.bind.MissingServletRequestParameterException p ? p.getParameterName()
                : e instanceof org.springframework.web.bind.MissingPathVariableException p ? p.getVariableName() : null;
        return answer(HttpStatus.BAD_REQUEST, name == null ? messages.get("error.request.unreadable")
                : messages.get("error.request.missing", name), request, response, null);
    }

    @ExceptionHandler({BindException.class, HandlerMethodValidationException.class})
    Object bind(Exception e, HttpServletRequest request, HttpServletResponse response) {
        TextInput.Refused refused = cause(e, TextInput.Refused.class);
        if (refused != null) {
            return invalid(refused, request, response);
        }
        List<Map<String, String>> errors = new ArrayList<>();
        if (e instanceof BindException b) {
            b.getFieldErrors().forEach(f -> errors.add(Map.of("field", f.getField(),
                    "message", messages.get("error.request.badValue", f.getField(), abbreviate(String.valueOf(f.getRejectedValue()))))));
        }
        String message = errors.isEmpty() ? messages.get("error.request.unreadable") : errors.get(0).get("message");
        return answer(HttpStatus.BAD_REQUEST, message, request, response, errors);
    }

    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.BAD_REQUEST, messages.get("error.request.multipart"), request, response, null);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, messages.get("error.request.mediaType",
                String.valueOf(e.getContentType()), e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct().toList()),
                request, response, null);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_ACCEPTABLE, messages.get("error.request.notAcceptable"), request, response, null);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.getSupportedHttpMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
        }
        return answer(HttpStatus.METHOD_NOT_ALLOWED, messages.get("error.request.method", e.getMethod()), request, response, null);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object noResource(NoResourceFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.NOT_FOUND, messages.get("error.404.text"), request, response, null);
    }

    /**
     * Two people (or one impatient client twenty times) created the same thing at once: the check before the insert saw
     * nothing, the database's unique key refused all but the first. Answered as what it is — it exists already.
     */
    @ExceptionHandler(DuplicateKeyException.class)
    Object duplicate(DuplicateKeyException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(HttpStatus.CONFLICT, duplicateSentence(e), request, response, null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        PSQLException sql = cause(e, PSQLException.class);
        if (sql != null && "23505".equals(sql.getSQLState())) {
            return answer(HttpStatus.CONFLICT, duplicateSentence(e), request, response, null);
        }
        if (sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
            // a foreign key to something that does not exist (a garbage id), a check the input broke
            return answer(HttpStatus.UNPROCESSABLE_CONTENT, messages.get("error.request.integrity"), request, response, null);
        }
        if (sql != null && ("22P05".equals(sql.getSQLState()) || "22021".equals(sql.getSQLState()) || "22001".equals(sql.getSQLState()))) {
            return answer(HttpStatus.BAD_REQUEST, messages.get("error.request.unreadable"), request, response, null);
        }
        throw e;
    }

    private String duplicateSentence(Exception e) {
        PSQLException sql = cause(e, PSQLException.class);
        String table = sql != null && sql.getServerErrorMessage() != null ? sql.getServerErrorMessage().getTable() : null;
        String detail = sql != null && sql.getServerErrorMessage() != null ? sql.getServerErrorMessage().getDetail() : null;
        String what = table == null ? null : messages.get("error.duplicate.table." + table);
        if (what == null || what.startsWith("error.duplicate.table.")) {
            what = messages.get("error.duplicate.thing");
        }
        Matcher m = detail == null ? null : KEY_DETAIL.matcher(detail);
        if (m != null && m.find()) {
            return messages.get("error.duplicate", what, m.group(1), abbreviate(m.group(2)));
        }
        return messages.get("error.duplicate.plain", what);
    }

    private Object invalid(ValidationException e, HttpServletRequest request, HttpServletResponse response) {
        List<Map<String, String>> errors = e.errors().stream().map(f -> Map.of("field", f.field(), "message", messages.of(f))).toList();
        return answer(HttpStatus.BAD_REQUEST, errors.isEmpty() ? messages.of(e) : errors.get(0).get("message"), request, response, errors);
    }

    /** problem+json under /api/, the error page otherwise; logged in one line. */
    private Object answer(HttpStatus status, String message, HttpServletRequest request, HttpServletResponse response,
            List<Map<String, String>> errors) {
        log.info("{} {} → {}: {}", request.getMethod(), request.getRequestURI(), status.value(), message);
        if (isApi(request)) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message);
            p.setType(URI.create("about:blank"));
            if (errors != null && !errors.isEmpty()) {
                p.setProperty("errors", errors);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        response.setStatus(status.value());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("status", status.value());
        model.put("message", message);
        ModelAndView page = new ModelAndView("error", model);
        page.setStatus(status);
        return page;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/api-docs");
    }

    private static String abbreviate(String s) {
        String clean = s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 57) + "…" : clean;
    }

    @SuppressWarnings("unchecked")
    static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return (T) t;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && type.isInstance(sql.getNextException())) {
                return (T) sql.getNextException();
            }
        }
        return null;
    }
}
