package se.rodtrad.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Permission;
import se.rodtrad.organisation.Unit;
import se.rodtrad.shared.db.ChangeCounters;

/**
 * Full-text search in the plans' items — goals, indicators, assignments, strategies, perspectives — with the Swedish
 * configuration over each item's words kept in {@code plan_item_search} (planning/V7, with the item's place: V8), one partition and GIN index per plan year (V9), ranked by {@code ts_rank}. What a reader may see follows
 * {@link PublicVisibility}: a draft is found only by someone who may read internal documents, and never by the public
 * search, whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class PlanTextSearch {

    /** Marks the start and end of a matching word in a snippet: characters no plan text holds. */
    public static final String START = "\u0002";
    public static final String STOP = "\u0003";

    /**
     * At most this many matching items are ranked: a word of every twelfth goal in the country (bench/, nationwide) would
     * otherwise rank a hundred thousand rows for one request (bench/: at 2 000 the ranking alone took 60 ms). The
     * candidates are the newest matches (by plan year); a query that has more shows the best of them and the page asks for
     * more words or a filter, a year to look further back.
     */
    static final int CANDIDATES = 500;


    private final JdbcClient jdbc;
    private final PlanRepository planRepository;
    private final AccessPolicy access;
    private final ChangeCounters counters;

    PlanTextSearch(JdbcClient jdbc, PlanRepository planRepository, AccessPolicy access, ChangeCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
        this.planRepository = planRepository;
        this.access = access;
    }

    /**
     * The best {@code limit} items matching the query (PostgreSQL's web search syntax: words, "a phrase", -not), of
     * one type, body and plan year when given; {@code publicOnly} limits to decided plans whoever asks.
     */
    public List<PlanTextHit> search(String query, ItemType type, UUID bodyId, Integer year, boolean publicOnly, int limit) {
        boolean internal = !publicOnly && access.allows(Permission.READ_INTERNAL, null);
        // the index finds the candidates, ts_rank orders them, the snippet and the plan only for the few that are shown
        // only the filters given are written into the statement: PostgreSQL keeps one plan per statement text after five
        // runs, and a plan made for "(:body is null or body = :body)" cannot know which is the case — it started from the
        // plans and took four times as long (bench/, api.search)
        String filters = (type == null ? "" : " and s.type = :type") + (bodyId == null ? "" : " and s.body_id = :body")
                + (internal ? "" : " and s.decided");
        // the candidates are taken year by year, newest first, each year from its own partition and GIN index (planning/V9),
        // until there are enough: a common word costs the bitmap of one year, not of every year. They are filtered and ranked
        // in plan_item_search alone (V8 keeps each item's plan, type, position, year and body beside its words, V11 whether
        // its plan is decided: the public's search asks the GIN index of decided items alone, and one by body the body's
        // items); the shown are read from plan_item and plan
        var statement = jdbc.sql("""
                with q as (select websearch_to_tsquery('swedish', :q) as q),
                candidates as materialized (
                    select c.* from unnest(cast(:years as int[])) as y(year) cross join q
                    cross join lateral (
                        select s.item_id, s.plan_id, s.year, s.position, ts_rank(s.words, q.q) as rank
                        from plan_item_search s
                        where s.year = y.year and s.words @@ q.q""" + filters + """

                        limit :candidates) c
                    limit :candidates),
                best as (select * from candidates order by rank desc, year desc, position limit :limit)
                select b.item_id, i.type as item_type, i.kind as item_kind, i.number as item_number, i.text as item_text, b.rank,
                       """ + PlanRepository.COLUMNS + """
                ,      ts_headline('swedish', concat_ws(' ', i.text, i.note), q.q,
                                   'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", StartSel=' || chr(2) || ', StopSel=' || chr(3)) as snippet
                from best b join plan_item i on i.id = b.item_id join plan p on p.id = b.plan_id, q
                order by b.rank desc, b.year desc, b.position""")
                .param("q", query).param("limit", limit).param("candidates", CANDIDATES)
                .param("years", years(year).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")));
        if (type != null) {
            statement = statement.param("type", type.name());
        }
        if (bodyId != null) {
            statement = statement.param("body", bodyId);
        }
        // each hit with its plan, read in the same statement (PublicVisibility for the public search)
        Map<UUID, Unit> units = planRepository.units();
        List<PlanTextHit> hits = new ArrayList<>();
        statement.query(rs -> {
            PlanSummary plan = planRepository.summary(rs, units);
            if (internal || PublicVisibility.shows(plan)) {
                String kind = rs.getString("item_kind");
                String number = rs.getString("item_number");
                hits.add(new PlanTextHit(plan, rs.getObject("item_id", UUID.class), ItemType.valueOf(rs.getString("item_type")),
                        ((kind == null ? "" : kind) + " " + (number == null ? "" : number)).strip(), rs.getString("item_text"),
                        rs.getString("snippet"), rs.getDouble("rank")));
            }
        });
        return hits;
    }

    /**
     * The years whose partition a search asks, newest first: the given year alone, or every year that has one. Kept while
     * the planning counter stays (a new year's partition comes with its first plan); read as they are inside a read-write
     * transaction, which may have made one.
     */
    private List<Integer> years(Integer year) {
        List<Integer> all;
        if (ChangeCounters.inReadWriteTransaction()) {
            all = readYears();
        } else {
            String stamp = counters.stamp("planning");
            KeptYears k = keptYears;
            if (k == null || !k.stamp().equals(stamp)) {
                k = new KeptYears(stamp, readYears());
                keptYears = k;
            }
            all = k.years();
        }
        return year == null ? all : all.stream().filter(year::equals).toList();
    }

    private List<Integer> readYears() {
        return List.of(jdbc.sql("select plan_item_search_years()").query(rs -> {
            rs.next();
            return (Integer[]) rs.getArray(1).getArray();
        }));
    }

    private record KeptYears(String stamp, List<Integer> years) {
    }

    private volatile KeptYears keptYears;

    /**
     * The words of every plan's items (letters only, 4–40 of them, lower case), for suggesting a spelling when a
     * search finds nothing; the public's list only from decided plans.
     */
    public List<String> words(boolean publicOnly, int limit) {
        return jdbc.sql("""
                select word from ts_stat('select to_tsvector(''simple'', i.text) from plan_item i join plan pl on pl.id = i.plan_id'
                                         || case when :public then ' where pl.status = ''DECIDED''' else '' end)
                where word ~ '^[[:alpha:]]{4,40}$' order by ndoc desc limit :limit""")
                .param("public", publicOnly).param("limit", limit).query(String.class).list();
    }
}
