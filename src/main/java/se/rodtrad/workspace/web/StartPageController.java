package se.rodtrad.workspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import se.rodtrad.workspace.BodyOverviews;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.followup.reports.Reports;
import se.rodtrad.meetings.SecretaryTasks;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.planning.AssignmentOverview;
import se.rodtrad.planning.PlanCycle;
import se.rodtrad.planning.Plans;
import se.rodtrad.organisation.Organisation;

@Controller
class StartPageController {

    private final Organisation organisation;
    private final AuditTrail auditTrail;
    private final AccessPolicy access;

    private final ObjectProvider<ClientRegistrationRepository> oidcClients;
    private final PlanCycle cycles;
    private final Plans plans;
    private final AssignmentOverview assignments;
    private final SecretaryTasks secretaryTasks;
    private final BodyOverviews overviews;
    private final Reports reports;

    StartPageController(Organisation organisation, AuditTrail auditTrail, AccessPolicy access,
            ObjectProvider<ClientRegistrationRepository> oidcClients, PlanCycle cycles, Plans plans, AssignmentOverview assignments,
            SecretaryTasks secretaryTasks, BodyOverviews overviews, Reports reports) {
        this.reports = reports;
        this.overviews = overviews;
        this.secretaryTasks = secretaryTasks;
        this.assignments = assignments;
        this.cycles = cycles;
        this.plans = plans;
        this.oidcClients = oidcClients;
        this.organisation = organisation;
        this.auditTrail = auditTrail;
        this.access = access;
    }

    /** A task on the start page: what, for which plan, by when, and whether it is late. */
    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("user", access.currentUser());
        model.addAttribute("reportSections", reports.mySections());
        model.addAttribute("myTasks", cycles.myOpenTasks());
        model.addAttribute("myAssignments", assignments.mine());
        model.addAttribute("meetingTasks", secretaryTasks.mine(cycles.today()));
        model.addAttribute("overviews", overviews.mine(cycles.today()));
        model.addAttribute("today", cycles.today());
        model.addAttribute("myPlans", plans.ofMyBodies());
        model.addAttribute("region", organisation.homeRegion());
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("recentChanges", auditTrail.recent(10));
        return "start";
    }

    /** The login page offers every configured OIDC identity provider beside the local form. */
    @GetMapping("/login")
    String login(Model model) {
        List<Map<String, String>> providers = new ArrayList<>();
        if (oidcClients.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object r : registrations) {
                ClientRegistration registration = (ClientRegistration) r;
                providers.add(Map.of("id", registration.getRegistrationId(), "name", registration.getClientName()));
            }
        }
        model.addAttribute("oidcProviders", providers);
        return "login";
    }
}
