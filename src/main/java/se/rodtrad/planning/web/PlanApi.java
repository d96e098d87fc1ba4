package se.rodtrad.planning.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.planning.Decision;
import se.rodtrad.planning.PlanModel;
import se.rodtrad.planning.PlanStatus;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Planer", description = "Verksamhetsplaner med budget per organ och år")
class PlanApi {

    record PlanJson(UUID id, String key, String bodyCode, String bodyName, int year, String title, String planningYears,
            PlanStatus status, Decision decision, int revision, String kind, String period, UUID revisesId, String revisionReason,
            int version) {
        static PlanJson of(PlanSummary p) {
            return new PlanJson(p.id(), p.key(), p.bodyCode(), p.bodyName(), p.year(), p.title(), p.planningYears(), p.status(),
                    p.decision(), p.revision(), p.kind(), p.period(), p.revisesId(), p.revisionReason(), p.version());
        }
    }

    private final Plans plans;
    private final PlanModel model;

    PlanApi(Plans plans, PlanModel model) {
        this.plans = plans;
        this.model = model;
    }

    @GetMapping
    @Operation(summary = "Alla planer")
    List<PlanJson> plans() {
        return plans.all().stream().map(PlanJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "En plan")
    PlanJson plan(@PathVariable UUID id) {
        return PlanJson.of(plans.plan(id));
    }

    @GetMapping("/{id}/items")
    @Operation(summary = "Planens punkter i dokumentordning",
            description = "Perspektiv, mål, indikatorer (med målvärdesform och parametrar), uppdrag, strategier och aktiviteter; "
                    + "lineageId är punktens identitet mellan åren, parentId dess plats i trädet.")
    List<ItemJson> items(@PathVariable UUID id) {
        return model.entries(id).stream().map(ItemJson::of).toList();
    }
}
