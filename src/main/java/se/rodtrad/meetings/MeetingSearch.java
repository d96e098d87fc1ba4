package se.rodtrad.meetings;

import java.util.ArrayList;
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
        return search(query, false);
    }

    /** The public search: only what the portal shows. */
    public List<MeetingSearchHit> publicSearch(String query) {
        return search(query, true);
    }

    private List<MeetingSearchHit> search(String query, boolean publicOnly) {
        String q = Texts.trimToNull(query);
        if (q == null || q.length() > 200) {
            return List.of();
        }
        String prefix = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<MeetingSearchHit> hits = new ArrayList<>();
        hits.addAll(jdbc.sql("""
                select c.case_number, c.title, c.confidential, c.body_id, c.year,
                       ts_headline('swedish', c.title, websearch_to_tsquery('swedish', :q), 'MaxFragments=1, MaxWords=25, MinWords=8, StartSel=«, StopSel=»') as snippet
                from diary_case c
                where (c.case_number ilike :prefix or c.search @@ websearch_to_tsquery('swedish', :q)) and c.status <> 'VOIDED'
                  and (not :public or not c.confidential or c.case_number ilike :q)
                order by ts_rank(c.search, websearch_to_tsquery('swedish', :q)) desc, c.year desc, c.number desc limit :limit""")
                .param("q", q).param("prefix", prefix).param("public", publicOnly).param("limit", LIMIT)
                .query((rs, i) -> {
                    boolean confidential = rs.getBoolean(3);
                    String number = rs.getString(1);
                    String title = confidential ? number + " – sekretess" : number + " " + rs.getString(2);
                    String url = publicOnly ? "/portal/diarium?q=" + number : "/diarium/" + number;
                    return new MeetingSearchHit("CASE", title, url, confidential ? null : rs.getString(6), bodyCode(rs.getObject(4, UUID.class)),
                            rs.getInt(5));
                }).list());
        hits.addAll(jdbc.sql("""
                select i.meeting_id, i.position, i.title, c.case_number, m.body_id, m.meeting_date,
                       ts_headline('swedish', concat_ws(' – ', i.title, array_to_string(i.proposed_clauses, ' '), i.summary), websearch_to_tsquery('swedish', :q),
                                   'MaxFragments=1, MaxWords=30, MinWords=10, StartSel=«, StopSel=»') as snippet
                from agenda_item i join meeting m on m.id = i.meeting_id left join diary_case c on c.id = i.case_id
                where (i.search @@ websearch_to_tsquery('swedish', :q) or c.case_number ilike :prefix)
                  and not coalesce(c.confidential, false)
                  and (not :public or m.agenda_published_at is not null or m.adjusted_at is not null)
                order by ts_rank(i.search, websearch_to_tsquery('swedish', :q)) desc, m.meeting_date desc limit :limit""")
                .param("q", q).param("prefix", prefix).param("public", publicOnly).param("limit", LIMIT)
                .query((rs, i) -> new MeetingSearchHit("ITEM", rs.getInt(2) + ". " + rs.getString(3) + (rs.getString(4) == null ? "" : " (" + rs.getString(4) + ")"),
                        (publicOnly ? "/portal/sammantraden/" : "/sammantraden/") + rs.getObject(1) + "#punkt-" + rs.getInt(2), rs.getString(7),
                        bodyCode(rs.getObject(5, UUID.class)), rs.getDate(6).toLocalDate().getYear())).list());
        hits.addAll(jdbc.sql("""
                select d.meeting_id, d.paragraph, i.title, i.position, d.body_id, d.year,
                       ts_headline('swedish', array_to_string(d.clauses, ' '), websearch_to_tsquery('swedish', :q),
                                   'MaxFragments=1, MaxWords=30, MinWords=10, StartSel=«, StopSel=»') as snippet
                from decision d join agenda_item i on i.id = d.item_id join meeting m on m.id = d.meeting_id
                     left join diary_case c on c.id = i.case_id
                where (d.search @@ websearch_to_tsquery('swedish', :q) or i.search @@ websearch_to_tsquery('swedish', :q) or c.case_number ilike :prefix)
                  and not coalesce(c.confidential, false)
                  and (not :public or m.adjusted_at is not null)
                order by d.year desc, d.paragraph desc limit :limit""")
                .param("q", q).param("prefix", prefix).param("public", publicOnly).param("limit", LIMIT)
                .query((rs, i) -> new MeetingSearchHit("DECISION", "§ " + rs.getInt(2) + " " + rs.getString(3),
                        (publicOnly ? "/portal/sammantraden/" : "/sammantraden/") + rs.getObject(1) + "#punkt-" + rs.getInt(4), rs.getString(7),
                        bodyCode(rs.getObject(5, UUID.class)), rs.getInt(6))).list());
        return hits;
    }
}
