package se.rodtrad.workspace.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import se.rodtrad.audit.AuditTrail;
import se.rodtrad.meetings.SecretaryTasks;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Role;
import se.rodtrad.planning.AssignmentOverview;
import se.rodtrad.planning.Cycle;
import se.rodtrad.planning.PlanCycle;
import se.rodtrad.planning.PlanSummary;
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

    StartPageController(Organisation organisation, AuditTrail auditTrail, AccessPolicy access,
            ObjectProvider<ClientRegistrationRepository> oidcClients, PlanCycle cycles, Plans plans, AssignmentOverview assignments,
            SecretaryTasks secretaryTasks) {
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
    record MyTask(Cycle.Task task, PlanSummary plan, boolean overdue) {
    }

    @GetMapping("/")
    String start(Model model) {
        model.addAttribute("user", access.currentUser());
        model.addAttribute("myTasks", myTasks());
        model.addAttribute("myAssignments", assignments.mine());
        model.addAttribute("meetingTasks", secretaryTasks.mine(cycles.today()));
        model.addAttribute("today", cycles.today());
        model.addAttribute("myPlans", myPlans());
        model.addAttribute("region", organisation.homeRegion());
        model.addAttribute("bodies", organisation.bodies());
        model.addAttribute("recentChanges", auditTrail.recent(10));
        return "start";
    }

    /**
     * "Mina uppgifter": the yearly cycle's tasks the person may work on and has not delivered, overdue first,
     * then by deadline.
     */
    private List<MyTask> myTasks() {
        LocalDate today = cycles.today();
        List<MyTask> tasks = new ArrayList<>();
        for (PlanSummary plan : cycles.plansWithCycle()) {
            for (Cycle.Milestone m : cycles.cycle(plan.id()).milestones()) {
                for (Cycle.Task t : m.tasks()) {
                    if (!t.isDelivered() && cycles.canWork(t)) {
                        tasks.add(new MyTask(t, plan, t.isOverdue(today)));
                    }
                }
            }
        }
        tasks.sort(Comparator.comparing((MyTask t) -> !t.overdue()).thenComparing(t -> t.task().due()));
        return tasks;
    }

    /** The plans of the bodies the person works for (all plans for those who are not scoped), newest first. */
    private List<PlanSummary> myPlans() {
        CurrentUser user = access.currentUser();
        return plans.all().stream()
                .filter(p -> user.role() == Role.ADMINISTRATOR || user.scopeUnitIds().contains(p.bodyId()))
                .sorted(Comparator.comparing(PlanSummary::year).reversed())
                .toList();
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
