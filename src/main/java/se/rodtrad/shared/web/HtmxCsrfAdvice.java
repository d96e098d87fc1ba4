package se.rodtrad.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** htmx requests other than forms carry the CSRF token as a header, set once on {@code <body hx-headers>}. */
@ControllerAdvice(annotations = Controller.class)
class HtmxCsrfAdvice {

    @ModelAttribute("hxHeaders")
    String hxHeaders(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return "{\"" + token.getHeaderName() + "\": \"" + token.getToken() + "\"}";
        }
        return null;
    }
}
