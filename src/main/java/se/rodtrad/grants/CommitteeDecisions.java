package se.rodtrad.grants;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import se.rodtrad.meetings.DecisionTaken;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;

/**
 * A body's § reaches the grant register when the minutes holding it are adjusted ({@link DecisionTaken}), matched by
 * case number: a grant proposed to the body (PAN, 19RS10041) becomes decided with the § and the meeting's date — granted
 * when decided as proposed or amended; a returned or postponed item leaves it waiting, with a note — and a proposed
 * change of the steering decision (the extension "tills vidare", 18RS7061) becomes decided, opening the end of the
 * steering decision and of the rule versions it extends.
 */
@Component
class CommitteeDecisions {

    private final GrantRepository grants;
    private final SteeringRepository steering;
    private final RuleRepository rules;
    private final MobilityRepository mobility;
    private final GrantStatistics statistics;
    private final ApplicationEventPublisher events;
    private final Organisation organisation;
    private final GrantRegister register;

    CommitteeDecisions(GrantRegister register, GrantRepository grants, SteeringRepository steering, RuleRepository rules, MobilityRepository mobility,
            GrantStatistics statistics, ApplicationEventPublisher events, Organisation organisation) {
        this.organisation = organisation;
        this.register = register;
        this.grants = grants;
        this.steering = steering;
        this.rules = rules;
        this.mobility = mobility;
        this.statistics = statistics;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(DecisionTaken decision) {
        if (decision.caseNumber() == null) {
            return;
        }
        if (grants.waitingFor(decision.caseNumber().strip()).isEmpty()) {
            return;
        }
        grants.lockBody(decision.bodyId());
        for (Map<String, Object> waiting : grants.waitingFor(decision.caseNumber().strip())) {
            if (!decision.bodyCode().equals(waiting.get("body"))) {
                continue;
            }
            UUID target = (UUID) waiting.get("target");
            String kind = (String) waiting.get("kind");
            boolean decides = decision.outcome().decides();
            grants.caseDecided(decision.caseNumber().strip(), kind, target, decision.paragraph(), decision.meetingDate(), decision.outcome().name(), decides);
            switch (kind) {
                case "GRANT" -> {
                    if (decides) {
                        grants.decideByCommittee(target, true, decision.meetingDate(), decision.paragraph(), bodyName(decision), null);
                        GrantDecision g = grants.find(target).orElseThrow();
                        register.allocateMissing(g.bodyId());
                        events.publishEvent(statistics.series(g.bodyId()));
                    } else {
                        grants.noteCommittee(target, (decision.outcome().name().equals("RETURNED") ? "Återremitterat " : "Bordlagt ")
                                + decision.meetingDate() + " " + decision.paragraph());
                    }
                }
                case "STEERING_CHANGE" -> {
                    if (decides) {
                        UUID steeringId = steering.changeSteering(target);
                        steering.decideChange(target, decision.meetingDate(), decision.paragraph(), bodyName(decision));
                        if (steering.isExtension(target)) {
                            steering.extend(steeringId);
                            rules.extend(decision.caseNumber().strip());
                            organisation.unitByCode(decision.bodyCode()).ifPresent(b -> register.allocateMissing(b.id()));
                        }
                    }
                }
                case "MOBILITY_RATE" -> {
                    if (decides) {
                        mobility.decideRates(target, decision.caseNumber().strip(), decision.meetingDate(), decision.paragraph());
                    }
                }
                default -> {
                }
            }
        }
    }

    private String bodyName(DecisionTaken d) {
        return organisation.unitByCode(d.bodyCode()).map(Unit::name).orElse(d.bodyCode());
    }
}
