package se.rodtrad.followup.economy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import se.rodtrad.followup.measures.EconomyImport;
import se.rodtrad.followup.measures.ImportFile;
import se.rodtrad.followup.measures.ImportReport;
import se.rodtrad.followup.measures.Imports;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.Note;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.organisation.UnitType;
import se.rodtrad.shared.domain.ConflictException;

/**
 * The economy template imported through the import path ({@link EconomyImport}): all or nothing, idempotent, rows
 * for unknown areas or lines rejected with a reason. Whoever imports must be allowed to edit the budget of every
 * area the file names.
 */
@Component
class EconomyImports implements EconomyImport {

    private final EconomyRepository repository;
    private final Organisation organisation;
    private final AccessPolicy access;

    EconomyImports(EconomyRepository repository, Organisation organisation, AccessPolicy access) {
        this.repository = repository;
        this.organisation = organisation;
        this.access = access;
    }

    /** The areas the year's decided budgets have a line for, each with its budget (the newest version of each body's). */
    private Map<UUID, EconomyRepository.Decided> decidedAreas(int year) {
        Map<UUID, EconomyRepository.Decided> result = new LinkedHashMap<>();
        for (EconomyRepository.Decided d : repository.newestDecided(year)) {
            for (EconomyRepository.DecidedLine l : d.lines()) {
                if (l.areaId() != null) {
                    result.putIfAbsent(l.areaId(), d);
                }
            }
        }
        return result;
    }

    /**
     * The decided budget whose administration the area belongs to although the budget has no line for it: the outcome of
     * such an area could be compared with no line of what the body decided (RTN's budget has a line for each of the
     * areas of Förvaltning regional utveckling that serve it). Null when no decided budget of the year covers the area —
     * then it is compared with an imported budget, as before any budget was decided.
     */
    private EconomyRepository.Decided covering(Unit area, Map<UUID, EconomyRepository.Decided> decided) {
        Map<UUID, Unit> units = organisation.unitsById();
        java.util.Set<UUID> ancestors = new java.util.HashSet<>();
        for (Unit u = units.get(area.parentId()); u != null; u = u.parentId() == null ? null : units.get(u.parentId())) {
            if (u.type() == UnitType.ADMINISTRATION) {
                ancestors.add(u.id());
            }
        }
        for (Map.Entry<UUID, EconomyRepository.Decided> e : decided.entrySet()) {
            Unit line = units.get(e.getKey());
            if (line != null && line.parentId() != null && ancestors.contains(line.parentId()) && line.type() == UnitType.AREA) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The area a row names: by its code (FRU-NU), by its name (Näringslivsutveckling) or by the label of its line in the
     * year's decided budget ("Område näringslivsutveckling"), case aside.
     */
    private Unit area(String named, Map<UUID, EconomyRepository.Decided> decided) {
        java.util.function.Predicate<Unit> kind = u -> u.type() == UnitType.AREA || u.type() == UnitType.UNIT || u.type() == UnitType.ADMINISTRATION;
        Unit byCode = organisation.unitByCode(named.strip()).filter(kind).orElse(null);
        if (byCode != null) {
            return byCode;
        }
        String n = named.strip().toLowerCase(Locale.ROOT);
        Map<UUID, Unit> units = organisation.unitsById();
        List<Unit> byName = units.values().stream().filter(kind).filter(u -> u.name().toLowerCase(Locale.ROOT).equals(n)).toList();
        if (byName.size() > 1) {
            // "Staben" names a unit in every stab: only the decided budget's areas can tell which is meant
            byName = byName.stream().filter(u -> decided.containsKey(u.id())).toList();
        }
        if (byName.size() == 1) {
            return byName.get(0);
        }
        for (Map.Entry<UUID, EconomyRepository.Decided> e : decided.entrySet()) {
            for (EconomyRepository.DecidedLine l : e.getValue().lines()) {
                if (e.getKey().equals(l.areaId()) && l.label().strip().toLowerCase(Locale.ROOT).equals(n)) {
                    return units.get(e.getKey());
                }
            }
        }
        return null;
    }

    @Override
    public Prepared prepare(List<ImportFile> files, List<ImportFormat> formats, boolean dryRun, boolean exempeldataOption, String actor,
            boolean checkAccess) {
        List<String> names = new ArrayList<>();
        List<EconomyRow> rows = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        boolean exempeldata = exempeldataOption;
        for (int i = 0; i < files.size(); i++) {
            ImportFile f = files.get(i);
            String name = f.name() == null || f.name().isBlank() ? "fil " + (i + 1) : f.name().strip();
            names.add(name);
            EconomyParser.Parsed parsed;
            try {
                parsed = formats.get(i) == ImportFormat.ECONOMY_XLSX ? EconomyParser.parseXlsx(f.bytes(), name) : EconomyParser.parseCsv(f.bytes(), name);
            } catch (se.rodtrad.shared.domain.DomainException e) {
                throw e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new ImportFailure("followup.import.error.unreadable", name, formats.get(i).name());
            }
            rows.addAll(parsed.rows());
            notes.addAll(parsed.notes());
            exempeldata |= parsed.exempeldata();
        }
        Map<String, EconomyRepository.Line> lines = new HashMap<>();
        for (EconomyRepository.Line l : repository.lines()) {
            lines.put(l.code().toLowerCase(Locale.ROOT), l);
            lines.put(l.name().toLowerCase(Locale.ROOT), l);
        }
        List<ImportReport.Rejection> rejections = new ArrayList<>();
        int rejected = 0;
        record Resolved(EconomyRow row, String table, Unit area, EconomyRepository.Line line) {
            String key() {
                return table + "/" + row.year() + "/" + row.month() + "/" + area.id() + "/" + line.code();
            }
        }
        Map<String, Resolved> byKey = new LinkedHashMap<>();
        Set<UUID> areaIds = new LinkedHashSet<>();
        Set<Integer> years = new LinkedHashSet<>();
        int unchanged = 0;
        Map<Integer, Map<UUID, EconomyRepository.Decided>> decidedByYear = new HashMap<>();
        for (EconomyRow r : rows) {
            Map<UUID, EconomyRepository.Decided> decided = decidedByYear.computeIfAbsent(r.year(), this::decidedAreas);
            Unit area = area(r.area(), decided);
            if (area == null) {
                // an outcome that belongs to no area of the organisation cannot be compared with any budget line: the
                // whole file is refused, naming the row, so that nothing is written and nothing is silently left out
                throw new ImportFailure("followup.economy.error.unknownArea", r.where(), r.area());
            }
            EconomyRepository.Decided budget = decided.get(area.id());
            EconomyRepository.Decided covering = budget != null || r.kind().equals("budget") ? null : covering(area, decided);
            if (covering != null) {
                throw new ImportFailure("followup.economy.error.notInDecidedBudget", r.where(), area.name(), String.valueOf(r.year()), covering.bodyName(),
                        covering.budgetVersion());
            }
            if (budget != null && r.kind().equals("budget")) {
                throw new ImportFailure("followup.economy.error.budgetDecided", r.where(), area.name(), String.valueOf(r.year()), budget.bodyName(),
                        budget.budgetVersion());
            }
            EconomyRepository.Line line = lines.get(r.line().toLowerCase(Locale.ROOT));
            Note reason = line == null ? Note.of("followup.economy.reject.line", r.line()) : null;
            if (reason != null) {
                rejected++;
                if (rejections.size() < Imports.MAX_LISTED) {
                    rejections.add(new ImportReport.Rejection(r.where(), reason));
                }
                continue;
            }
            String table = switch (r.kind()) {
                case "budget" -> EconomyRepository.BUDGET;
                case "utfall" -> EconomyRepository.OUTCOME;
                default -> EconomyRepository.FORECAST;
            };
            Resolved res = new Resolved(r, table, area, line);
            Resolved earlier = byKey.putIfAbsent(res.key(), res);
            if (earlier != null) {
                if (earlier.row().amountOre() == r.amountOre()) {
                    unchanged++;
                } else {
                    rejected++;
                    if (rejections.size() < Imports.MAX_LISTED) {
                        rejections.add(new ImportReport.Rejection(r.where(), Note.of("followup.import.reject.contradicts", earlier.row().where())));
                    }
                }
                continue;
            }
            areaIds.add(area.id());
            years.add(r.year());
        }
        if (checkAccess) {
            for (UUID id : areaIds) {
                access.require(Permission.EDIT_BUDGET, id);
            }
        }
        Map<String, EconomyRepository.Figure> stored = new HashMap<>();
        for (int y : years) {
            for (String t : List.of(EconomyRepository.BUDGET, EconomyRepository.OUTCOME, EconomyRepository.FORECAST)) {
                for (EconomyRepository.Figure f : repository.figures(t, y)) {
                    stored.put(t + "/" + f.year() + "/" + f.month() + "/" + f.areaId() + "/" + f.line(), f);
                }
            }
        }
        List<ImportReport.Change> changes = new ArrayList<>();
        List<Resolved> inserts = new ArrayList<>();
        List<Map.Entry<Resolved, EconomyRepository.Figure>> updates = new ArrayList<>();
        boolean exempel = exempeldata;
        for (Resolved r : byKey.values()) {
            EconomyRepository.Figure current = stored.get(r.key());
            String period = r.row().year() + (r.row().month() == null ? "" : "-" + (r.row().month() < 10 ? "0" : "") + r.row().month());
            String what = r.row().kind() + " " + r.line().code();
            String after = java.math.BigDecimal.valueOf(r.row().amountOre()).movePointLeft(2).toPlainString();
            if (current == null) {
                inserts.add(r);
                if (changes.size() < Imports.MAX_LISTED) {
                    changes.add(new ImportReport.Change(r.row().where(), ImportReport.Kind.INSERT, what, r.area().code() + " " + r.area().name(), period,
                            "", null, after));
                }
            } else if (current.amountOre() == r.row().amountOre() && current.exempeldata() == exempel) {
                unchanged++;
            } else {
                updates.add(Map.entry(r, current));
                if (changes.size() < Imports.MAX_LISTED) {
                    changes.add(new ImportReport.Change(r.row().where(), ImportReport.Kind.UPDATE, what, r.area().code() + " " + r.area().name(), period,
                            "", java.math.BigDecimal.valueOf(current.amountOre()).movePointLeft(2).toPlainString(), after));
                }
            }
        }
        String format = String.join(", ", formats.stream().map(Enum::name).distinct().toList());
        ImportReport report = new ImportReport(null, format, names, dryRun, inserts.size(), updates.size(), unchanged, rejected, changes, rejections,
                notes, null, null, exempel, Instant.now(), actor);
        return new Prepared() {
            @Override
            public ImportReport report() {
                return report;
            }

            @Override
            public void write(UUID importId) {
                for (Resolved r : inserts) {
                    repository.insert(r.table(), r.row().year(), r.row().month(), r.area().id(), r.line().code(), r.row().amountOre(),
                            r.row().source(), exempel, importId, actor);
                }
                for (var e : updates) {
                    Resolved r = e.getKey();
                    if (!repository.update(e.getValue(), r.row().amountOre(), r.row().source(), exempel, importId, actor)) {
                        throw new ConflictException(e.getValue(), actor, Instant.now());
                    }
                }
            }
        };
    }
}
