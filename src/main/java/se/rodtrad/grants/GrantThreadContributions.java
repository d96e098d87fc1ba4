package se.rodtrad.grants;

import java.util.List;
import org.springframework.stereotype.Component;
import se.rodtrad.planning.ThreadContributions;

/** The grants and projects that say they serve a goal or RUS priority area, for its röd tråd. */
@Component
class GrantThreadContributions implements ThreadContributions {

    private final GrantRepository grants;
    private final ProjectRepository projects;

    GrantThreadContributions(GrantRepository grants, ProjectRepository projects) {
        this.grants = grants;
        this.projects = projects;
    }

    /** Every grants table raises the 'grants' counter (grants V2). */
    @Override
    public String changeScope() {
        return "grants";
    }

    @Override
    public List<Contribution> contributionsTo(String lineageKey) {
        if (lineageKey == null) {
            return List.of();
        }
        return grants.serving(lineageKey).stream().map(g -> {
            String title = g.projectId() != null ? projects.find(g.projectId()).map(ProjectRepository.Head::title).orElse(g.sector())
                    : g.supportType() + " – " + g.recipient();
            String statusKey;
            List<Object> statusArgs;
            switch (g.status()) {
                case "AWAITING_COMMITTEE" -> {
                    statusKey = "thread.contribution.status.awaiting";
                    statusArgs = List.of();
                }
                case "APPLIED" -> {
                    statusKey = "thread.contribution.status.applied";
                    statusArgs = List.of();
                }
                default -> {
                    statusKey = !g.granted() ? "thread.contribution.status.rejected"
                            : g.committeeParagraph() != null ? "thread.contribution.status.grantedAt" : "thread.contribution.status.granted";
                    statusArgs = g.committeeParagraph() != null && g.granted() ? List.of(g.decidedOn().toString(), g.committeeParagraph())
                            : List.of(String.valueOf(g.decidedOn()));
                }
            }
            return new Contribution(g.projectId() != null ? "thread.contribution.kind.project" : "thread.contribution.kind.grant", title,
                    g.referenceText(), g.projectId() != null ? g.recipient() : null, g.granted() || !g.decided() ? g.amount() : null,
                    statusKey, statusArgs, "/bidrag/beslut/" + g.id(), g.servesText());
        }).toList();
    }
}
