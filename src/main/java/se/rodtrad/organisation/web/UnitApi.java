package se.rodtrad.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.rodtrad.organisation.ComparisonGroup;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.organisation.UpdateUnit;

@RestController
@RequestMapping("/api/v1/organisation")
@Tag(name = "Organisation", description = "Regionen, dess organ och förvaltning, Sveriges regioner och kommuner med Kolada-id")
class UnitApi {

    /** A unit in the API: {@code code} is the Kolada id where one exists. */
    record UnitJson(UUID id, String code, String koladaId, String name, String shortName, UnitType type, UUID parentId, int version) {
        static UnitJson of(Unit u) {
            return new UnitJson(u.id(), u.code(), u.koladaId(), u.name(), u.shortName(), u.type(), u.parentId(), u.version());
        }
    }

    record UnitUpdate(Integer version, String name, String shortName) {
    }

    record GroupJson(UUID id, String code, String name, UUID ownerId, List<UnitJson> members) {
        static GroupJson of(ComparisonGroup g) {
            return new GroupJson(g.id(), g.code(), g.name(), g.ownerId(), g.members().stream().map(UnitJson::of).toList());
        }
    }

    private final Organisation organisation;

    UnitApi(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/units")
    @Operation(summary = "Alla organisationsenheter, valfritt filtrerade på typ")
    List<UnitJson> units(@RequestParam(required = false) UnitType type) {
        return organisation.units().stream().filter(u -> type == null || u.type() == type).map(UnitJson::of).toList();
    }

    @GetMapping("/units/{id}")
    @Operation(summary = "En organisatorisk enhet")
    UnitJson unit(@PathVariable UUID id) {
        return UnitJson.of(organisation.unit(id));
    }

    @PutMapping("/units/{id}")
    @Operation(summary = "Byt namn på en enhet; version måste vara den som lästes (409 annars)")
    UnitJson update(@PathVariable UUID id, @RequestBody UnitUpdate body) {
        return UnitJson.of(organisation.updateUnit(new UpdateUnit(id, body.version() == null ? -1 : body.version(), body.name(), body.shortName())));
    }

    @GetMapping("/comparison-groups")
    @Operation(summary = "Jämförelsegrupperna med sina regioner och kommuner")
    List<GroupJson> groups() {
        return organisation.comparisonGroups().stream().map(GroupJson::of).toList();
    }
}
