package se.rodtrad.followup.measures.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.followup.measures.EnterValue;
import se.rodtrad.followup.measures.Gender;
import se.rodtrad.followup.measures.IndicatorValue;
import se.rodtrad.followup.measures.IndicatorValues;
import se.rodtrad.followup.measures.Measure;
import se.rodtrad.followup.measures.MeasureForm;
import se.rodtrad.followup.measures.Measures;
import se.rodtrad.followup.measures.Period;
import se.rodtrad.followup.measures.ValueRevision;
import se.rodtrad.followup.web.ValueJson;

/**
 * Measures and their values. An indicator's values ({@code GET /api/v1/indicators/{id}/values}, in
 * {@link AssessmentApi}) are its measure's values for the units it is judged on, found by the followed
 * indicator's id or the indicator's plan item id.
 */
@RestController
@RequestMapping("/api/v1/measures")
@Tag(name = "Uppföljning: mått och värden", description = "Statistikserier (Kolada-nyckeltal och egna) med värden per enhet, period och kön")
class MeasureApi {

    record MeasureJson(UUID id, String code, String koladaId, String name, String shortName, String unit, String subject,
            String denominator, String description, String source, boolean byGender, int version) {
        static MeasureJson of(Measure m) {
            return new MeasureJson(m.id(), m.code(), m.koladaId(), m.name(), m.shortName(), m.unit(), m.subject(), m.denominator(),
                    m.description(), m.source(), m.byGender(), m.version());
        }
    }

    record RevisionJson(BigDecimal value, Integer count, String status, String source, LocalDate published, boolean preliminary,
            String replacedAt, String replacedBy, String reason) {
        static RevisionJson of(ValueRevision r) {
            return new RevisionJson(r.value(), r.count(), r.status(), r.source(), r.published(), r.preliminary(),
                    r.replacedAt().toString(), r.replacedBy(), r.reason());
        }
    }

    /** A value as sent: numbers may be JSON numbers or text ("4,1"). */
    record ValueInput(String unit, String period, String gender, Object value, Object count, String status, String source,
            String published, Boolean preliminary, Integer version, String reason) {
    }

    private final Measures measures;
    private final IndicatorValues values;

    MeasureApi(Measures measures, IndicatorValues values) {
        this.measures = measures;
        this.values = values;
    }

    @GetMapping
    @Operation(summary = "Alla mått")
    List<MeasureJson> all() {
        return measures.all().stream().map(MeasureJson::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Ett mått (en statistisk serie) med källa och enhet")
    MeasureJson measure(@PathVariable UUID id) {
        return MeasureJson.of(measures.measure(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lägg upp ett mått (kräver behörighet att importera statistik)")
    MeasureJson create(@RequestBody MeasureForm body) {
        return MeasureJson.of(measures.create(body));
    }

    @GetMapping("/{id}/values")
    @Operation(summary = "Måttets värden, valfritt filtrerade på enhet (kod eller Kolada-id), period och kön")
    List<ValueJson> values(@PathVariable UUID id, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String period, @RequestParam(required = false) String gender) {
        String periodCode = period == null ? null : Period.parse(period).map(Period::code).orElse(period);
        return values.values(id).stream()
                .filter(v -> unit == null || unit.equals(v.unitCode()))
                .filter(v -> periodCode == null || periodCode.equals(v.period().code()))
                .filter(v -> gender == null || v.gender().name().equalsIgnoreCase(gender))
                .map(ValueJson::of).toList();
    }

    @PostMapping("/{id}/values")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Lägg in ett värde; fel svarar 400 med ett meddelande per fält")
    ValueJson enter(@PathVariable UUID id, @RequestBody ValueInput body) {
        return ValueJson.of(values.enter(new EnterValue(id, null, null, body.unit(), body.period(), body.gender(), text(body.value()),
                text(body.count()), body.status(), body.source(), body.published(), body.preliminary(), null)));
    }

    @PutMapping("/{id}/values/{valueId}")
    @Operation(summary = "Revidera ett värde; det tidigare värdet sparas som revidering. version måste vara den som lästes (409 annars)")
    ValueJson revise(@PathVariable UUID id, @PathVariable UUID valueId, @RequestBody ValueInput body) {
        return ValueJson.of(values.enter(new EnterValue(id, valueId, body.version() == null ? -1 : body.version(), null, null, null,
                text(body.value()), text(body.count()), body.status(), body.source(), body.published(), body.preliminary(), body.reason())));
    }

    @GetMapping("/{id}/values/{valueId}/revisions")
    @Operation(summary = "Tidigare värden för ett värde, senaste först")
    List<RevisionJson> revisions(@PathVariable UUID id, @PathVariable UUID valueId) {
        IndicatorValue v = values.value(valueId);
        if (!v.measureId().equals(id)) {
            throw new se.rodtrad.shared.domain.NotFoundException("värde", valueId);
        }
        return values.revisions(valueId).stream().map(RevisionJson::of).toList();
    }

    private static String text(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return String.valueOf(o);
    }
}
