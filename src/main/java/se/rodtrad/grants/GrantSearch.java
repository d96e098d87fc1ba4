package se.rodtrad.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.rodtrad.organisation.AccessPolicy;
import se.rodtrad.organisation.Organisation;
import se.rodtrad.organisation.Permission;

/**
 * Full-text search in the grant register with the Swedish configuration over each grant's words kept beside it
 * ({@code grant_search}, grants/V7: the decision's reference, recipient, support type, municipality and text, its
 * project's title and att-clauses), by reference from its beginning as well ("20RS1" finds 20RS1234, grants/V5). At most 500 matches are ranked. The public search sees what the portal's register shows ({@link GrantRegister#published(int, int)}):
 * granted, decided grants to legal persons — a sole trader is a person, and a search by name would tell who got what.
 */
@Service
@Transactional(readOnly = true)
public class GrantSearch {

    private final JdbcClient jdbc;
    private final Organisation organisation;
    private final AccessPolicy access;

    GrantSearch(JdbcClient jdbc, Organisation organisation, AccessPolicy access) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.access = access;
    }

    /** The best {@code limit} grants matching the query, of one body and year when given. */
    public List<GrantSearchHit> search(String query, UUID bodyId, Integer year, boolean publicOnly, int limit) {
        boolean internal = !publicOnly && access.allows(Permission.READ_INTERNAL, null);
        // the reference from its beginning, case-insensitively: the range [PREFIX, PREFIX + the highest character)
        String lo = query.toUpperCase(java.util.Locale.ROOT);
        String hi = lo + Character.MAX_VALUE;
        List<GrantSearchHit> hits = new ArrayList<>();
        // each way of matching through its own index, then ranked: an OR across them would read every decision
        jdbc.sql("""
                with q as (select websearch_to_tsquery('swedish', :q) as q),
                matches as (
                    select s.decision_id as id from grant_search s, q where s.words @@ q.q
                    union
                    select d.id from grant_decision d where upper(d.reference) collate "C" >= :lo and upper(d.reference) collate "C" < :hi
                    limit 500),
                best as (
                    select d.id, d.body_id, d.reference_kind, d.reference, d.recipient, d.organisation_number, d.legal_form, d.printed_type,
                           d.outcome_text, extract(year from coalesce(d.decided_on, d.application_date))::int as year, p.title, p.clauses,
                           coalesce(ts_rank(s.words, q.q), 0) + case when upper(d.reference) collate "C" >= :lo and upper(d.reference) collate "C" < :hi then 1 else 0 end as rank
                    from matches m join grant_decision d on d.id = m.id left join grant_search s on s.decision_id = d.id
                         left join grant_project p on p.decision_id = d.id, q
                    where (cast(:body as uuid) is null or d.body_id = :body)
                      and (cast(:year as int) is null or extract(year from coalesce(d.decided_on, d.application_date)) = :year)
                      and (:internal or (d.status = 'DECIDED' and d.outcome = 'GRANTED' and d.amount is not null))
                    order by rank desc, d.decided_on desc nulls last
                    limit :limit)
                select b.*, ts_headline('swedish', concat_ws(' – ', b.title, array_to_string(b.clauses, ' '), b.outcome_text, b.printed_type), q.q,
                                        'MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=" … ", StartSel=' || chr(2) || ', StopSel=' || chr(3)) as snippet
                from best b, q order by b.rank desc""")
                .param("q", query).param("lo", lo).param("hi", hi).param("body", bodyId).param("year", year).param("internal", internal)
                .param("limit", limit)
                .query((rs, i) -> {
                    boolean legal = GrantDecision.legalPerson(rs.getString("organisation_number"), rs.getString("legal_form"));
                    if (!internal && !legal) {
                        return null;
                    }
                    String project = rs.getString("title");
                    String title = rs.getString("recipient") + (project == null ? " – " + rs.getString("printed_type") : " – " + project)
                            + " (" + rs.getString("reference_kind") + " " + rs.getString("reference") + ")";
                    hits.add(new GrantSearchHit(rs.getObject("id", UUID.class), title, rs.getString("snippet"),
                            organisation.unit(rs.getObject("body_id", UUID.class)).code(), rs.getInt("year"), rs.getDouble("rank")));
                    return null;
                }).list();
        return hits;
    }

    /** The words of the grants' projects and decision texts, for suggesting a spelling; the public's from what it may find. */
    public List<String> words(boolean publicOnly, int limit) {
        return jdbc.sql("""
                select w from grant_decision d left join grant_project p on p.decision_id = d.id,
                     regexp_split_to_table(lower(concat_ws(' ', p.title, d.printed_type, d.municipality)), '[^[:alpha:]]+') w
                where length(w) between 4 and 40 and (not :public or (d.status = 'DECIDED' and d.outcome = 'GRANTED'))
                group by w order by count(*) desc limit :limit""")
                .param("public", publicOnly).param("limit", limit).query(String.class).list();
    }
}
