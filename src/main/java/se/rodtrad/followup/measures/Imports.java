package se.rodtrad.followup.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportFormat;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.followup.measures.imports.ImportRow;
import se.rodtrad.followup.measures.imports.KoladaFetcher;
import se.rodtrad.followup.measures.imports.Note;
import se.rodtrad.followup.measures.imports.ParsedFile;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.ConflictException;
import se.rodtrad.shared.domain.DomainException;
import se.rodtrad.shared.domain.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports of indicator values. Every import is one transaction: a file that is malformed or cut off
 * anywhere fails as a whole with the place named, and nothing is written. Rows the file states correctly
 * but that we cannot take (an unknown measure or unit, an older publication than the stored value) are
 * rejected with a reason and the rest is imported. Importing the same file twice changes nothing the
 * second time: a value with the same figures is "unchanged"; different figures are a revision and the
 * replaced ones are kept.
 */
@Service
public class Imports {

    /** Changes and rejections listed in a report at most; the counts are always exact. */
    public static final int MAX_LISTED = 500;
    /** Files in one import at most (the pages of one Kolada result). */
    public static final int MAX_FILES = 200;

    private final ValueRepository values;
    private final MeasureRepository measures;
    private final ImportRunRepository runs;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final KoladaFetcher fetcher;
    private final EconomyImport economy;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    Imports(ValueRepository values, MeasureRepository measures, ImportRunRepository runs, Organisation organisation, AccessPolicy access,
            EconomyImport economy, @Value("${rodtrad.followup.kolada.allowed-hosts:api.kolada.se}") Set<String> koladaHosts) {
        this.economy = economy;
        this.values = values;
        this.measures = measures;
        this.runs = runs;
        this.organisation = organisation;
        this.access = access;
        this.fetcher = new KoladaFetcher(koladaHosts);
    }

    /**
     * Runs (or dry-runs) an import of files. Indicator values need the permission to import statistics;
     * the economy template needs the permission to edit the budget of every area it names.
     */
    @Transactional
    public ImportReport run(ImportRequest request) {
        List<ImportFormat> formats = formats(request);
        if (!formats.isEmpty() && formats.stream().allMatch(ImportFormat::isEconomy)) {
            CurrentUser user = access.currentUser();
            if (user.isAnonymous()) {
                throw new org.springframework.security.access.AccessDeniedException("Inloggning krävs");
            }
            return record(economy.prepare(request.files(), formats, request.dryRun(), request.options().exempeldata(), user.username(), true));
        }
        if (formats.stream().anyMatch(ImportFormat::isEconomy)) {
            throw new ImportFailure("followup.import.error.mixed", "–");
        }
        CurrentUser user = access.require(Permission.IMPORT_DATA, null);
        return execute(request, user.username());
    }

    private static List<ImportFormat> formats(ImportRequest request) {
        List<ImportFormat> formats = new ArrayList<>();
        for (ImportFile f : request.files()) {
            formats.add(request.format() != null ? request.format() : ImportFormat.detect(f.bytes(), f.name()));
        }
        return formats;
    }

    /** Fetches a Kolada result by URL, page by page, and imports (or dry-runs) it with the same parser as a file. */
    @Transactional
    public ImportReport runUrl(String url, ImportOptions options, boolean dryRun) {
        CurrentUser user = access.require(Permission.IMPORT_DATA, null);
        List<ImportFile> files = new ArrayList<>();
        for (KoladaFetcher.Page page : fetcher.fetchAll(url, options == null ? ImportOptions.none() : options)) {
            files.add(new ImportFile(page.url(), page.body()));
        }
        return execute(new ImportRequest(ImportFormat.KOLADA_JSON, files, options, dryRun), user.username());
    }

    /**
     * Pages already fetched from Kolada (the refresh, {@link KoladaRefresh}), imported as one run by the same path as a
     * file: the caller has checked the permission, or is the scheduled job acting as "system".
     */
    @Transactional
    ImportReport runFetched(List<ImportFile> pages, ImportOptions options, boolean dryRun, String actor) {
        return execute(new ImportRequest(ImportFormat.KOLADA_JSON, pages, options, dryRun), actor);
    }

    /** For the demo loader, which runs before anyone signs in: the same path, as "system". */
    @Transactional
    ImportReport runAsSystem(ImportRequest request) {
        List<ImportFormat> formats = formats(request);
        if (!formats.isEmpty() && formats.stream().allMatch(ImportFormat::isEconomy)) {
            return record(economy.prepare(request.files(), formats, request.dryRun(), request.options().exempeldata(), "system", false));
        }
        return execute(request, "system");
    }

    @Transactional(readOnly = true)
    public List<ImportReport> recent(int limit, String words) {
        access.require(Permission.READ_INTERNAL, null);
        return runs.recent(limit, words).stream().map(this::report).toList();
    }

    @Transactional(readOnly = true)
    public ImportReport report(UUID id) {
        access.require(Permission.READ_INTERNAL, null);
        return runs.find(id).map(this::report).orElseThrow(() -> new NotFoundException("import", id));
    }

    private ImportReport report(ImportRunRepository.Run run) {
        try {
            ImportReport stored = json.readValue(run.report(), ImportReport.class);
            return new ImportReport(run.id(), run.format(), stored.files(), false, run.inserted(), run.updated(), run.unchanged(),
                    run.rejected(), stored.changes(), stored.rejections(), stored.notes(), run.source(), run.published(), run.exempeldata(),
                    run.startedAt(), run.actor());
        } catch (RuntimeException e) {
            return new ImportReport(run.id(), run.format(), List.of(run.fileNames()), false, run.inserted(), run.updated(), run.unchanged(),
                    run.rejected(), List.of(), List.of(), List.of(), run.source(), run.published(), run.exempeldata(), run.startedAt(),
                    run.actor());
        }
    }

    private ImportReport execute(ImportRequest request, String actor) {
        if (request.files().isEmpty()) {
            throw new ImportFailure("followup.import.error.noFile", "–");
        }
        if (request.files().size() > MAX_FILES) {
            throw new ImportFailure("followup.import.error.tooManyFiles", "–", MAX_FILES);
        }
        ImportOptions options = request.options();

        // 1. read every file; any malformed one fails the whole import here, before anything is compared
        List<ParsedFile> parsed = new ArrayList<>();
        Set<String> formats = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (ImportFile f : request.files()) {
            String name = f.name() == null || f.name().isBlank() ? "fil " + (names.size() + 1) : f.name().strip();
            ImportFormat format = request.format() != null ? request.format() : ImportFormat.detect(f.bytes(), name);
            if (request.format() != null) {
                format.requireMatches(f.bytes(), name); // a Kolada page sent as PxWeb is pointed to the Kolada import
            }
            formats.add(format.name());
            names.add(name);
            parsed.add(parse(format, f.bytes(), name, options));
        }
        List<Note> notes = new ArrayList<>();
        for (int fi = 0; fi < parsed.size(); fi++) {
            // how many rows each file gave: a file that ends early says so in the report, not only in its counts
            notes.add(Note.of("followup.import.note.rowsRead", names.get(fi), parsed.get(fi).rows().size()));
        }
        parsed.forEach(p -> notes.addAll(p.notes().stream().filter(n -> !n.key().equals("followup.import.note.nextPage")).toList()));
        ParsedFile last = parsed.get(parsed.size() - 1);
        if (last.nextPage() != null) {
            notes.add(Note.of("followup.import.note.nextPage", names.get(names.size() - 1), last.nextPage()));
        }

        // 2. match rows to measures and units, compare with what is stored
        UnitCodes units = new UnitCodes(organisation.units());
        Map<String, Optional<Measure>> measureCache = new HashMap<>();
        List<ImportReport.Rejection> rejections = new ArrayList<>();
        int rejected = 0;
        Map<ValueRepository.Key, List<Resolved>> byKey = new java.util.LinkedHashMap<>();
        Set<UUID> measureIds = new LinkedHashSet<>();
        boolean exempeldata = options.exempeldata();
        String fileSource = null;
        LocalDate filePublished = null;
        for (int fi = 0; fi < parsed.size(); fi++) {
            ParsedFile p = parsed.get(fi);
            exempeldata |= p.exempeldata();
            fileSource = fileSource == null ? p.source() : fileSource;
            filePublished = filePublished == null ? p.published() : filePublished;
            for (ImportRow row : p.rows()) {
                String code = row.measure() != null ? row.measure() : options.measure();
                Optional<Measure> measure = code == null ? Optional.empty()
                        : measureCache.computeIfAbsent(code.strip(), c -> measures.findByCode(c));
                Note reason = null;
                Unit unit = units.find(row.unit()).orElse(null);
                if (measure.isEmpty()) {
                    reason = Note.of("followup.import.reject.unknownMeasure", code == null ? "–" : code);
                } else if (unit == null) {
                    reason = Note.of("followup.import.reject.unknownUnit", row.unit() == null ? "–" : row.unit());
                } else if (row.unitName() != null && !sameName(row.unitName(), unit.name())) {
                    reason = Note.of("followup.import.reject.unitName", row.unitName(), unit.code(), unit.name());
                } else if (!row.gender().equals("T") && !measure.get().byGender()) {
                    reason = Note.of("followup.import.reject.notByGender", measure.get().code(), row.gender());
                }
                if (reason != null) {
                    rejected++;
                    if (rejections.size() < MAX_LISTED) {
                        rejections.add(new ImportReport.Rejection(row.where(), reason));
                    }
                    continue;
                }
                var key = new ValueRepository.Key(measure.get().id(), unit.id(), row.period(), Gender.valueOf(row.gender()));
                LocalDate published = row.published() != null ? row.published() : options.published() != null ? options.published()
                        : p.published();
                String source = row.source() != null ? row.source() : options.source() != null ? options.source()
                        : p.source() != null ? p.source() : names.get(fi);
                var content = new ValueRepository.Content(row.value(), row.count(), row.status(), source, published,
                        Boolean.TRUE.equals(row.preliminary()), options.exempeldata() || p.exempeldata());
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Resolved(row, measure.get(), unit, key, content));
                measureIds.add(measure.get().id());
            }
        }

        // 3. per value, in order of publication: a file (or files) holding several publications of the same
        //    statistic yields the newest as current and the earlier ones as its revisions
        Map<ValueRepository.Key, IndicatorValue> stored = values.snapshot(measureIds);
        // each unit's history of each measure: its largest magnitude and how many values, for the plausibility check
        Map<List<UUID>, java.math.BigDecimal> largest = new HashMap<>();
        Map<List<UUID>, Integer> held = new HashMap<>();
        for (IndicatorValue v : stored.values()) {
            if (v.value() != null) {
                largest.merge(List.of(v.measureId(), v.unitId()), v.value().abs(), java.math.BigDecimal::max);
                held.merge(List.of(v.measureId(), v.unitId()), 1, Integer::sum);
            }
        }
        int holding = 0;
        List<Map.Entry<ValueRepository.Key, ValueRepository.Content>> inserts = new ArrayList<>();
        List<List<Op>> chains = new ArrayList<>();
        List<ImportReport.Change> changes = new ArrayList<>();
        int unchanged = 0;
        int insertCount = 0;
        int updateCount = 0;
        for (var entry : byKey.entrySet()) {
            List<Resolved> rows = new ArrayList<>(entry.getValue());
            rows.sort(java.util.Comparator.comparing(r -> r.content().published(), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
            IndicatorValue inDb = stored.get(entry.getKey());
            Figures current = inDb == null ? null : Figures.of(inDb);
            Resolved previous = null;
            List<Op> ops = new ArrayList<>();
            for (Resolved r : rows) {
                Figures incoming = Figures.of(r.content());
                List<UUID> history = List.of(r.measure().id(), r.unit().id());
                Optional<Note> implausible = current != null && current.same(incoming) ? Optional.empty()
                        : Plausibility.judge(r.measure(), r.content().value(), largest.get(history), held.getOrDefault(history, 0));
                if (implausible.isPresent() && !options.confirmImplausible()) {
                    // held, not written: the person checks it and imports again confirming it, or leaves it out
                    rejected++;
                    holding++;
                    if (rejections.size() < MAX_LISTED) {
                        rejections.add(new ImportReport.Rejection(r.row().where(), implausible.get()));
                    }
                    continue;
                }
                if (previous != null && java.util.Objects.equals(previous.content().published(), r.content().published())) {
                    if (Figures.of(previous.content()).same(incoming)) {
                        unchanged++;
                    } else {
                        rejected++;
                        if (rejections.size() < MAX_LISTED) {
                            rejections.add(new ImportReport.Rejection(r.row().where(), Note.of("followup.import.reject.contradicts",
                                    previous.row().where())));
                        }
                    }
                    continue;
                }
                previous = r;
                if (current == null) {
                    ops.add(new Op(r, ImportReport.Kind.INSERT));
                    insertCount++;
                    if (changes.size() < MAX_LISTED) {
                        changes.add(change(r, ImportReport.Kind.INSERT, null));
                    }
                    current = incoming;
                } else if (current.same(incoming)) {
                    unchanged++;
                } else if (current.published() != null && incoming.published() != null && incoming.published().isBefore(current.published())) {
                    if (inDb != null && values.revisions(inDb.id()).stream().anyMatch(rev -> Figures.of(rev).same(incoming)
                            && incoming.published().equals(rev.published()))) {
                        unchanged++;
                    } else {
                        rejected++;
                        if (rejections.size() < MAX_LISTED) {
                            rejections.add(new ImportReport.Rejection(r.row().where(), Note.of("followup.import.reject.older",
                                    incoming.published(), current.published(), current.display())));
                        }
                    }
                } else {
                    ops.add(new Op(r, ImportReport.Kind.UPDATE));
                    updateCount++;
                    if (changes.size() < MAX_LISTED) {
                        changes.add(new ImportReport.Change(r.row().where(), ImportReport.Kind.UPDATE, r.measure().code(),
                                r.unit().code() + " " + r.unit().name(), r.key().period(), r.key().gender().name(), current.display(),
                                incoming.display()));
                    }
                    current = incoming;
                }
            }
            if (ops.size() == 1 && ops.get(0).kind() == ImportReport.Kind.INSERT) {
                inserts.add(new AbstractMap.SimpleEntry<>(entry.getKey(), ops.get(0).row().content()));
            } else if (!ops.isEmpty()) {
                chains.add(ops);
            }
        }
        if (holding > 0) {
            notes.add(Note.of("followup.import.note.held", holding));
        }
        String format = String.join(", ", formats);
        String source = options.source() != null ? options.source() : fileSource;
        LocalDate published = options.published() != null ? options.published() : filePublished;
        ImportReport report = new ImportReport(null, format, names, request.dryRun(), insertCount, updateCount, unchanged, rejected,
                changes, rejections, notes, source, published, exempeldata, Instant.now(), actor);
        if (request.dryRun()) {
            return report;
        }

        // 3. write, all or nothing
        UUID importId = runs.insert(format, Texts.cut(String.join(", ", names), 2000), source, published, exempeldata, actor);
        values.insertAll(inserts, importId, actor);
        String reason = "Import " + Texts.cut(String.join(", ", names), 300) + (published == null ? "" : " (publicerad " + published + ")");
        for (List<Op> chain : chains) {
            for (Op op : chain) {
                Resolved r = op.row();
                if (op.kind() == ImportReport.Kind.INSERT) {
                    values.insert(r.key(), r.content(), importId, actor);
                    continue;
                }
                IndicatorValue current = values.find(r.key()).orElseThrow();
                String why = r.content().published() == null ? reason
                        : "Import " + Texts.cut(String.join(", ", names), 300) + " (publicerad " + r.content().published() + ")";
                if (!values.revise(current, r.content(), importId, actor, why)) {
                    IndicatorValue theirs = values.findById(current.id()).orElseThrow();
                    throw new ConflictException(theirs, theirs.updatedBy(), theirs.updatedAt());
                }
            }
        }
        ImportReport done = new ImportReport(importId, format, names, false, insertCount, updateCount, unchanged, rejected, changes,
                rejections, notes, source, published, exempeldata, report.at(), actor);
        runs.complete(importId, done.inserted(), done.updated(), done.unchanged(), done.rejected(), json.writeValueAsString(done));
        return done;
    }

    /** An economy import kept in the log of runs like any other, its figures written by the economy under the run's id. */
    private ImportReport record(EconomyImport.Prepared prepared) {
        ImportReport r = prepared.report();
        if (r.dryRun()) {
            return r;
        }
        UUID importId = runs.insert(r.format(), Texts.cut(String.join(", ", r.files()), 2000), r.source(), r.published(), r.exempeldata(),
                r.actor());
        prepared.write(importId);
        ImportReport done = new ImportReport(importId, r.format(), r.files(), false, r.inserted(), r.updated(), r.unchanged(), r.rejected(),
                r.changes(), r.rejections(), r.notes(), r.source(), r.published(), r.exempeldata(), r.at(), r.actor());
        runs.complete(importId, done.inserted(), done.updated(), done.unchanged(), done.rejected(), json.writeValueAsString(done));
        return done;
    }

    /** Parses one file; anything unexpected a parser lets slip is still a clear refusal, never a crash. */
    static ParsedFile parse(ImportFormat format, byte[] bytes, String name, ImportOptions options) {
        try {
            return format.parse(bytes, name, options);
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new ImportFailure("followup.import.error.unreadable", name, format.name());
        }
    }

    private record Resolved(ImportRow row, Measure measure, Unit unit, ValueRepository.Key key, ValueRepository.Content content) {
    }

    private record Op(Resolved row, ImportReport.Kind kind) {
    }

    /** The figures that make a value what it is, with the publication they come from. */
    private record Figures(java.math.BigDecimal value, Integer count, String status, boolean preliminary, LocalDate published) {
        static Figures of(IndicatorValue v) {
            return new Figures(v.value(), v.count(), v.status(), v.preliminary(), v.published());
        }

        static Figures of(ValueRepository.Content c) {
            return new Figures(c.value(), c.count(), c.status(), c.preliminary(), c.published());
        }

        static Figures of(ValueRevision r) {
            return new Figures(r.value(), r.count(), r.status(), r.preliminary(), r.published());
        }

        boolean same(Figures o) {
            return Decimals.same(value, o.value) && java.util.Objects.equals(count, o.count) && java.util.Objects.equals(status, o.status)
                    && preliminary == o.preliminary;
        }

        String display() {
            return Imports.display(value, status);
        }
    }

    private static ImportReport.Change change(Resolved r, ImportReport.Kind kind, IndicatorValue current) {
        return new ImportReport.Change(r.row().where(), kind, r.measure().code(), r.unit().code() + " " + r.unit().name(), r.key().period(),
                r.key().gender().name(), current == null ? null : display(current), display(r.content().value(), r.content().status()));
    }

    private static String display(IndicatorValue v) {
        return display(v.value(), v.status());
    }

    private static String display(java.math.BigDecimal value, String status) {
        return value == null ? "– (" + (status == null ? "saknas" : status) + ")" : value.toPlainString();
    }

    /**
     * Whether a file's name for a unit is ours in another usage: Kolada writes "Region Kronoberg", SCB and most others
     * "Kronobergs län" (the county's name in the genitive), a municipality is "Lekeberg" or "Lekebergs kommun".
     */
    static boolean sameName(String theirs, String ours) {
        String a = theirs.strip().toLowerCase(Locale.ROOT);
        String b = ours.strip().toLowerCase(Locale.ROOT);
        if (a.equals(b) || b.contains(a) || a.contains(b)) {
            return true;
        }
        String x = bareName(a);
        String y = bareName(b);
        return !x.isEmpty() && (x.equals(y) || x.equals(y + "s") || y.equals(x + "s"));
    }

    private static String bareName(String name) {
        return name.replaceFirst("^region\\s+", "").replaceFirst("\\s+(län|kommun)$", "").strip();
    }

    /** Small text helpers for stored strings. */
    static final class Texts {
        private Texts() {
        }

        static String cut(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }
    }
}
