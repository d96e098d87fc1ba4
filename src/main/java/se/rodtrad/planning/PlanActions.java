package se.rodtrad.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.rodtrad.organisation.Permission;

/**
 * What someone may do with a plan now (the status changes in the order the page offers them), given its status and their permissions for its body — the one place the
 * plan's lifecycle rule is written: a draft may be proposed (EDIT_PLAN); a proposal may be decided (DECIDE_PLAN)
 * or taken back to draft (EDIT_PLAN); a decided plan never moves again, and only its next version (a revision)
 * may change. Items change only while the plan is not decided; so does the case in the diary the plan is filed
 * under, by whoever may move its status; and proposals to change the plan (COMMENT) are taken only until it is
 * decided. A decided plan is {@code settled}: nothing of it changes any more, so a page may keep what it rendered
 * of it. An assignment's owner and dates may be set in any status, by whoever may edit the plan's body. The plan page
 * asks this for its buttons; the {@link Plan}'s verbs ask it before they act.
 */
public record PlanActions(List<PlanStatus> transitions, boolean mayEdit, boolean mayDecide, boolean mayRevise, boolean mayFileUnderCase,
        boolean mayPropose, boolean settled, boolean mayAssignWork) {

    public PlanActions {
        transitions = List.copyOf(transitions);
    }

    public static PlanActions of(PlanStatus status, Set<Permission> permissions) {
        List<PlanStatus> to = new ArrayList<>();
        boolean edit = permissions.contains(Permission.EDIT_PLAN);
        boolean decide = permissions.contains(Permission.DECIDE_PLAN);
        if (status == PlanStatus.DRAFT && edit) {
            to.add(PlanStatus.PROPOSAL);
        }
        if (status == PlanStatus.PROPOSAL && decide) {
            to.add(PlanStatus.DECIDED);
        }
        if (status == PlanStatus.PROPOSAL && edit) {
            to.add(PlanStatus.DRAFT);
        }
        boolean open = !status.isDecided();
        // who does an assignment and by when is set in any status: the decision says what, not who (Plan.assignWork)
        return new PlanActions(to, open && edit, open && decide, !open && edit, open && (edit || decide), open && permissions.contains(Permission.COMMENT),
                !open, edit);
    }

    /** Whether any status change is possible: the page shows the status form only then. */
    public boolean mayMove() {
        return !transitions.isEmpty();
    }
}
