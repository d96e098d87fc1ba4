package se.rodtrad.followup.economy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.NotFoundException;

/**
 * The monthly economy: budget, booked outcome and year forecast per area and budget line, and the period report built
 * from them. The budget of an area is its line of the body's decided budget (the newest version the economy keeps a
 * copy of), otherwise a budget imported from our template; outcomes and forecasts are imported from the template. A month without a budget of its own gets a
 * twelfth of the year's budget (in whole öre, the remainder in the last months, so the months add up
 * exactly); without an entered forecast the year forecast is the outcome to date plus the budget of the
 * months left — and the report says which it is. The figures come in through the import path ({@link EconomyImports}).
 */
@Service
@Transactional(readOnly = true)
public class Economy {

    private final EconomyRepository repository;
    private final Organisation organisation;
    private final AccessPolicy access;

    Economy(EconomyRepository repository, Organisation organisation, AccessPolicy access) {
        this.repository = repository;
        this.organisation = organisation;
        this.access = access;
    }

    public List<Integer> years() {
        return repository.years();
    }

    /** The units a report can be made for: every area with figures in the year, and the administrations above them. */
    public List<Unit> scopes(int year) {
        Set<UUID> areas = new LinkedHashSet<>();
        for (String t : List.of(EconomyRepository.BUDGET, EconomyRepository.OUTCOME)) {
            repository.figures(t, year).forEach(f -> areas.add(f.areaId()));
        }
        List<Unit> result = new ArrayList<>();
        Set<UUID> parents = new LinkedHashSet<>();
        for (UUID id : areas) {
            Unit u = organisation.unit(id);
            if (u.parentId() != null) {
                parents.add(u.parentId());
            }
        }
        parents.forEach(p -> result.add(organisation.unit(p)));
        areas.stream().map(organisation::unit).sorted((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder())).forEach(result::add);
        return result;
    }

    /** The period report for the year up to and including the month, for a unit and the areas below it (null = all). */
    public PeriodReport report(int year, int month, UUID scopeId) {
        access.require(Permission.READ_INTERNAL, null);
        if (month < 1 || month > 12) {
            throw se.rodtrad.shared.domain.ValidationException.of("manad", "followup.economy.validation.month", month);
        }
        Set<UUID> inScope = scopeId == null ? null : new LinkedHashSet<>(organisation.subtreeIds(scopeId));
        return report(year, month, scopeId, inScope, false);
    }

    /**
     * The economy booked on a political body itself or on the units below it that are not bodies of their own
     * (a committee's areas, where figures are kept per body); empty when nothing of the year is booked there —
     * then the body's figures are carried by an administration serving several bodies. Reads only those units' rows.
     */
    public java.util.Optional<PeriodReport> bodyReport(int year, int month, UUID bodyId) {
        access.require(Permission.READ_INTERNAL, null);
        Set<UUID> own = new LinkedHashSet<>(repository.ownAreasWithFigures(bodyId, year));
        if (own.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(report(year, month, bodyId, own, true));
    }

    private PeriodReport report(int year, int month, UUID scopeId, Set<UUID> inScope, boolean readOnlyScope) {
        List<EconomyRepository.Line> lines = repository.lines();
        // the decided budget replaces any imported budget of an area it has a line for: the newest version of each body's
        List<EconomyRepository.Decided> decided = repository.newestDecided(year);
        Map<UUID, EconomyRepository.Decided> decidedFor = new LinkedHashMap<>();
        Map<UUID, EconomyRepository.DecidedLine> decidedLine = new HashMap<>();
        for (EconomyRepository.Decided d : decided) {
            for (EconomyRepository.DecidedLine l : d.lines()) {
                if (l.areaId() != null && (inScope == null || inScope.contains(l.areaId())) && !decidedFor.containsKey(l.areaId())) {
                    decidedFor.put(l.areaId(), d);
                    decidedLine.put(l.areaId(), l);
                }
            }
        }
        Map<String, Map<UUID, List<EconomyRepository.Figure>>> byTable = new HashMap<>();
        Set<UUID> areaIds = new LinkedHashSet<>(decidedFor.keySet());
        boolean exempel = false;
        for (String t : List.of(EconomyRepository.BUDGET, EconomyRepository.OUTCOME, EconomyRepository.FORECAST)) {
            Map<UUID, List<EconomyRepository.Figure>> m = new LinkedHashMap<>();
            if (t.equals(EconomyRepository.BUDGET)) {
                decidedLine.forEach((area, l) -> m.put(area, decidedFigures(year, area, l, decidedFor.get(area))));
            }
            for (EconomyRepository.Figure f : readOnlyScope ? repository.figures(t, year, inScope) : repository.figures(t, year)) {
                if (inScope != null && !inScope.contains(f.areaId()) || t.equals(EconomyRepository.BUDGET) && decidedFor.containsKey(f.areaId())) {
                    continue;
                }
                m.computeIfAbsent(f.areaId(), k -> new ArrayList<>()).add(f);
                if (!t.equals(EconomyRepository.FORECAST) || f.month() == month) {
                    areaIds.add(f.areaId());
                }
                if (f.exempeldata() && (t.equals(EconomyRepository.BUDGET) || f.month() != null && f.month() <= month)) {
                    exempel = true;
                }
            }
            byTable.put(t, m);
        }
        List<Unit> areas = areaIds.stream().map(organisation::unit).sorted((a, b) -> Integer.compare(a.sortOrder(), b.sortOrder())).toList();
        List<PeriodReport.AreaReport> areaReports = new ArrayList<>();
        long[] netMonthBudget = new long[13];
        long[] netMonthOutcome = new long[13];
        boolean[] anyOutcome = new boolean[13];
        List<String> missing = new ArrayList<>();
        for (Unit area : areas) {
            List<PeriodReport.LineReport> lineReports = new ArrayList<>();
            boolean forecastEntered = false;
            Set<Integer> monthsWithOutcome = new java.util.TreeSet<>();
            for (EconomyRepository.Line line : lines) {
                List<EconomyRepository.Figure> budget = of(byTable, EconomyRepository.BUDGET, area.id(), line.code());
                List<EconomyRepository.Figure> outcome = of(byTable, EconomyRepository.OUTCOME, area.id(), line.code());
                List<EconomyRepository.Figure> forecast = of(byTable, EconomyRepository.FORECAST, area.id(), line.code());
                if (budget.isEmpty() && outcome.isEmpty() && forecast.isEmpty()) {
                    continue;
                }
                long[] budgetMonths = months(budget);
                long[] outcomeMonths = new long[13];
                for (EconomyRepository.Figure f : outcome) {
                    outcomeMonths[f.month()] += f.amountOre();
                    monthsWithOutcome.add(f.month());
                }
                long budgetYear = 0;
                long budgetToDate = 0;
                long outcomeToDate = 0;
                long rest = 0;
                int sign = line.income() ? -1 : 1;
                for (int m = 1; m <= 12; m++) {
                    budgetYear += budgetMonths[m];
                    netMonthBudget[m] += sign * budgetMonths[m];
                    if (m <= month) {
                        budgetToDate += budgetMonths[m];
                        outcomeToDate += outcomeMonths[m];
                    } else {
                        rest += budgetMonths[m];
                    }
                }
                for (EconomyRepository.Figure f : outcome) {
                    netMonthOutcome[f.month()] += sign * f.amountOre();
                    anyOutcome[f.month()] = true;
                }
                EconomyRepository.Figure entered = forecast.stream().filter(f -> Objects.equals(f.month(), month)).findFirst().orElse(null);
                long yearForecast = entered != null ? entered.amountOre() : outcomeToDate + rest;
                forecastEntered |= entered != null;
                long devToDate = line.income() ? outcomeToDate - budgetToDate : budgetToDate - outcomeToDate;
                long devYear = line.income() ? yearForecast - budgetYear : budgetYear - yearForecast;
                lineReports.add(new PeriodReport.LineReport(line.code(), line.name(), line.income(), budgetYear, budgetToDate, outcomeToDate, devToDate,
                        yearForecast, entered != null, devYear));
            }
            for (int m = 1; m <= month; m++) {
                if (!monthsWithOutcome.contains(m)) {
                    missing.add(area.name() + " " + m);
                }
            }
            areaReports.add(new PeriodReport.AreaReport(area.id(), area.code(), area.name(), lineReports, net(lineReports), forecastEntered));
        }
        List<PeriodReport.LineReport> all = areaReports.stream().flatMap(a -> a.lines().stream()).toList();
        List<PeriodReport.MonthRow> monthRows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            monthRows.add(new PeriodReport.MonthRow(m, netMonthBudget[m], anyOutcome[m] ? netMonthOutcome[m] : null));
        }
        Unit scope = scopeId == null ? null : organisation.unit(scopeId);
        return new PeriodReport(year, month, scopeId, scope == null ? null : scope.name(), areaReports, net(all), monthRows, exempel, missing,
                bases(decided, decidedFor, areaReports));
    }

    /**
     * The decided operating budget's line as the months' budget: costs are the area's turnover (omsättning), income the
     * turnover less the area's part of the frame ("Varav budgetram" is the net cost); a table printing only the net gives
     * the net as cost.
     */
    private static List<EconomyRepository.Figure> decidedFigures(int year, UUID area, EconomyRepository.DecidedLine l, EconomyRepository.Decided d) {
        List<EconomyRepository.Figure> result = new ArrayList<>();
        String source = d.source() + ": " + l.label();
        if (l.turnoverOre() == null) {
            result.add(new EconomyRepository.Figure(null, EconomyRepository.BUDGET, year, null, area, "KOSTNADER", l.netCostOre(), source, false, 0));
        } else {
            result.add(new EconomyRepository.Figure(null, EconomyRepository.BUDGET, year, null, area, "INTAKTER", l.turnoverOre() - l.netCostOre(), source,
                    false, 0));
            result.add(new EconomyRepository.Figure(null, EconomyRepository.BUDGET, year, null, area, "KOSTNADER", l.turnoverOre(), source, false, 0));
        }
        return result;
    }

    /** Per body whose decided budget the report compares with: the version, the roll-up of its areas, the reconciliation. */
    private static List<PeriodReport.BudgetBasis> bases(List<EconomyRepository.Decided> decided, Map<UUID, EconomyRepository.Decided> decidedFor,
            List<PeriodReport.AreaReport> areas) {
        List<PeriodReport.BudgetBasis> result = new ArrayList<>();
        for (EconomyRepository.Decided d : decided) {
            List<PeriodReport.LineReport> lines = areas.stream().filter(a -> decidedFor.get(a.areaId()) == d).flatMap(a -> a.lines().stream()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            PeriodReport.Totals net = net(lines);
            long operating = d.lines().stream().filter(l -> l.partOf() == null).mapToLong(EconomyRepository.DecidedLine::netCostOre).sum();
            Set<String> followedParents = new LinkedHashSet<>();
            d.lines().stream().filter(l -> l.partOf() != null && l.areaId() != null).forEach(l -> followedParents.add(l.partOf()));
            // a line of its own that names no unit; its "varav" parts are then not followed either and are not listed again
            List<String> notFollowed = d.lines().stream().filter(l -> l.areaId() == null && l.partOf() == null && !followedParents.contains(l.label()))
                    .map(EconomyRepository.DecidedLine::label).toList();
            boolean reconciles = d.resultOre() != null && d.resultOre() + net.budgetYear() == 0;
            result.add(new PeriodReport.BudgetBasis(d.bodyId(), d.bodyName(), d.budgetVersion(), d.decidedOn(), d.decidedBy(), d.paragraph(), d.source(),
                    net, d.resultOre(), operating, reconciles, notFollowed));
        }
        return result;
    }

    private static List<EconomyRepository.Figure> of(Map<String, Map<UUID, List<EconomyRepository.Figure>>> byTable, String table, UUID area,
            String line) {
        return byTable.get(table).getOrDefault(area, List.of()).stream().filter(f -> f.line().equals(line)).toList();
    }

    /**
     * The budget month by month: the months' own budgets when there are any, otherwise the year's budget
     * spread evenly — cumulatively rounded so the twelve months add up to the öre.
     */
    static long[] months(List<EconomyRepository.Figure> budget) {
        long[] result = new long[13];
        boolean monthly = budget.stream().anyMatch(f -> f.month() != null);
        if (monthly) {
            for (EconomyRepository.Figure f : budget) {
                if (f.month() != null) {
                    result[f.month()] += f.amountOre();
                }
            }
            return result;
        }
        long year = budget.stream().mapToLong(EconomyRepository.Figure::amountOre).sum();
        for (int m = 1; m <= 12; m++) {
            result[m] = Math.floorDiv(year * m, 12) - Math.floorDiv(year * (m - 1), 12);
        }
        return result;
    }

    private static PeriodReport.Totals net(List<PeriodReport.LineReport> lines) {
        long by = 0;
        long bd = 0;
        long od = 0;
        long dd = 0;
        long f = 0;
        long dy = 0;
        for (PeriodReport.LineReport l : lines) {
            int sign = l.income() ? -1 : 1;
            by += sign * l.budgetYear();
            bd += sign * l.budgetToDate();
            od += sign * l.outcomeToDate();
            f += sign * l.forecast();
            dd += l.deviationToDate();
            dy += l.deviationYear();
        }
        return new PeriodReport.Totals(by, bd, od, dd, f, dy);
    }

    public Unit unit(UUID id) {
        return organisation.units().stream().filter(u -> u.id().equals(id)).findFirst().orElseThrow(() -> new NotFoundException("enhet", id));
    }
}
