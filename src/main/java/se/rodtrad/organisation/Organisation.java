package se.rodtrad.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.NotFoundException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;
import se.rodtrad.shared.domain.ValidationException.FieldError;

/** The organisation's use cases: browse the units and edit them. */
@Service
@Transactional(readOnly = true)
public class Organisation {

    static final int MAX_CODE_LENGTH = 40;

    static final int MAX_NAME_LENGTH = 200;

    private final UnitRepository units;
    private final AccessPolicy access;
    private final JdbcClient jdbc;
    private final ChangeCounters changeCounters;
    private final String homeRegionCode;

    Organisation(UnitRepository units, AccessPolicy access, JdbcClient jdbc, ChangeCounters changeCounters,
            @Value("${rodtrad.region.code:0018}") String homeRegionCode) {
        this.units = units;
        this.access = access;
        this.jdbc = jdbc;
        this.changeCounters = changeCounters;
        this.homeRegionCode = homeRegionCode;
    }

    public List<Unit> units() {
        return units.findAll();
    }

    /** Riket: the nation as a unit (code 0000), whose figures every comparison shows. */
    public Optional<Unit> nation() {
        return units().stream().filter(u -> u.type() == UnitType.NATION).findFirst();
    }

    /** The regions other than the home region. */
    public List<Unit> otherRegions() {
        UUID home = homeRegion().id();
        return units().stream().filter(u -> u.type() == UnitType.REGION && !u.id().equals(home)).toList();
    }

    /** The municipalities in the home region's county, in Swedish name order. */
    public List<Unit> countyMunicipalities() {
        return children(homeRegion().id()).stream().filter(u -> u.type() == UnitType.MUNICIPALITY).sorted(java.util.Comparator.comparing(Unit::name,
                Texts.swedishOrder())).toList();
    }

    /** The administrations' areas (förvaltningarnas områden): the units a plan's tasks are given to. */
    public List<Unit> areas() {
        return units().stream().filter(u -> u.type() == UnitType.AREA).toList();
    }

    /** Every unit by id as of the organisation's change counter: read again only after a unit changed. */
    private record Index(String stamp, java.util.Map<UUID, Unit> byId) {
    }

    private volatile Index index;

    /**
     * Every unit by id, for modules that show the names and codes of the units their own rows name (a plan's body, a
     * value's unit): they ask here instead of joining the organisation's tables. Kept while the organisation's change
     * counter holds, so it costs one small query when nothing changed, and every instance sees a rename at once.
     */
    public java.util.Map<UUID, Unit> unitsById() {
        String stamp = changeCounters.stamp("organisation");
        Index kept = index;
        if (kept == null || !kept.stamp().equals(stamp)) {
            java.util.Map<UUID, Unit> byId = new java.util.HashMap<>();
            units.findAll().forEach(u -> byId.put(u.id(), u));
            kept = new Index(stamp, java.util.Collections.unmodifiableMap(byId));
            index = kept;
        }
        return kept.byId();
    }

    /**
     * The units that belong to a body itself: the body and what lies below it, without descending into other
     * political bodies or organisations (a board's committees and the county's municipalities report for themselves).
     */
    public List<UUID> ownUnitIds(UUID bodyId) {
        java.util.Map<UUID, List<Unit>> children = new java.util.HashMap<>();
        unitsById().values().forEach(u -> {
            if (u.parentId() != null) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        });
        List<UUID> result = new ArrayList<>();
        java.util.Deque<UUID> todo = new java.util.ArrayDeque<>(List.of(bodyId));
        while (!todo.isEmpty()) {
            UUID id = todo.pop();
            result.add(id);
            for (Unit c : children.getOrDefault(id, List.of())) {
                if (!c.type().isPoliticalBody() && c.type() != UnitType.REGION && c.type() != UnitType.MUNICIPALITY && c.type() != UnitType.NATION) {
                    todo.push(c.id());
                }
            }
        }
        return result;
    }

    public Unit unit(UUID id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("enhet", id));
    }

    public Optional<Unit> unitByCode(String code) {
        return units.findByCode(code);
    }

    public List<Unit> children(UUID id) {
        return units.findChildren(id);
    }

    /** From the top down to the unit's parent. */
    public List<Unit> ancestors(UUID id) {
        return units.findAncestors(id);
    }

    /**
     * The region or municipality a unit belongs to — whose statistics its plans are judged by — the nearest such
     * unit at or above it; the home region when none is (a unit outside every organisation).
     */
    public Unit organisationOf(UUID unitId) {
        java.util.Map<UUID, Unit> all = unitsById();
        Unit found = organisationIn(all, all.containsKey(unitId) ? all.get(unitId) : unit(unitId));
        return found != null ? found : homeRegion();
    }

    /** The nearest region or municipality at or above {@code unit} in {@code all}; null when there is none. */
    private static Unit organisationIn(java.util.Map<UUID, Unit> all, Unit unit) {
        for (Unit u = unit; u != null; u = u.parentId() == null ? null : all.get(u.parentId())) {
            if (u.type() == UnitType.REGION || u.type() == UnitType.MUNICIPALITY) {
                return u;
            }
        }
        return null;
    }

    public List<UUID> subtreeIds(UUID id) {
        return units.findSubtreeIds(id);
    }

    /** The region this installation serves (Region Örebro län in the demo). */
    public Unit homeRegion() {
        return units.findByCode(homeRegionCode).orElseThrow(() -> new NotFoundException("region", homeRegionCode));
    }

    /**
     * The home region's political bodies, fullmäktige first — not the bodies of the municipalities in its county,
     * which are organisations of their own.
     */
    public List<Unit> bodies() {
        return bodiesOf(homeRegion().id());
    }

    /**
     * The political bodies of an organisation (a region or municipality: the top unit), assembly first, then in
     * sort order and Swedish name order — not those of other organisations below it.
     */
    public List<Unit> bodiesOf(UUID organisationId) {
        List<Unit> result = new ArrayList<>(units.findBodies(organisationId));
        result.sort(java.util.Comparator.comparing((Unit u) -> u.type() != UnitType.ASSEMBLY).thenComparingInt(Unit::sortOrder)
                .thenComparing(Unit::name, Texts.swedishOrder()));
        return result;
    }

    /**
     * The home organisation's administrations, areas and units — who can be made responsible for work (an assignment's
     * owner) — in code order, each under its administration: not its political bodies, not other organisations.
     */
    public List<Unit> workingUnits() {
        // kept while the units are as they were (the organisation's change counter): the röd tråd page asks on every view,
        // and in a nationwide installation the list is picked out of thousands of units
        String stamp = changeCounters.stamp("organisation");
        WorkingUnits kept = workingUnits;
        if (kept == null || !kept.stamp().equals(stamp)) {
            java.util.Map<UUID, Unit> all = unitsById();
            Unit home = homeRegion();
            kept = new WorkingUnits(stamp, all.values().stream()
                    .filter(u -> u.type() == UnitType.ADMINISTRATION || u.type() == UnitType.AREA || u.type() == UnitType.UNIT)
                    .filter(u -> java.util.Objects.requireNonNullElse(organisationIn(all, u), home).id().equals(home.id()))
                    .sorted(java.util.Comparator.comparing(Unit::code))
                    .toList());
            workingUnits = kept;
        }
        return kept.units();
    }

    private record WorkingUnits(String stamp, List<Unit> units) {
    }

    private volatile WorkingUnits workingUnits;

    public List<ComparisonGroup> comparisonGroups() {
        return jdbc.sql("select id, code, name, owner_id from comparison_group order by name")
                .query((rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getObject("owner_id", UUID.class)})
                .list().stream()
                .map(r -> new ComparisonGroup((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], members((UUID) r[0])))
                .toList();
    }


    /**
     * The {@code organisation} change counter: it moves with every committed change to a unit or a comparison group.
     * What is computed from the units — the bodies of the page navigation — can be kept while it stays the same;
     * read it before what it stands for.
     */
    public String unitsStamp() {
        return changeCounters.stamp("organisation");
    }

    /** One group by its (unique) code: read alone, not by reading every group and its members. */
    public Optional<ComparisonGroup> comparisonGroup(String code) {
        return jdbc.sql("select id, code, name, owner_id from comparison_group where code = ?").param(code)
                .query((rs, i) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"), rs.getObject("owner_id", UUID.class)})
                .optional()
                .map(r -> new ComparisonGroup((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], members((UUID) r[0])));
    }

    private List<Unit> members(UUID groupId) {
        return units.findMembers(groupId).stream().sorted((a, b) -> Texts.swedishOrder().compare(a.name(), b.name())).toList();
    }

    /**
     * Renames a unit. Refused without the permission for that unit, with a message per field on bad input,
     * and with the other person's version when someone saved in between.
     */
    @Transactional
    public Unit updateUnit(UpdateUnit command) {
        CurrentUser user = access.require(Permission.EDIT_ORGANISATION, command.id());
        Unit current = unit(command.id());
        String name = Texts.trimToNull(command.name());
        String shortName = Texts.trimToNull(command.shortName());
        List<FieldError> errors = new ArrayList<>();
        if (name == null) {
            errors.add(new FieldError("name", "validation.required", "Namn"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "validation.tooLong", "Namn", MAX_NAME_LENGTH));
        }
        if (shortName != null && shortName.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("shortName", "validation.tooLong", "Kortnamn", MAX_NAME_LENGTH));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Unit edited = new Unit(current.id(), current.code(), current.koladaId(), name, shortName, current.type(), current.parentId(),
                current.sortOrder(), current.source(), command.version(), current.updatedAt(), current.updatedBy());
        if (!units.update(edited, user.username())) {
            Unit theirs = unit(command.id());
            throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
        }
        return unit(command.id());
    }

    /**
     * Adds a unit under a parent the person may edit (the administrator may also add one at the top, such as a
     * municipality that starts using the product). The code is the unit's readable identity and must be free.
     */
    @Transactional
    public Unit addUnit(NewUnit command) {
        CurrentUser user = access.require(Permission.EDIT_ORGANISATION, command.parentId());
        String code = Texts.trimToNull(command.code());
        String name = Texts.trimToNull(command.name());
        List<FieldError> errors = new ArrayList<>();
        if (code == null) {
            errors.add(new FieldError("code", "validation.required", "Kod"));
        } else if (code.length() > MAX_CODE_LENGTH) {
            errors.add(new FieldError("code", "validation.tooLong", "Kod", MAX_CODE_LENGTH));
        } else if (units.findByCode(code).isPresent()) {
            errors.add(new FieldError("code", "validation.unit.codeTaken", code));
        }
        if (name == null) {
            errors.add(new FieldError("name", "validation.required", "Namn"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            errors.add(new FieldError("name", "validation.tooLong", "Namn", MAX_NAME_LENGTH));
        }
        if (command.type() == null) {
            errors.add(new FieldError("type", "validation.required", "Typ"));
        }
        if (command.parentId() != null && units.findById(command.parentId()).isEmpty()) {
            errors.add(new FieldError("parentId", "validation.unit.parentUnknown"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        int sort = command.parentId() == null ? 0 : children(command.parentId()).size() + 1;
        UUID id = units.insert(code, null, name, null, command.type(), command.parentId(), sort, "Tillagd av " + user.displayName());
        return unit(id);
    }
}
