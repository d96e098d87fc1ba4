package se.rodtrad.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container sends to {@code /error} — an error no handler of ours answered (a request the security
 * firewall rejected, an exception outside a controller): answered in the channel of the path that failed, never by
 * the caller's Accept header (a page route answered JSON to curl, issue 21). The message is the product's own
 * sentence for the status; a 5xx is logged with its trace once, by whoever threw it.
 */
@Controller
class ErrorChannel implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorChannel.class);

    private final Messages messages;

    ErrorChannel(Messages messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i) : HttpStatus.NOT_FOUND;
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : request.getRequestURI();
        String message = switch (status.value()) {
            case 400 -> messages.get("error.request.unreadable");
            case 401 -> messages.get("error.unauthorized");
            case 403 -> messages.get("error.forbidden");
            case 404 -> messages.get("error.404.text");
            case 405 -> messages.get("error.request.method", request.getMethod());
            case 413 -> messages.get("error.request.tooLarge");
            case 503 -> messages.get("error.busy");
            default -> status.is4xxClientError() ? messages.get("error.request.unreadable") : messages.get("error.generic");
        };
        if (status.is4xxClientError()) {
            log.debug("{} {} → {}", request.getMethod(), path, status.value());
        }
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(status, message);
            p.setType(URI.create("about:blank"));
            p.setInstance(URI.create(path.replaceAll("[^\\p{Alnum}/._~-]", "_")));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "message", message));
        page.setStatus(status);
        return page;
    }
}
