package se.rodtrad.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

/** What the page frame shows on every page: the bodies to navigate by and where the user is. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final Organisation organisation;

    /** The bodies with the stamp of the units they were read under: every page shows them, they seldom change. */
    private record Kept(String stamp, List<Unit> bodies) {
    }

    private volatile Kept kept;

    NavigationAdvice(Organisation organisation) {
        this.organisation = organisation;
    }

    @ModelAttribute("navBodies")
    List<Unit> navBodies(HttpServletRequest request) {
        // @RestController is a @Controller too: the API answers JSON and has no page frame to fill
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return List.of();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || "anonymousUser".equals(auth.getName())) {
            return List.of();
        }
        // the stamp is read before the bodies: a change committed in between renders anew next time
        String stamp = organisation.unitsStamp();
        Kept k = kept;
        if (k == null || !k.stamp().equals(stamp)) {
            k = new Kept(stamp, List.copyOf(organisation.bodies()));
            kept = k;
        }
        return k.bodies();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
