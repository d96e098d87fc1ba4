package se.rodtrad.planning;

import java.time.LocalDate;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.rodtrad.meetings.DecisionTaken;

/**
 * A plan and the meeting that decides it. A plan is filed under its case in the diary (diarienummer, "19RS9687");
 * when the minutes holding a § on that case are adjusted, {@link DecisionTaken} arrives and a plan still proposed
 * becomes decided with the meeting's date, the body and the § — nobody types it twice — pointing at the decision so
 * the plan page links to the §. It is the plan's own verb ({@link Plan#decideByMeeting}) with the plan's own rules: only
 * a proposal is decided, a decided plan never moves again, and a returned (återremitterat) or postponed item leaves
 * the plan as it is. The actor in the plan's history is the system, naming the §.
 */
@Component
class MeetingDecisions {

    private static final Logger log = LoggerFactory.getLogger(MeetingDecisions.class);

    private final PlanRepository plans;
    private final PlanEditing editing;

    MeetingDecisions(PlanRepository plans, PlanEditing editing) {
        this.plans = plans;
        this.editing = editing;
    }

    @ApplicationModuleListener
    void on(DecisionTaken decision) {
        if (decision.caseNumber() == null || !decision.outcome().decides()) {
            return;
        }
        String actor = "system (" + decision.bodyCode() + " " + decision.meetingDate() + " " + decision.paragraph() + ")";
        for (UUID planId : plans.proposedUnderCase(decision.caseNumber())) {
            boolean decided = editing.decideByMeeting(new PlanId(planId),
                    new Decision(decision.meetingDate(), decision.bodyCode(), decision.paragraph()), decision.decisionId(), actor,
                    LocalDate.now());
            if (decided) {
                log.info("Planen {} beslutad genom {} {} {}", planId, decision.bodyCode(), decision.meetingDate(), decision.paragraph());
            }
        }
    }
}
