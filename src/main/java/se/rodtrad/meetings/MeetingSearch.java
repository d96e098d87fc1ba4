package se.rodtrad.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.shared.domain.Texts;

/**
 * Finds cases, agenda items and decisions by number, title and text: PostgreSQL full-text search with the Swedish
 * configuration (stemming "beslutar" and "beslut" alike) over GIN indexes, and the case number by its beginning
 * ("19RS96" finds 19RS9687). The public search sees only what is public: cases that are not confidential, items of
 * published agendas, decisions of adjusted minutes.
 */
@Service
@Transactional(readOnly = true)
public class MeetingSearch {

    static final int LIMIT = 50;

    private final JdbcClient jdbc;

    private final se.rodtrad.organisation.Organisation organisation;

    MeetingSearch(JdbcClient jdbc, se.rodtrad.organisation.Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** The body's code as the organisation module names it (null for a case of no body). */
    private String bodyCode(UUID bodyId) {
        if (bodyId == null) {
            return null;
        }
        var unit = organisation.unitsById().get(bodyId);
        return unit != null ? unit.code() : organisation.unit(bodyId).code();
    }

    /** The internal search (signed-in readers): every case, item and decision; a confidential case by number only. */
    public List<MeetingSearchHit> search(String query) {
        return withSnippets(query, find(query, false));
    }

    /** The public search: only what the portal shows. */
    public List<MeetingSearchHit> publicSearch(String query) {
        return withSnippets(query, find(query, true));
    }

    /**
     * A hit as found, before its snippet is cut, with the case, agenda item or decision it is ({@code id}): a search over
     * more than the meetings shows some of its hits and cuts their snippets alone ({@link #withSnippets}) — an item's
     * snippet is its proposed clauses' ts_headline, the most costly part of finding it.
     */
    public record Found(MeetingSearchHit hit, UUID id) {
    }

    /**
     * The cases, items and decisions matching the query, without their snippets, in one statement: the cases by rank,
     * then the items by rank, then the decisions, newest first, at most {@value #LIMIT} of each;
     * {@code publicOnly}: only what the portal shows.
     */
    public List<Found> find(String query, boolean publicOnly) {
        String q = Texts.trimToNull(query);
        if (q == null || q.length() > 200) {
            return List.of();
        }
        String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("""
                with q as (select websearch_to_tsquery('swedish', :q) as q)
                (select 1 as part, row_number() over (order by ts_rank(c.search, q.q) desc, c.year desc, c.number desc) as ord,
                        c.id, null::uuid as meeting_id, 0 as number, c.title, c.case_number, c.confidential, c.body_id, c.year, 0 as position
                 from diary_case c, q
                 where (c.case_number ilike :prefix or c.search @@ q.q) and c.status <> 'VOIDED'
                   and (not :public or not c.confidential or c.case_number ilike :q)
                 order by ord limit :limit)
                union all
                (select 2, row_number() over (order by ts_rank(i.search, q.q) desc, m.meeting_date desc) as ord,
                        i.id, i.meeting_id, i.position, i.title, c.case_number, false, m.body_id, extract(year from m.meeting_date)::int, i.position
                 from agenda_item i join meeting m on m.id = i.meeting_id left join diary_case c on c.id = i.case_id, q
                 where (i.search @@ q.q or c.case_number ilike :prefix)
                   and not coalesce(c.confidential, false)
                   and (not :public or m.agenda_published_at is not null or m.adjusted_at is not null)
                 order by ord limit :limit)
                union all
                (select 3, row_number() over (order by d.year desc, d.paragraph desc) as ord,
                        d.id, d.meeting_id, d.paragraph, i.title, null, false, d.body_id, d.year, i.position
                 from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = d.meeting_id
                      left join diary_case c on c.id = i.case_id, q
                 where (d.search @@ q.q or i.search @@ q.q or c.case_number ilike :prefix)
                   and not coalesce(c.confidential, false)
                   and (not :public or m.adjusted_at is not null)
                 order by ord limit :limit)
                order by part, ord""")
                .param("q", q).param("prefix", prefix).param("public", publicOnly).param("limit", LIMIT)
                .query((rs, i) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String body = bodyCode(rs.getObject("body_id", UUID.class));
                    int year = rs.getInt("year");
                    String where = publicOnly ? "/portal/sammantraden/" : "/sammantraden/";
                    return switch (rs.getInt("part")) {
                        case 1 -> {
                            boolean confidential = rs.getBoolean("confidential");
                            String number = rs.getString("case_number");
                            String title = confidential ? number + " – sekretess" : number + " " + rs.getString("title");
                            String url = publicOnly ? "/portal/diarium?q=" + number : "/diarium/" + number;
                            yield new Found(new MeetingSearchHit("CASE", title, url, null, body, year), confidential ? null : id);
                        }
                        case 2 -> {
                            String caseNumber = rs.getString("case_number");
                            yield new Found(new MeetingSearchHit("ITEM", rs.getInt("number") + ". " + rs.getString("title")
                                    + (caseNumber == null ? "" : " (" + caseNumber + ")"),
                                    where + rs.getObject("meeting_id") + "#punkt-" + rs.getInt("position"), null, body, year), id);
                        }
                        default -> new Found(new MeetingSearchHit("DECISION", "§ " + rs.getInt("number") + " " + rs.getString("title"),
                                where + rs.getObject("meeting_id") + "#punkt-" + rs.getInt("position"), null, body, year), id);
                    };
                }).list();
    }

    /**
     * The hits with their snippets, in one statement: the matching words of a case's title, an item's title, proposed
     * clauses and summary, a decision's clauses; a confidential case has none.
     */
    public List<MeetingSearchHit> withSnippets(String query, List<Found> found) {
        UUID[] ids = found.stream().map(Found::id).filter(java.util.Objects::nonNull).toArray(UUID[]::new);
        java.util.Map<UUID, String> snippets = new java.util.HashMap<>();
        if (ids.length > 0) {
            jdbc.sql("""
                    with q as (select websearch_to_tsquery('swedish', :q) as q)
                    select c.id, ts_headline('swedish', c.title, q.q, 'MaxFragments=1, MaxWords=25, MinWords=8, StartSel=«, StopSel=»')
                    from diary_case c, q where c.id = any (:ids)
                    union all
                    select i.id, ts_headline('swedish', concat_ws(' – ', i.title, array_to_string(i.proposed_clauses, ' '), i.summary), q.q,
                                             'MaxFragments=1, MaxWords=30, MinWords=10, StartSel=«, StopSel=»')
                    from agenda_item i, q where i.id = any (:ids)
                    union all
                    select d.id, ts_headline('swedish', array_to_string(d.clauses, ' '), q.q, 'MaxFragments=1, MaxWords=30, MinWords=10, StartSel=«, StopSel=»')
                    from decision d, q where d.id = any (:ids)""")
                    .param("q", Texts.trimToNull(query))
                    .param("ids", ids)
                    .query(rs -> {
                        snippets.put(rs.getObject(1, UUID.class), rs.getString(2));
                    });
        }
        return found.stream().map(f -> {
            MeetingSearchHit h = f.hit();
            return new MeetingSearchHit(h.kind(), h.title(), h.url(), f.id() == null ? null : snippets.get(f.id()), h.bodyCode(), h.year());
        }).toList();
    }
}
