package se.rodtrad.followup.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.followup.reports.AssignmentStatus;
import se.rodtrad.followup.reports.AssignmentStatuses;
import se.rodtrad.followup.reports.Occasions;
import se.rodtrad.planning.ReportOccasion;
import se.rodtrad.planning.Plans;

/** The status of a plan's assignments at a report occasion, read and set. */
@RestController
@Tag(name = "Uppföljning: uppdrag", description = "Status och kommentar för planens uppdrag per rapporttillfälle")
class AssignmentStatusApi {

    record StatusJson(UUID itemId, String label, String text, String occasion, AssignmentStatus status, String comment, boolean exempeldata,
            Integer version, String updatedBy, Instant updatedAt) {
        static StatusJson of(AssignmentStatuses.Line l) {
            return new StatusJson(l.item().id(), l.item().label(), l.item().text(), l.occasion().name(), l.status(), l.comment(),
                    l.exempeldata(), l.version(), l.updatedBy(), l.updatedAt());
        }
    }

    /** The new statuses: each with the version last read (null for an assignment not reported before). */
    record StatusBody(List<AssignmentStatuses.Change> statuses) {
    }

    private final AssignmentStatuses statuses;
    private final Plans plans;

    AssignmentStatusApi(AssignmentStatuses statuses, Plans plans) {
        this.statuses = statuses;
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans/{id}/assignment-status")
    @Operation(summary = "Planens uppdrag med status (EJ_PABORJAT, PAGAR, GENOMFORT, AVSLUTAT_EJ_GENOMFORT) och kommentar vid tillfället "
            + "(DELARSRAPPORT_1, DELARSRAPPORT_2, VERKSAMHETSBERATTELSE); status null = inte rapporterat")
    List<StatusJson> get(@PathVariable UUID id, @RequestParam(name = "occasion", required = false) String occasion) {
        plans.plan(id);
        return statuses.forPlan(id, Occasions.parse(occasion)).stream().map(StatusJson::of).toList();
    }

    @PutMapping("/api/v1/plans/{id}/assignment-status")
    @Operation(summary = "Sätt status och kommentar för ett eller flera uppdrag (allt eller inget). Kräver uppföljningsbehörighet för "
            + "planens nämnd; 409 om någon hunnit före")
    List<StatusJson> put(@PathVariable UUID id, @RequestParam(name = "occasion", required = false) String occasion,
            @RequestBody(required = false) StatusBody body) {
        ReportOccasion o = statuses.reportable(id, occasion);
        return statuses.setAll(id, o, body == null ? null : body.statuses()).stream().map(StatusJson::of).toList();
    }
}
