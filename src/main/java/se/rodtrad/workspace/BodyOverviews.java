package se.rodtrad.workspace;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.followup.assessment.AssessmentStatus;
import se.rodtrad.followup.assessment.Assessments;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.meetings.AgendaItem;
import se.rodtrad.meetings.ItemDecision;
import se.rodtrad.meetings.Meeting;
import se.rodtrad.meetings.MeetingDetails;
import se.rodtrad.meetings.Meetings;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Role;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

/**
 * The politician's overview of each body they sit in (issue 18 item 1): the goals of the body's plan in force — its
 * newest decided plan of a year not after today's — each with the status the follow-up gives it for the latest year
 * with values (the goal rule of {@code Assessments.assessGoals}, or a person's judgement), and the body's latest
 * decisions. A body with no decided plan shows its decisions alone.
 */
@Service
@Transactional(readOnly = true)
public class BodyOverviews {

    static final int DECISIONS = 5;

    private final AccessPolicy access;
    private final Plans plans;
    private final Assessments assessments;
    private final Meetings meetings;

    BodyOverviews(AccessPolicy access, Plans plans, Assessments assessments, Meetings meetings) {
        this.access = access;
        this.plans = plans;
        this.assessments = assessments;
        this.meetings = meetings;
    }

    /** A goal and its status (UPPFYLLT …), the word and icon are the page's. */
    public record GoalLine(UUID itemId, String goal, AssessmentStatus status) {
    }

    /** A decision: the meeting, its date, the § and the item's title. */
    public record DecisionLine(UUID meetingId, LocalDate date, int paragraph, int itemNumber, String title) {
    }

    public record BodyOverview(UUID bodyId, String bodyName, PlanSummary plan, Integer year, List<GoalLine> goals, List<DecisionLine> decisions) {
    }

    /** The overviews of the current person's bodies when they are a politician; empty for every other role. */
    public List<BodyOverview> mine(LocalDate today) {
        CurrentUser user = access.require(Permission.READ_INTERNAL, null);
        if (user.role() != Role.POLITICIAN) {
            return List.of();
        }
        List<BodyOverview> result = new ArrayList<>();
        for (UUID bodyId : user.scopeUnitIds()) {
            PlanSummary plan = plans.forBody(bodyId).stream()
                    .filter(p -> p.status().isDecided() && p.year() <= today.getYear())
                    .max(Comparator.comparingInt(PlanSummary::year).thenComparingInt(PlanSummary::revision)).orElse(null);
            List<DecisionLine> decisions = decisions(bodyId);
            if (plan == null && decisions.isEmpty()) {
                continue;
            }
            Integer year = null;
            List<GoalLine> goals = List.of();
            if (plan != null) {
                year = assessments.defaultYear(plan.id(), plan.year());
                goals = assessments.assessGoals(plan.id(), Period.year(year)).stream()
                        .filter(g -> !g.id().equals(plan.id().toString()))
                        .map(g -> new GoalLine(UUID.fromString(g.id()), g.goal(), g.status())).toList();
            }
            String name = plan != null ? plan.bodyName() : decisions.isEmpty() ? "" : meetings.meeting(decisions.get(0).meetingId()).bodyName();
            result.add(new BodyOverview(bodyId, name, plan, year, goals, decisions));
        }
        return result;
    }

    /** The body's latest decisions: of its newest meetings that hold any, newest first. */
    private List<DecisionLine> decisions(UUID bodyId) {
        List<DecisionLine> lines = new ArrayList<>();
        List<Meeting> newestFirst = meetings.meetings(bodyId).stream().sorted(Comparator.comparing(Meeting::date).reversed()).toList();
        for (Meeting m : newestFirst) {
            if (lines.size() >= DECISIONS) {
                break;
            }
            MeetingDetails details = meetings.details(m.id());
            Map<UUID, ItemDecision> decided = details.decisions();
            for (AgendaItem item : details.items()) {
                ItemDecision d = decided.get(item.id());
                if (d != null && lines.size() < DECISIONS) {
                    lines.add(new DecisionLine(m.id(), m.date(), d.paragraph(), item.number(), item.title()));
                }
            }
        }
        return lines;
    }
}
