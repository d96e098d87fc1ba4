package se.rodtrad.planning;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.meetings.DecisionTaken;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.ValidationException;

/**
 * A plan and the meeting that decides it. A plan names its case in the diary (diarienummer, "19RS9687"); when the
 * minutes holding a § on that case are adjusted, {@link DecisionTaken} arrives and a plan still proposed becomes
 * decided with the meeting's date, the body and the § — nobody types it twice — and keeps the decision's id so the
 * plan page links to the §. The same rule as deciding by hand ({@link PlanEditing#changeStatus}): only a proposal is
 * decided, and a decided plan never moves again; a returned (återremitterat) or postponed item leaves the plan as it is.
 * The actor is the system, and the plan's history says so ("system (RTN 2020-01-22 § 3)").
 */
@Service
public class MeetingDecisions {

    private static final Logger log = LoggerFactory.getLogger(MeetingDecisions.class);
    static final int MAX_CASE_NUMBER = 40;
    private static final Pattern CASE_NUMBER = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} ./:-]*$");

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final PlanEditing editing;

    MeetingDecisions(JdbcClient jdbc, PlanRepository plans, PlanEditing editing) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.editing = editing;
    }

    /** The plan's case number and, once a meeting decided it, the decision (§) that did. */
    public record MeetingLink(String caseNumber, UUID decisionId) {
    }

    @Transactional(readOnly = true)
    public MeetingLink link(UUID planId) {
        return jdbc.sql("select case_number, decision_id from plan where id = ?").param(planId)
                .query((rs, i) -> new MeetingLink(rs.getString(1), rs.getObject(2, UUID.class))).optional().orElse(new MeetingLink(null, null));
    }

    /** Sets the plan's case number; whoever may move the plan's status may, and a decided plan keeps the one it was decided by. */
    @Transactional
    public MeetingLink setCaseNumber(UUID planId, int version, String caseNumber) {
        String user = editing.requireStatusChange(planId).username();
        PlanSummary plan = editing.editablePlan(planId);
        String n = caseNumber == null ? null : caseNumber.strip();
        if (n != null && n.isEmpty()) {
            n = null;
        }
        if (n != null && n.length() > MAX_CASE_NUMBER) {
            throw ValidationException.of("caseNumber", "validation.tooLong", "Diarienummer", MAX_CASE_NUMBER);
        }
        if (n != null && !CASE_NUMBER.matcher(n).matches()) {
            throw ValidationException.of("caseNumber", "plan.validation.caseNumber", n);
        }
        int updated = jdbc.sql("update plan set case_number = ?, version = version + 1, updated_at = now(), updated_by = ? where id = ? and version = ?")
                .params(n, user, planId, version).update();
        if (updated == 0) {
            PlanRepository.Change change = plans.lastChange(planId);
            throw new ConflictException(plans.findById(planId).orElse(plan), change.by(), change.at());
        }
        return link(planId);
    }

    /** The demo plans' case numbers, as their files give them. */
    void recordCaseNumber(UUID planId, String caseNumber) {
        jdbc.sql("update plan set case_number = ? where id = ?").params(caseNumber, planId).update();
    }

    @ApplicationModuleListener
    void on(DecisionTaken decision) {
        if (decision.caseNumber() == null || !decision.outcome().decides()) {
            return;
        }
        for (UUID planId : jdbc.sql("select id from plan where case_number = ? and status = 'PROPOSAL'").param(decision.caseNumber())
                .query(UUID.class).list()) {
            Optional<PlanSummary> plan = plans.findById(planId);
            if (plan.isEmpty() || plan.get().status() != PlanStatus.PROPOSAL) {
                continue;
            }
            String actor = "system (" + decision.bodyCode() + " " + decision.meetingDate() + " " + decision.paragraph() + ")";
            // the same step as PlanRepository.updateStatus (proposal → decided with date, body and §), with the decision's id in the
            // same update: once decided, the plan's row may not change (planning's own trigger)
            int updated = jdbc.sql("""
                    update plan set status = 'DECIDED', decision_date = ?, decision_body = ?, decision_paragraph = ?, decision_id = ?,
                           version = version + 1, updated_at = now(), updated_by = ?
                    where id = ? and version = ? and status = 'PROPOSAL'""")
                    .params(java.sql.Date.valueOf(decision.meetingDate()), decision.bodyCode(), decision.paragraph(), decision.decisionId(), actor,
                            planId, plan.get().version())
                    .update();
            if (updated == 1) {
                log.info("Planen {} beslutad genom {} {} {}", plan.get().key(), decision.bodyCode(), decision.meetingDate(), decision.paragraph());
            } else if (plans.findById(planId).map(p -> p.status() == PlanStatus.PROPOSAL).orElse(false)) {
                // someone saved the plan in between: the publication stays outstanding and is delivered again
                throw new IllegalStateException("Planen " + plan.get().key() + " ändrades samtidigt; beslutet " + decision.paragraph() + " förs in igen");
            }
        }
    }
}
