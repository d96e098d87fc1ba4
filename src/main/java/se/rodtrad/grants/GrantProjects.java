package se.rodtrad.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.shared.domain.NotFoundException;

/** The co-financed projects with their budgets as printed and the checks' findings ({@link ProjectBudgetCheck}). */
@Service
@Transactional(readOnly = true)
public class GrantProjects {

    private final ProjectRepository projects;
    private final GrantRepository grants;
    private final AccessPolicy access;
    private final GrantTexts texts;

    GrantProjects(ProjectRepository projects, GrantRepository grants, AccessPolicy access, GrantTexts texts) {
        this.projects = projects;
        this.grants = grants;
        this.access = access;
        this.texts = texts;
    }

    public List<GrantProject> all() {
        access.require(Permission.READ_INTERNAL, null);
        return projects.all().stream().map(this::assemble).toList();
    }

    public GrantProject project(UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return projects.find(id).map(this::assemble).orElseThrow(() -> new NotFoundException("projekt", id));
    }

    private GrantProject assemble(ProjectRepository.Head h) {
        GrantDecision d = grants.find(h.decisionId()).orElseThrow();
        List<GrantProject.BudgetLine> costs = projects.lines(h.id(), "COSTS");
        List<GrantProject.BudgetLine> financing = projects.lines(h.id(), "FINANCING");
        List<GrantProject.BudgetLine> inKind = projects.lines(h.id(), "IN_KIND");
        Long decided = d.amount() != null ? d.amount() : h.cap();
        ProjectBudgetCheck.Result r = ProjectBudgetCheck.check(h.title(), h.columns(), costs, financing, d.sharePercent(), h.cap(), decided);
        List<GrantProject.Finding> findings = new ArrayList<>();
        for (se.rodtrad.budget.Finding f : r.budgetFindings()) {
            findings.add(new GrantProject.Finding(f.severity().name(), f.table(), f.row(), f.column(), texts.finding(f.messageKey(), f.arguments())));
        }
        for (ProjectBudgetCheck.Own o : r.own()) {
            findings.add(new GrantProject.Finding(o.severity(), o.budget(), o.row(), o.column(), texts.text(o.explanation())));
        }
        List<String> passed = r.passed().stream().map(texts::text).toList();
        return new GrantProject(h.id(), d.id(), d.reference(), h.title(), d.recipient(), d.status(), d.outcome(), d.sharePercent(), h.cap(), h.from(),
                h.to(), h.financing(), h.clauses(), h.conditions(), h.columns(), costs, financing, inKind, findings, passed, d.paid(),
                d.granted() ? d.leftToPay() : null, h.source(), d.priorityRank(), d.serves(), d.servesText(), d.decidedBy(), d.decidedOn(),
                d.delegationPoint(), d.committeeParagraph());
    }
}
