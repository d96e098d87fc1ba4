package se.rodtrad.organisation;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * An address that nothing in the product answers, asked by someone not signed in: it is let through so the visitor gets
 * "sidan finns inte" (404) instead of the login page, which would promise a page behind it. Only when no handler mapping
 * but the static files' catch-all knows the path; any doubt (a method or media type a mapping refuses) counts as known,
 * so a real page still asks for login.
 */
final class UnknownAddress implements RequestMatcher {

    /** The mappings that match every path: the static files (which the security chain already lets through by folder). */
    private static final Set<String> CATCH_ALL = Set.of("resourceHandlerMapping", "welcomePageHandlerMapping",
            "welcomePageNotAcceptableHandlerMapping");

    private final ApplicationContext context;
    private volatile List<HandlerMapping> mappings;

    UnknownAddress(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            return false;
        }
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        if (!parsed) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            for (HandlerMapping m : mappings()) {
                if (m.getHandler(request) != null) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private List<HandlerMapping> mappings() {
        List<HandlerMapping> m = mappings;
        if (m == null) {
            Map<String, HandlerMapping> all = context.getBeansOfType(HandlerMapping.class);
            m = all.entrySet().stream().filter(e -> !CATCH_ALL.contains(e.getKey())).map(Map.Entry::getValue).toList();
            mappings = m;
        }
        return m;
    }
}
