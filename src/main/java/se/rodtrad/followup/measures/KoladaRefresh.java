package se.rodtrad.followup.measures;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import se.rodtrad.followup.measures.imports.ImportFailure;
import se.rodtrad.followup.measures.imports.ImportOptions;
import se.rodtrad.followup.measures.imports.KoladaFetcher;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.CurrentUser;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.domain.DomainException;

/**
 * The refresh from Kolada: every measure with a Kolada id (the KPIs the plans' indicators are linked to) is asked
 * for, through Kolada's data API v3 ({@code /data/kpi/{kpi}/municipality/{ids}/year/{years}}, paged by
 * {@code per_page} and followed by {@code next_page}/{@code next_url}), for every unit Kolada knows (the region,
 * its municipalities, the comparison counties, riket). Every page of every request is fetched before anything
 * is written; then the pages are imported as one run by the same parser and the same idempotent import as a file,
 * so a second refresh with nothing new published says "0 nya värden". Offline, or a request that fails on any page,
 * changes nothing and says so. On demand (a controller or administrator: the permission to import statistics), or
 * scheduled by {@code rodtrad.followup.kolada.refresh-cron} (off by default).
 */
@Service
public class KoladaRefresh {

    private static final Logger log = LoggerFactory.getLogger(KoladaRefresh.class);
    private static final Pattern KPI = Pattern.compile("[NU]\\d{5}");
    /** Kolada takes at most this many ids in one list of a path (rKolada asks in chunks of the same size). */
    static final int IDS_PER_REQUEST = 25;

    /**
     * Where Kolada's v3 API is, and how far a refresh may go: rows per page, pages in all, bytes per page, the
     * connect and read timeout of one request, the time for the whole refresh, and the first year asked for.
     */
    public record Settings(String baseUrl, int perPage, int maxPages, int maxPageBytes, Duration connectTimeout, Duration readTimeout,
            Duration timeLimit, int firstYear) {
    }

    /** What a refresh did: the import's report, and how many KPIs and units were asked for in how many pages. */
    public record Result(ImportReport report, int kpis, int units, int pages) {
    }

    private final Imports imports;
    private final MeasureRepository measures;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final Settings settings;
    private final AtomicBoolean running = new AtomicBoolean();

    KoladaRefresh(Imports imports, MeasureRepository measures, Organisation organisation, AccessPolicy access,
            @Value("${rodtrad.followup.kolada.base-url:https://api.kolada.se/v3}") String baseUrl,
            @Value("${rodtrad.followup.kolada.per-page:5000}") int perPage,
            @Value("${rodtrad.followup.kolada.max-pages:200}") int maxPages,
            @Value("${rodtrad.followup.kolada.max-page-bytes:8388608}") int maxPageBytes,
            @Value("${rodtrad.followup.kolada.connect-timeout:5s}") Duration connectTimeout,
            @Value("${rodtrad.followup.kolada.read-timeout:30s}") Duration readTimeout,
            @Value("${rodtrad.followup.kolada.time-limit:5m}") Duration timeLimit,
            @Value("${rodtrad.followup.kolada.first-year:2010}") int firstYear) {
        this.imports = imports;
        this.measures = measures;
        this.organisation = organisation;
        this.access = access;
        this.settings = new Settings(baseUrl, perPage, Math.min(maxPages, Imports.MAX_FILES), maxPageBytes, connectTimeout, readTimeout,
                timeLimit, firstYear);
    }

    /** The refresh a person asks for: the permission is checked before anything is fetched. */
    public Result refresh(boolean dryRun) {
        return refresh(settings, dryRun);
    }

    /** As {@link #refresh(boolean)} with the given settings (the tests' stub server). */
    Result refresh(Settings s, boolean dryRun) {
        CurrentUser user = access.require(Permission.IMPORT_DATA, null);
        return fetchAndImport(s, dryRun, user.username());
    }

    /** The scheduled refresh, off unless {@code rodtrad.followup.kolada.refresh-cron} is set (e.g. "0 0 5 * * MON-FRI"). */
    @Scheduled(cron = "${rodtrad.followup.kolada.refresh-cron:-}", zone = "Europe/Stockholm")
    void scheduled() {
        try {
            Result r = fetchAndImport(settings, false, "system");
            log.info("Kolada-uppdatering: {} nya, {} reviderade, {} oförändrade, {} avvisade ({} sidor)", r.report().inserted(),
                    r.report().updated(), r.report().unchanged(), r.report().rejected(), r.pages());
        } catch (DomainException e) {
            log.warn("Kolada-uppdatering misslyckades, inget ändrades: {}", e.getMessage());
        }
    }

    /** Every page first, then one import; nothing is written unless every page was read. */
    private Result fetchAndImport(Settings s, boolean dryRun, String actor) {
        if (!running.compareAndSet(false, true)) {
            throw new ImportFailure("followup.kolada.error.running", "Kolada");
        }
        try {
            List<String> kpis = kpis();
            List<String> units = units();
            if (kpis.isEmpty() || units.isEmpty()) {
                throw new ImportFailure("followup.kolada.error.nothingLinked", "Kolada");
            }
            URI base = base(s.baseUrl());
            KoladaFetcher fetcher = new KoladaFetcher(Set.of(base.getHost().toLowerCase(Locale.ROOT)),
                    new KoladaFetcher.Limits(s.connectTimeout(), s.readTimeout(), s.maxPageBytes()));
            Instant deadline = Instant.now().plus(s.timeLimit());
            String years = years(s.firstYear());
            List<ImportFile> pages = new ArrayList<>();
            // Kolada takes lists in the path: up to 25 KPIs and 25 units a request, so a refresh of n KPIs for m units is
            // ⌈n/25⌉·⌈m/25⌉ requests (and their further pages), not n·m
            for (int k = 0; k < kpis.size(); k += IDS_PER_REQUEST) {
                String kpi = String.join(",", kpis.subList(k, Math.min(kpis.size(), k + IDS_PER_REQUEST)));
                for (int i = 0; i < units.size(); i += IDS_PER_REQUEST) {
                    String ids = String.join(",", units.subList(i, Math.min(units.size(), i + IDS_PER_REQUEST)));
                    String url = stripSlash(base.toString()) + "/data/kpi/" + kpi + "/municipality/" + ids + "/year/" + years
                            + "?per_page=" + s.perPage();
                    int left = s.maxPages() - pages.size();
                    List<KoladaFetcher.Page> fetched = new ArrayList<>();
                    try {
                        fetcher.fetchAll(url, ImportOptions.none(), Math.max(left, 0), deadline, fetched);
                    } catch (ImportFailure e) {
                        throw unreachable(e, s, excerpt(kpi) + ", sida " + (fetched.size() + 1), base.getHost());
                    }
                    fetched.forEach(page -> pages.add(new ImportFile(page.url(), page.body())));
                }
            }
            ImportReport report = imports.runFetched(pages, ImportOptions.none(), dryRun, actor);
            return new Result(report, kpis.size(), units.size(), pages.size());
        } finally {
            running.set(false);
        }
    }

    /** The Kolada ids of the measures kept, each once, in order. */
    private List<String> kpis() {
        Set<String> ids = new TreeSet<>();
        for (Measure m : measures.findAll()) {
            if (m.koladaId() != null && KPI.matcher(m.koladaId().strip()).matches()) {
                ids.add(m.koladaId().strip());
            }
        }
        return List.copyOf(ids);
    }

    /** The Kolada ids of the units Kolada has figures for: four digits (0018 the region, 1880 Örebro, 0000 riket). */
    private List<String> units() {
        Set<String> ids = new TreeSet<>();
        for (Unit u : organisation.units()) {
            if (u.koladaId() != null && u.koladaId().strip().matches("\\d{4}")) {
                ids.add(u.koladaId().strip());
            }
        }
        return List.copyOf(ids);
    }

    /** The years asked for: from the first year to this one, at most as many as one list may hold. */
    static String years(int firstYear) {
        int now = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
        int from = Math.max(firstYear, now - IDS_PER_REQUEST + 1);
        List<String> years = new ArrayList<>();
        for (int y = from; y <= now; y++) {
            years.add(Integer.toString(y));
        }
        return String.join(",", years);
    }

    private static URI base(String baseUrl) {
        try {
            URI uri = new URI(baseUrl.strip());
            if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
                throw new ImportFailure("followup.kolada.error.baseUrl", baseUrl);
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            throw new ImportFailure("followup.kolada.error.baseUrl", baseUrl);
        }
    }

    /** A list of KPIs as a message names it: the first few, then how many more. */
    private static String excerpt(String kpis) {
        String[] ids = kpis.split(",");
        return ids.length <= 3 ? String.join(", ", ids) : String.join(", ", List.of(ids).subList(0, 3)) + " och " + (ids.length - 3) + " till";
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    /** A failed fetch said as the refresh's failure: Kolada could not be reached (or answered wrongly), nothing changed. */
    private static ImportFailure unreachable(ImportFailure e, Settings s, String where, String host) {
        Object[] a = e.arguments();
        return switch (e.messageKey()) {
            case "followup.import.error.url.io" -> new ImportFailure("followup.kolada.error.unreachable", where, host, a[1]);
            case "followup.import.error.url.status" -> new ImportFailure("followup.kolada.error.status", where, host, a[1]);
            case "followup.import.error.url.timeLimit" -> new ImportFailure("followup.kolada.error.timeLimit", where, host,
                    s.timeLimit().toSeconds());
            case "followup.import.error.url.tooManyPages" -> new ImportFailure("followup.kolada.error.tooManyPages", where, host,
                    s.maxPages());
            case "followup.import.error.url.pageTooLarge" -> new ImportFailure("followup.kolada.error.pageTooLarge", where, host, a[1]);
            default -> e; // a malformed page: its own sentence names the place
        };
    }
}
