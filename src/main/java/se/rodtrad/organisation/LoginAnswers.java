package se.rodtrad.organisation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * What the API and the actuator answer a request without valid credentials, as problem+json: 401 — or, when the throttle
 * made the name and source wait, 429 with {@code Retry-After} in seconds, the same for a name that exists and one that
 * does not. A 401 carries its challenges ({@code WWW-Authenticate}: Basic and Bearer).
 */
class LoginAnswers implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setContentType("application/problem+json;charset=UTF-8");
        if (e instanceof LoginThrottled t) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(t.getWaitSeconds()));
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,\"detail\":\""
                    + "För många misslyckade inloggningar från den här adressen. Vänta " + t.getWaitSeconds()
                    + " sekunder och försök igen.\"}");
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        // RFC 9110 11.6.1: a 401 names the schemes it accepts, so that clients that authenticate on challenge
        // (curl --anyauth, Python's HTTPBasicAuthHandler) send their credentials
        response.addHeader("WWW-Authenticate", "Basic realm=\"Rod trad\", charset=\"UTF-8\"");
        response.addHeader("WWW-Authenticate", "Bearer realm=\"Rod trad\"");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + "Inloggning krävs: HTTP Basic eller en API-nyckel (Authorization: Bearer).\"}");
    }
}
