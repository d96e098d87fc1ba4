package se.rodtrad.search;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.rodtrad.documents.PlanTextHit;
import se.rodtrad.documents.PlanTexts;
import se.rodtrad.followup.reports.ReportSearch;
import se.rodtrad.grants.GrantSearch;
import se.rodtrad.grants.GrantSearchHit;
import se.rodtrad.meetings.MeetingSearch;
import se.rodtrad.meetings.MeetingSearchHit;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.planning.ItemType;
import se.rodtrad.planning.PlanTextSearch;
import se.rodtrad.shared.db.ChangeCounters;
import se.rodtrad.shared.domain.ServiceBusyException;
import se.rodtrad.shared.domain.Texts;
import se.rodtrad.shared.domain.ValidationException;

/**
 * One search over everything a person may read. Each module searches its own texts and keeps its own rule of what the
 * public sees (planning's {@code PublicVisibility}, adjusted minutes and non-confidential cases in meetings, the grants
 * the portal's register shows); the internal search is for signed-in readers, the public search sees only what the
 * portal shows, whoever asks. Hits are merged by rank: each module's best first (its {@code ts_rank} relative to its
 * best hit), then the newer year.
 *
 * <p>No request may exhaust the server: the query is at most {@value #MAX_QUERY} characters, each module returns at most
 * {@value #SOURCE_LIMIT} hits, the answer at most {@value #MAX_HITS}, the statements of one search stop after
 * {@value #TIMEOUT_MS} ms (the person is asked to narrow the search), and at most as many searches ask the database at
 * once as the machine has cores: a few others wait their turn, at most {@value #WAIT_MS} ms, and the rest are told
 * "försök igen om en stund" (503) at once.
 */
@Service
public class Search {

    public static final int MAX_QUERY = 200;
    public static final int MAX_HITS = 50;
    static final int SOURCE_LIMIT = 50;
    static final int TIMEOUT_MS = 3000;
    /** How long a search waits for its turn to ask the database before it is told to try again. */
    static final int WAIT_MS = 3000;

    /**
     * The searches that ask the database at once: as many as the machine has cores (at least two), the others wait their
     * turn in order. A search is work for the processor; ten at once on two cores each took five times as long, and the
     * slowest far longer than that (bench/, api.search.new), while the pages waited behind them.
     */
    final Semaphore asking;
    /** The searches that may wait for a place at once ({@value #WAITING} beside those asking); the rest get 503 at once. */
    final Semaphore waiting;
    static final int WAITING = 16;
    private final TransactionTemplate readOnly;

    private final PlanTextSearch planItems;
    private final PlanTexts planTexts;
    private final MeetingSearch meetings;
    private final GrantSearch grants;
    private final ReportSearch reports;
    private final Organisation organisation;
    private final AccessPolicy access;
    private final SearchWords words;
    private final JdbcClient jdbc;
    private final ChangeCounters counters;

    Search(PlanTextSearch planItems, PlanTexts planTexts, MeetingSearch meetings, GrantSearch grants, ReportSearch reports,
            Organisation organisation, AccessPolicy access, SearchWords words, JdbcClient jdbc, ChangeCounters counters,
            PlatformTransactionManager transactions, @Value("${rodtrad.search.concurrent:0}") int concurrent) {
        int places = concurrent > 0 ? concurrent : Math.max(2, Runtime.getRuntime().availableProcessors());
        this.asking = new Semaphore(places, true);
        this.waiting = new Semaphore(places + WAITING);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.counters = counters;
        this.reports = reports;
        this.planItems = planItems;
        this.planTexts = planTexts;
        this.meetings = meetings;
        this.grants = grants;
        this.organisation = organisation;
        this.access = access;
        this.words = words;
        this.jdbc = jdbc;
    }

    /** The search of signed-in readers: everything they may read, drafts included. */
    public SearchResult search(SearchQuery query) {
        access.require(Permission.READ_INTERNAL, null);
        return run(query, false);
    }

    /** The portal's search: only what the public sees. */
    public SearchResult publicSearch(SearchQuery query) {
        return run(query, true);
    }

    /**
     * The answers of the latest searches, each kept with the stamp of everything a search reads: a word many people
     * search (the portal's "kollektivtrafik") is answered from memory while nothing searched has changed — as a search
     * engine's request cache is, dropped when its index changes. Kept per reader (a signed-in person's answer follows
     * their permissions; the public's is everyone's), at most {@value #KEPT_ANSWERS} answers and a minute each, so a
     * rule of what is shown that follows the date is at most a minute late.
     */
    private final Map<Asked, Answer> answers = se.rodtrad.shared.domain.Lru.map(KEPT_ANSWERS);

    static final int KEPT_ANSWERS = 256;
    private static final long KEEP_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
    /** What a search reads: plan items and plans, the documents' prose, cases and decisions, grants, reports, units, accounts. */
    private static final String[] SEARCHED = {"planning", "documents", "meetings", "grants", "followup", "organisation", "accounts", "search"};

    /** A search as asked: by whom (null for the public), what and with which filters. */
    private record Asked(String reader, String q, Filter filter) {
    }

    private record Answer(String stamp, long at, SearchResult result) {
    }

    private record Filter(SearchKind kind, Unit body, Integer year) {

        boolean any() {
            return kind != null || body != null || year != null;
        }

        boolean takes(SearchKind k, String bodyCode, int y) {
            return (kind == null || kind == k) && (body == null || body.code().equals(bodyCode)) && (year == null || year == y);
        }
    }

    private SearchResult run(SearchQuery query, boolean publicOnly) {
        String q = Texts.trimToNull(query.q());
        Filter filter = filter(query);
        if (q == null) {
            return SearchResult.empty(null);
        }
        if (q.length() > MAX_QUERY) {
            throw ValidationException.of("q", "search.error.tooLong", MAX_QUERY);
        }
        // the stamp is read before anything searched: a change committed in between moves it, and the next search looks again
        String stamp = counters.stamp(SEARCHED);
        Asked asked = new Asked(publicOnly ? null : access.currentUser().username(), q, filter);
        Answer answer = answers.get(asked);
        if (answer != null && answer.stamp().equals(stamp) && System.nanoTime() - answer.at() < KEEP_NANOS) {
            return answer.result();
        }
        // a place among the searches that ask the database, in turn, before a connection is taken; a waiting search holds
        // a request thread, so only a few may wait and the rest are told at once
        if (!waiting.tryAcquire()) {
            throw new ServiceBusyException(5, "search.error.busy");
        }
        try {
            if (!asking.tryAcquire(WAIT_MS, TimeUnit.MILLISECONDS)) {
                throw new ServiceBusyException(5, "search.error.busy");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException(5, "search.error.busy");
        } finally {
            waiting.release();
        }
        try {
            SearchResult result = readOnly.execute(status -> {
                // one round trip for both settings, which end with the transaction: the time limit, and the plans each
                // connection made of the search's statements kept and reused — PostgreSQL chose to plan the plan items'
                // and the grants' statements anew for every question, 1.2 ms of its 3.9 ms a search (pg_stat_statements,
                // bench/ at SCALE=0.25), for plans no better than the kept one: the words, which decide how much a
                // statement reads, are known only when it runs (websearch_to_tsquery in a CTE)
                jdbc.sql("select set_config('statement_timeout', :timeout, true), set_config('plan_cache_mode', 'force_generic_plan', true)")
                        .param("timeout", String.valueOf(TIMEOUT_MS)).query((java.sql.ResultSet rs) -> {
                        });
                List<SearchHit> hits = collect(q, filter, publicOnly);
                if (!hits.isEmpty()) {
                    return new SearchResult(q, List.copyOf(hits.subList(0, Math.min(MAX_HITS, hits.size()))), hits.size() > MAX_HITS, null, false);
                }
                boolean wider = filter.any() && !collect(q, new Filter(null, null, null), publicOnly).isEmpty();
                return new SearchResult(q, List.of(), false, wider ? null : words.suggest(q, publicOnly), wider);
            });
            answers.put(asked, new Answer(stamp, System.nanoTime(), result));
            return result;
        } catch (DataAccessException e) {
            if (e.getMostSpecificCause() instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                // query_canceled: the statement timeout stopped a search that would have taken too long
                throw new ServiceBusyException(5, "search.error.timeout");
            }
            throw e;
        } finally {
            asking.release();
        }
    }

    private Filter filter(SearchQuery query) {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        SearchKind kind = null;
        String k = Texts.trimToNull(query.kind());
        if (k != null) {
            try {
                kind = SearchKind.valueOf(k.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new ValidationException.FieldError("kind", "search.error.kind"));
            }
        }
        Unit body = null;
        String b = Texts.trimToNull(query.body());
        if (b != null) {
            body = b.length() > 40 ? null : organisation.unitByCode(b).orElse(null);
            if (body == null) {
                errors.add(new ValidationException.FieldError("body", "search.error.body"));
            }
        }
        Integer year = null;
        String y = Texts.trimToNull(query.year());
        if (y != null) {
            if (y.matches("\\d{4}") && Integer.parseInt(y) >= 1900 && Integer.parseInt(y) <= 2200) {
                year = Integer.parseInt(y);
            } else {
                errors.add(new ValidationException.FieldError("year", "search.error.year"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Filter(kind, body, year);
    }

    private List<SearchHit> collect(String q, Filter f, boolean publicOnly) {
        UUID bodyId = f.body() == null ? null : f.body().id();
        List<List<SearchHit>> sources = new ArrayList<>();
        if (f.kind() == null || f.kind() == SearchKind.GOAL || f.kind() == SearchKind.INDICATOR || f.kind() == SearchKind.ASSIGNMENT
                || f.kind() == SearchKind.PLAN_ITEM) {
            ItemType type = switch (f.kind() == null ? SearchKind.PLAN_ITEM : f.kind()) {
                case GOAL -> ItemType.GOAL;
                case INDICATOR -> ItemType.INDICATOR;
                case ASSIGNMENT -> ItemType.ASSIGNMENT;
                default -> null;
            };
            sources.add(relative(planItems.search(q, type, bodyId, f.year(), publicOnly, SOURCE_LIMIT).stream()
                    .map(h -> new SearchHit(kindOf(h.type()), (h.label().isEmpty() ? "" : h.label() + ": ") + shorten(h.text()),
                            publicOnly ? "/portal/planer/" + h.plan().id() : "/planer/punkter/" + h.itemId(), Snippets.parts(h.snippet()),
                            h.plan().bodyCode(), h.plan().year(), h.rank(), h.plan().title()))
                    .filter(h -> f.takes(h.kind(), h.body(), h.year())).toList(), SearchHit::rank));
        }
        // the prose's and the meetings' hits get their snippets only if they are among those shown (below): cutting one
        // costs a ts_headline of a passage or of an item's proposed clauses, and a search shows 50 of all its sources' hits
        Map<SearchHit, PlanTextHit> prose = new java.util.IdentityHashMap<>();
        Map<SearchHit, MeetingSearch.Found> meetingOf = new java.util.IdentityHashMap<>();
        if (f.kind() == null || f.kind() == SearchKind.PLAN_TEXT) {
            List<PlanTextHit> texts = planTexts.search(q, bodyId, f.year(), publicOnly, SOURCE_LIMIT);
            List<SearchHit> hits = relative(texts.stream()
                    .map(h -> new SearchHit(SearchKind.PLAN_TEXT, h.plan().title() + " – " + h.numberedHeading(),
                            (publicOnly ? "/portal/planer/" : "/dokument/planer/") + h.plan().id() + ".pdf", List.of(),
                            h.plan().bodyCode(), h.plan().year(), h.rank()))
                    .toList(), SearchHit::rank);
            for (int i = 0; i < hits.size(); i++) {
                prose.put(hits.get(i), texts.get(i));
            }
            sources.add(hits);
        }
        if (f.kind() == null || f.kind() == SearchKind.CASE || f.kind() == SearchKind.AGENDA_ITEM || f.kind() == SearchKind.DECISION) {
            // without their snippets, as the prose's: cut below for those shown
            List<MeetingSearch.Found> found = meetings.find(q, publicOnly);
            List<SearchHit> hits = new ArrayList<>();
            Map<SearchHit, MeetingSearch.Found> foundOf = new java.util.IdentityHashMap<>();
            for (MeetingSearch.Found m : found) {
                MeetingSearchHit h = m.hit();
                SearchKind kind = switch (h.kind()) {
                    case "CASE" -> SearchKind.CASE;
                    case "ITEM" -> SearchKind.AGENDA_ITEM;
                    default -> SearchKind.DECISION;
                };
                if (f.takes(kind, h.bodyCode(), h.year())) {
                    SearchHit hit = new SearchHit(kind, h.title(), h.url(), List.of(), h.bodyCode(), h.year(), 0);
                    hits.add(hit);
                    foundOf.put(hit, m);
                }
            }
            // the meetings' search orders each kind by its own rank but does not give it: the first of each kind first,
            // and before everything the case whose number is the query ("19RS9687" is that case, not a text about it)
            List<SearchHit> ranked = new ArrayList<>();
            String number = q.toUpperCase(java.util.Locale.ROOT) + " ";
            for (SearchKind kind : List.of(SearchKind.CASE, SearchKind.AGENDA_ITEM, SearchKind.DECISION)) {
                List<SearchHit> ofKind = hits.stream().filter(h -> h.kind() == kind).toList();
                for (int i = 0; i < ofKind.size(); i++) {
                    SearchHit h = ofKind.get(i);
                    double rank = kind == SearchKind.CASE && h.title().toUpperCase(java.util.Locale.ROOT).startsWith(number) ? 2.0 : 1.0 / (1 + i);
                    SearchHit hit = new SearchHit(h.kind(), h.title(), h.url(), h.parts(), h.body(), h.year(), rank);
                    ranked.add(hit);
                    meetingOf.put(hit, foundOf.get(h));
                }
            }
            sources.add(ranked);
        }
        if (f.kind() == null || f.kind() == SearchKind.GRANT) {
            List<GrantSearchHit> found = grants.search(q, bodyId, f.year(), publicOnly, SOURCE_LIMIT);
            sources.add(relative(found.stream()
                    .map(h -> new SearchHit(SearchKind.GRANT, h.title(), publicOnly ? "/portal/bidrag" : "/bidrag/beslut/" + h.decisionId(),
                            Snippets.parts(h.snippet()), h.bodyCode(), h.year(), h.rank()))
                    .toList(), SearchHit::rank));
        }
        if (f.kind() == null || f.kind() == SearchKind.REPORT) {
            // the follow-up reports' own rule: drafts are internal, a submitted report is public (its portal page)
            sources.add(relative(reports.search(q, bodyId, f.year(), publicOnly, SOURCE_LIMIT).stream()
                    .map(h -> new SearchHit(SearchKind.REPORT, reportTitle(h),
                            (publicOnly ? "/portal/rapporter/" : "/uppfoljning/rapporter/") + h.reportId(), Snippets.parts(h.snippet()),
                            h.bodyCode(), h.year(), h.rank()))
                    .toList(), SearchHit::rank));
        }
        List<SearchHit> all = new ArrayList<>();
        sources.forEach(all::addAll);
        all.sort(Comparator.comparingDouble(SearchHit::rank).reversed().thenComparing(Comparator.comparingInt(SearchHit::year).reversed()));
        List<SearchHit> shown = all.subList(0, Math.min(MAX_HITS, all.size()));
        Map<SearchHit, List<SearchHit.Part>> parts = new java.util.IdentityHashMap<>();
        List<SearchHit> shownProse = shown.stream().filter(prose::containsKey).toList();
        if (!shownProse.isEmpty()) {
            List<PlanTextHit> cut = planTexts.withSnippets(q, shownProse.stream().map(prose::get).toList());
            for (int i = 0; i < shownProse.size(); i++) {
                parts.put(shownProse.get(i), Snippets.parts(cut.get(i).snippet()));
            }
        }
        List<SearchHit> shownMeetings = shown.stream().filter(meetingOf::containsKey).toList();
        if (!shownMeetings.isEmpty()) {
            List<MeetingSearchHit> cut = meetings.withSnippets(q, shownMeetings.stream().map(meetingOf::get).toList());
            for (int i = 0; i < shownMeetings.size(); i++) {
                parts.put(shownMeetings.get(i), Snippets.parts(cut.get(i).snippet()));
            }
        }
        all.replaceAll(h -> parts.containsKey(h) ? h.withParts(parts.get(h)) : h);
        return all;
    }

    /** A source's hits with their rank relative to its best (1.0), so that sources with different scales interleave. */
    private static List<SearchHit> relative(List<SearchHit> hits, ToDoubleFunction<SearchHit> rank) {
        double best = hits.stream().mapToDouble(rank).max().orElse(0);
        if (best <= 0) {
            return hits;
        }
        return hits.stream().map(h -> h.withRank(h.rank() / best)).toList();
    }

    private static SearchKind kindOf(ItemType type) {
        return switch (type) {
            case GOAL -> SearchKind.GOAL;
            case INDICATOR -> SearchKind.INDICATOR;
            case ASSIGNMENT -> SearchKind.ASSIGNMENT;
            default -> SearchKind.PLAN_ITEM;
        };
    }

    private static String reportTitle(ReportSearch.Hit h) {
        String occasion = switch (h.occasion()) {
            case DELARSRAPPORT_1 -> "Delårsrapport 1";
            case DELARSRAPPORT_2 -> "Delårsrapport 2";
            case VERKSAMHETSBERATTELSE -> "Verksamhetsberättelse";
        };
        return occasion + " – " + h.bodyName() + " " + h.year() + (h.goal() == null ? "" : ": " + shorten(h.goal()));
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 199).strip() + "…";
    }
}
