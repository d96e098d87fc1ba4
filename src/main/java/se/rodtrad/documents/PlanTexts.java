package se.rodtrad.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.Yaml;
import se.rodtrad.planning.PlanSummary;
import se.rodtrad.planning.Plans;
import se.rodtrad.planning.PublicVisibility;

/**
 * The plan documents' prose as search reads it: each transcribed section's headings, paragraphs and bullets in one
 * text (table {@code plan_text_section}), written at start from the files the documents are printed from and searched
 * with PostgreSQL's Swedish full-text search. A section is found as its plan is: by the public once the plan is decided
 * ({@link PublicVisibility}), by internal readers always.
 */
@Service
@Order(25)
public class PlanTexts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PlanTexts.class);

    private final JdbcClient jdbc;
    private final Plans plans;
    private final org.springframework.transaction.support.TransactionTemplate tx;

    PlanTexts(JdbcClient jdbc, Plans plans, org.springframework.transaction.support.TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.tx = tx;
    }

    record SectionText(String number, String heading, String text) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:demo/documents/*.yaml")) {
            String key = file.getFilename().replaceFirst("\\.yaml$", "");
            List<SectionText> sections = sections(file);
            tx.executeWithoutResult(status -> {
                List<SectionText> stored = jdbc.sql("select number, heading, text from plan_text_section where plan_key = ? order by position")
                        .param(key).query(SectionText.class).list();
                if (!stored.equals(sections)) {
                    jdbc.sql("delete from plan_text_section where plan_key = ?").param(key).update();
                    for (int i = 0; i < sections.size(); i++) {
                        SectionText s = sections.get(i);
                        jdbc.sql("insert into plan_text_section (plan_key, position, number, heading, text) values (?, ?, ?, ?, ?)")
                                .params(key, i, s.number(), s.heading(), s.text()).update();
                    }
                    log.info("Plantext för sökning: {} ({} avsnitt)", key, sections.size());
                }
            });
        }
    }

    /** A file's sections, each with its blocks' words in document order (steering items are searched in the plan). */
    @SuppressWarnings("unchecked")
    static List<SectionText> sections(Resource file) throws IOException {
        Map<String, Object> prose;
        try (InputStream in = file.getInputStream()) {
            prose = new Yaml().load(in);
        }
        List<SectionText> result = new ArrayList<>();
        for (Map<String, Object> s : (List<Map<String, Object>>) prose.getOrDefault("sections", List.of())) {
            List<String> parts = new ArrayList<>();
            for (Object o : (List<Object>) s.getOrDefault("blocks", List.of())) {
                if (o instanceof Map<?, ?> b) {
                    for (String k : List.of("p", "h", "h2")) {
                        if (b.get(k) != null) {
                            parts.add(String.valueOf(b.get(k)));
                        }
                    }
                    if (b.get("bullets") instanceof List<?> bullets) {
                        bullets.forEach(x -> parts.add(String.valueOf(x)));
                    }
                }
            }
            for (String k : List.of("paragraphs", "bullets")) {
                if (s.get(k) instanceof List<?> list) {
                    list.forEach(x -> parts.add(String.valueOf(x)));
                }
            }
            Object number = s.get("number");
            result.add(new SectionText(number == null ? null : String.valueOf(number), String.valueOf(s.get("heading")), String.join("\n", parts)));
        }
        return result;
    }

    /**
     * The best sections matching the query (PostgreSQL's web search syntax), of one body and plan year when given;
     * {@code publicOnly}: of decided plans only, whoever asks. Without their snippets: {@link #withSnippets} cuts them for
     * the hits that are shown (a search shows 50 of all its sources' hits; a snippet costs a passage's ts_headline).
     */
    @Transactional(readOnly = true)
    public List<PlanTextHit> search(String query, UUID bodyId, Integer year, boolean publicOnly, int limit) {
        record Row(String planKey, int position, String number, String heading, double rank) {
        }
        List<Row> rows = jdbc.sql("""
                with q as (select websearch_to_tsquery('swedish', :q) as q)
                select s.plan_key, s.position, s.number, s.heading, ts_rank(s.words, q.q) as rank
                from plan_text_section s, q
                where s.words @@ q.q
                order by rank desc, s.plan_key, s.position
                limit 500""")
                .param("q", query)
                .query((rs, i) -> new Row(rs.getString("plan_key"), rs.getInt("position"), rs.getString("number"), rs.getString("heading"),
                        rs.getDouble("rank")))
                .list();
        // the plans of the hits in one query, each as the reader may see it (Plans applies PublicVisibility)
        Map<String, PlanSummary> planOf = plans.findByKeys(rows.stream().map(Row::planKey).collect(java.util.stream.Collectors.toSet()));
        List<PlanTextHit> found = new ArrayList<>();
        for (Row r : rows) {
            PlanSummary p = planOf.get(r.planKey());
            if (p != null && (!publicOnly || PublicVisibility.shows(p)) && (bodyId == null || p.bodyId().equals(bodyId))
                    && (year == null || p.year() == year) && found.size() < limit) {
                found.add(new PlanTextHit(p, r.position(), r.number(), r.heading(), null, r.rank()));
            }
        }
        return found;
    }

    /**
     * The hits with their snippets, cut from the passage of each section that matches best (ts_headline parses all it is
     * given: a whole section costs a millisecond a hit); a section found by its heading alone (or a phrase across two
     * passages) gets its first passage, unmarked.
     */
    @Transactional(readOnly = true)
    public List<PlanTextHit> withSnippets(String query, List<PlanTextHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        Map<String, String> snippets = new HashMap<>();
        jdbc.sql("""
                with q as (select websearch_to_tsquery('swedish', :q) as q),
                best as (
                    select distinct on (p.plan_key, p.position) p.plan_key, p.position, p.text
                    from plan_text_passage p, q, unnest(:keys, :positions) as k(plan_key, position)
                    where p.plan_key = k.plan_key and p.position = k.position
                    order by p.plan_key, p.position, p.words @@ q.q desc, ts_rank(p.words, q.q) desc, p.part)
                select b.plan_key, b.position,
                       ts_headline('swedish', b.text, q.q,
                                   'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", StartSel=' || chr(2) || ', StopSel=' || chr(3)) as snippet
                from best b, q""")
                .param("q", query)
                .param("keys", hits.stream().map(h -> h.plan().key()).toArray(String[]::new))
                .param("positions", hits.stream().map(PlanTextHit::position).toArray(Integer[]::new))
                .query((rs, i) -> snippets.put(rs.getString("plan_key") + "\u0000" + rs.getInt("position"), rs.getString("snippet")))
                .list();
        return hits.stream()
                .map(h -> new PlanTextHit(h.plan(), h.position(), h.number(), h.heading(),
                        snippets.getOrDefault(h.plan().key() + "\u0000" + h.position(), ""), h.rank()))
                .toList();
    }

    /** The words of the documents' prose, as {@code PlanTextSearch.words}; the public's only from decided plans' text. */
    @Transactional(readOnly = true)
    public List<String> words(boolean publicOnly, int limit) {
        List<String> keys = jdbc.sql("select distinct plan_key from plan_text_section").query(String.class).list().stream()
                .filter(k -> plans.byKey(k).filter(p -> !publicOnly || PublicVisibility.shows(p)).isPresent()).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select w from plan_text_section s, regexp_split_to_table(lower(s.text), '[^[:alpha:]]+') w
                where s.plan_key = any (:keys) and length(w) between 4 and 40
                group by w order by count(*) desc limit :limit""")
                .param("keys", keys.toArray(String[]::new)).param("limit", limit).query(String.class).list();
    }
}
