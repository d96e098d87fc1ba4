package se.rodtrad.grants;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Grant decisions with their rule checks, allocations, payments and the cases they wait for from a body's minutes. */
@Repository
class GrantRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select d.*, t.code as type_code,
                   (select coalesce(sum(p.amount), 0) from grant_payment p where p.decision_id = d.id) as paid,
                   (select g.id from grant_project g where g.decision_id = d.id) as project_id
            from grant_decision d join grant_support_type t on t.id = d.support_type_id
            """;

    /** A new decision (or application) as it is saved. */
    record NewDecision(UUID bodyId, UUID supportTypeId, String printedType, String referenceKind, String reference, String status, String recipient,
            String organisationNumber, String legalForm, String sector, String ownerSex, String municipality, String locality, BigDecimal employees,
            BigDecimal fte, Boolean foundersOutsideNordics, Boolean newInnovativeIdea, Map<String, Boolean> facts, Long otherDeMinimis, Long eligibleCost,
            Long applied, Long amount, BigDecimal sharePercent, String outcome, String outcomeText, LocalDate decidedOn, boolean decidedOnExact,
            String decidedBy, String decidedByTitle, String delegationPoint, String proposedFor, UUID partId, String priorityRank, List<String> serves,
            String servesText, LocalDate applicationDate, String source) {
    }

    /** A payment of a decision. */
    record Payment(UUID id, UUID decisionId, String kind, LocalDate paidOn, long amount, Long reportedCosts, String reason, String updatedBy,
            Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    private final se.rodtrad.organisation.Organisation organisation;

    GrantRepository(JdbcClient jdbc, se.rodtrad.organisation.Organisation organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    boolean any(UUID bodyId) {
        return jdbc.sql("select exists (select 1 from grant_decision where body_id = ?)").param(bodyId).query(Boolean.class).single();
    }

    UUID insert(NewDecision n, String actor) {
        return jdbc.sql("""
                insert into grant_decision (id, body_id, support_type_id, printed_type, reference_kind, reference, status, recipient, organisation_number,
                    legal_form, sector, owner_sex, municipality, locality, employees, fte, founders_outside_nordics, new_innovative_idea, facts,
                    other_de_minimis, eligible_cost, applied, amount, share_percent, outcome, outcome_text, decided_on, decided_on_exact, decided_by,
                    decided_by_title, delegation_point, proposed_for, part_id, priority_rank, serves, serves_text, application_date, source, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(TimeOrderedIds.next(), n.bodyId(), n.supportTypeId(), n.printedType(), n.referenceKind(), n.reference(), n.status(), n.recipient(),
                        n.organisationNumber(), n.legalForm(), n.sector(), n.ownerSex(), n.municipality(), n.locality(), n.employees(), n.fte(),
                        n.foundersOutsideNordics(), n.newInnovativeIdea(), JSON.writeValueAsString(n.facts() == null ? Map.of() : n.facts()),
                        n.otherDeMinimis(), n.eligibleCost(), n.applied(), n.amount(), n.sharePercent(), n.outcome(), n.outcomeText(), n.decidedOn(),
                        n.decidedOnExact(), n.decidedBy(), n.decidedByTitle(), n.delegationPoint(), n.proposedFor(), n.partId(), n.priorityRank(),
                        n.serves() == null ? new String[0] : n.serves().toArray(String[]::new), n.servesText(), n.applicationDate(), n.source(), actor)
                .query(UUID.class).single();
    }

    void insertChecks(UUID decisionId, List<GrantDecision.StoredCheck> checks) {
        int position = 0;
        for (GrantDecision.StoredCheck c : checks) {
            jdbc.sql("insert into grant_rule_check (decision_id, position, rule, result, hard, explanation) values (?, ?, ?, ?, ?, ?)")
                    .params(decisionId, position++, c.rule(), c.result().name(), c.hard(), c.explanation()).update();
        }
    }

    void replaceChecks(UUID decisionId, List<GrantDecision.StoredCheck> checks) {
        jdbc.sql("delete from grant_rule_check where decision_id = ?").param(decisionId).update();
        insertChecks(decisionId, checks);
    }

    void allocate(UUID decisionId, UUID partId, LocalDate decidedOn, long amount) {
        jdbc.sql("""
                insert into grant_allocation (decision_id, part_id, decided_on, amount) values (?, ?, ?, ?)
                on conflict (decision_id, part_id) do update set amount = excluded.amount, decided_on = excluded.decided_on""")
                .params(decisionId, partId, decidedOn, amount).update();
    }

    Optional<GrantDecision> find(UUID id) {
        return jdbc.sql(SELECT + " where d.id = ?").param(id).query(this::decision).optional().map(this::withChecks);
    }

    Optional<GrantDecision> byReference(UUID bodyId, String reference, String recipient) {
        return jdbc.sql(SELECT + " where d.body_id = ? and d.reference = ? and (?::text is null or d.recipient = ?) order by d.updated_at limit 1")
                .params(bodyId, reference, recipient, recipient).query(this::decision).optional().map(this::withChecks);
    }

    /** Decisions of the body(ies) decided in the period (applications and those awaiting a body with them when asked). */
    List<GrantDecision> list(UUID bodyId, LocalDate from, LocalDate to, boolean withUndecided) {
        String where = " where (?::uuid is null or d.body_id = ?) and ((d.decided_on between ? and ?)" + (withUndecided ? " or d.status <> 'DECIDED')" : ")")
                + " order by d.decided_on nulls first, d.register_order";
        return jdbc.sql(SELECT + where).params(bodyId, bodyId, from, to).query(this::decision).list();
    }

    /** What the public register shows — granted, decided, with an amount — newest first, a page at a time. */
    private static final String PUBLISHED = " where d.outcome = 'GRANTED' and d.amount is not null and d.decided_on is not null";

    List<GrantDecision> published(int offset, int limit) {
        return jdbc.sql(SELECT + PUBLISHED + " order by d.decided_on desc, d.register_order desc limit ? offset ?").params(limit, offset)
                .query(this::decision).list();
    }

    long countPublished() {
        return jdbc.sql("select count(*) from grant_decision d" + PUBLISHED).query(Long.class).single();
    }

    List<GrantDecision> serving(String lineageKey) {
        return jdbc.sql(SELECT + " where d.serves @> array[?]::text[] order by d.decided_on nulls first, d.register_order").param(lineageKey).query(this::decision).list();
    }

    /** The stored checks of many decisions at once (for a list). */
    Map<UUID, List<GrantDecision.StoredCheck>> checks(List<UUID> decisionIds) {
        Map<UUID, List<GrantDecision.StoredCheck>> result = new LinkedHashMap<>();
        if (decisionIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select decision_id, rule, result, hard, explanation from grant_rule_check where decision_id = any (?) order by decision_id, position")
                .param(decisionIds.toArray(UUID[]::new))
                .query((rs, i) -> {
                    result.computeIfAbsent(rs.getObject("decision_id", UUID.class), k -> new ArrayList<>()).add(new GrantDecision.StoredCheck(
                            rs.getString("rule"), RuleResult.valueOf(rs.getString("result")), rs.getBoolean("hard"), rs.getString("explanation")));
                    return null;
                }).list();
        return result;
    }

    List<GrantDecision.StoredCheck> checks(UUID decisionId) {
        return jdbc.sql("select rule, result, hard, explanation from grant_rule_check where decision_id = ? order by position").param(decisionId)
                .query((rs, i) -> new GrantDecision.StoredCheck(rs.getString("rule"), RuleResult.valueOf(rs.getString("result")), rs.getBoolean("hard"),
                        rs.getString("explanation"))).list();
    }

    /**
     * The organisation's granted decisions from a day on (other than the one being decided): what the per-company and de
     * minimis totals count. Bounded by the organisation number and the date (index grant_decision_org).
     */
    List<SupportRules.Earlier> earlier(String organisationNumber, LocalDate from, UUID except) {
        return jdbc.sql("""
                select d.id, d.decided_on, d.support_type_id, d.amount, t.de_minimis, d.reference
                from grant_decision d join grant_support_type t on t.id = d.support_type_id
                where d.organisation_number = ? and d.outcome = 'GRANTED' and d.decided_on >= ? and (?::uuid is null or d.id <> ?)""")
                .params(organisationNumber, from, except, except)
                .query((rs, i) -> new SupportRules.Earlier(rs.getObject("id", UUID.class), rs.getObject("decided_on", LocalDate.class),
                        rs.getObject("support_type_id", UUID.class), rs.getLong("amount"), rs.getBoolean("de_minimis"), rs.getString("reference")))
                .list();
    }

    /** Records the body's decision (§, meeting) on a decision that awaited it. */
    void decideByCommittee(UUID id, boolean granted, LocalDate meetingDate, String paragraph, String bodyName, String outcomeText) {
        jdbc.sql("""
                update grant_decision set status = 'DECIDED', outcome = ?, decided_on = ?, decided_on_exact = true, decided_by = ?,
                    decided_by_title = null, committee_paragraph = ?, committee_meeting = ?, outcome_text = ?, amount = case when ? then amount else null end,
                    version = version + 1, updated_at = now(), updated_by = 'system' where id = ? and status = 'AWAITING_COMMITTEE'""")
                .params(granted ? "GRANTED" : "REFUSED", meetingDate, bodyName, paragraph, meetingDate, outcomeText, granted, id).update();
    }

    /** Granted decisions without an allocation (decided before a steering decision covered their year). */
    List<UUID> unallocated(UUID bodyId) {
        return jdbc.sql("""
                select d.id from grant_decision d where d.body_id = ? and d.status = 'DECIDED' and d.outcome = 'GRANTED' and d.amount is not null
                and not exists (select 1 from grant_allocation a where a.decision_id = d.id)""").param(bodyId).query(UUID.class).list();
    }

    void setPart(UUID id, UUID partId) {
        jdbc.sql("update grant_decision set part_id = ? where id = ?").params(partId, id).update();
    }

    void noteCommittee(UUID id, String note) {
        jdbc.sql("update grant_decision set outcome_text = ?, version = version + 1, updated_at = now(), updated_by = 'system' where id = ?")
                .params(note, id).update();
    }

    UUID insertPayment(UUID decisionId, String kind, LocalDate paidOn, long amount, Long reportedCosts, String reason, String actor) {
        return jdbc.sql("""
                insert into grant_payment (decision_id, kind, paid_on, amount, reported_costs, reason, updated_by) values (?, ?, ?, ?, ?, ?, ?)
                returning id""").params(decisionId, kind, paidOn, amount, reportedCosts, reason, actor).query(UUID.class).single();
    }

    List<Payment> payments(UUID decisionId) {
        return jdbc.sql("select * from grant_payment where decision_id = ? order by paid_on, updated_at").param(decisionId)
                .query((rs, i) -> new Payment(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class), rs.getString("kind"),
                        rs.getObject("paid_on", LocalDate.class), rs.getLong("amount"), (Long) rs.getObject("reported_costs", Long.class),
                        rs.getString("reason"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant())).list();
    }

    /** Locks the decision's row while a payment is weighed against what was paid before (two payments at once). */
    void lock(UUID decisionId) {
        jdbc.sql("select id from grant_decision where id = ? for update").param(decisionId).query(UUID.class).optional();
    }

    void waitFor(String caseNumber, String kind, UUID targetId, String bodyCode) {
        jdbc.sql("insert into grant_committee_case (case_number, kind, target_id, body_code) values (?, ?, ?, ?) on conflict do nothing")
                .params(caseNumber, kind, targetId, bodyCode).update();
    }

    /** What is waiting for this case's decision (not yet decided). */
    /**
     * Holds the body's grant register until the transaction ends: the body's §§ arrive as separate events handled at the
     * same time (the extension of the steering decision and a grant it pays for), and each allocates what the other may
     * have left unallocated — only when they run one after the other does the second see the first.
     */
    void lockBody(UUID bodyId) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(?)").param(bodyId.getMostSignificantBits() ^ bodyId.getLeastSignificantBits())
                .query(Integer.class).single();
    }

    List<Map<String, Object>> waitingFor(String caseNumber) {
        return jdbc.sql("select kind, target_id, body_code from grant_committee_case where case_number = ? and not decided").param(caseNumber)
                .query((rs, i) -> Map.<String, Object>of("kind", rs.getString("kind"), "target", rs.getObject("target_id", UUID.class), "body",
                        rs.getString("body_code"))).list();
    }

    void caseDecided(String caseNumber, String kind, UUID targetId, String paragraph, LocalDate meetingDate, String outcome, boolean decides) {
        jdbc.sql("""
                update grant_committee_case set decided = ?, paragraph = ?, meeting_date = ?, outcome = ?
                where case_number = ? and kind = ? and target_id = ?""").params(decides, paragraph, meetingDate, outcome, caseNumber, kind, targetId).update();
    }

    private GrantDecision withChecks(GrantDecision d) {
        return new GrantDecision(d.id(), d.bodyId(), d.bodyCode(), d.referenceKind(), d.reference(), d.supportTypeId(), d.supportTypeCode(),
                d.supportType(), d.status(), d.recipient(), d.organisationNumber(), d.legalForm(), d.sector(), d.ownerSex(), d.municipality(),
                d.locality(), d.employees(), d.fte(), d.foundersBornOutsideNordics(), d.newInnovativeIdea(), d.facts(), d.otherDeMinimis(),
                d.eligibleCost(), d.applied(), d.amount(), d.sharePercent(), d.outcome(), d.outcomeText(), d.decidedOn(), d.decidedOnExact(),
                d.decidedBy(), d.decidedByTitle(), d.delegationPoint(), d.committeeParagraph(), d.committeeMeeting(), d.proposedFor(), d.partId(),
                d.priorityRank(), d.serves(), d.servesText(), d.source(), d.paid(), checks(d.id()), d.projectId(), d.version(), d.updatedAt(),
                d.updatedBy());
    }

    private GrantDecision decision(ResultSet rs, int i) throws SQLException {
        Map<String, Boolean> facts = new LinkedHashMap<>(JSON.readValue(rs.getString("facts"), new TypeReference<Map<String, Boolean>>() { }));
        UUID bodyId = rs.getObject("body_id", UUID.class);
        se.rodtrad.organisation.Unit body = organisation.unitsById().get(bodyId);
        return new GrantDecision(rs.getObject("id", UUID.class), bodyId, body != null ? body.code() : organisation.unit(bodyId).code(),
                rs.getString("reference_kind"), rs.getString("reference"), rs.getObject("support_type_id", UUID.class), rs.getString("type_code"),
                rs.getString("printed_type"), rs.getString("status"), rs.getString("recipient"), rs.getString("organisation_number"),
                rs.getString("legal_form"), rs.getString("sector"), rs.getString("owner_sex"), rs.getString("municipality"), rs.getString("locality"),
                rs.getBigDecimal("employees"), rs.getBigDecimal("fte"), (Boolean) rs.getObject("founders_outside_nordics"),
                (Boolean) rs.getObject("new_innovative_idea"), facts, (Long) rs.getObject("other_de_minimis", Long.class),
                (Long) rs.getObject("eligible_cost", Long.class), (Long) rs.getObject("applied", Long.class), (Long) rs.getObject("amount", Long.class),
                rs.getBigDecimal("share_percent"), rs.getString("outcome"), rs.getString("outcome_text"), rs.getObject("decided_on", LocalDate.class),
                rs.getBoolean("decided_on_exact"), rs.getString("decided_by"), rs.getString("decided_by_title"), rs.getString("delegation_point"),
                rs.getString("committee_paragraph"), rs.getObject("committee_meeting", LocalDate.class), rs.getString("proposed_for"),
                rs.getObject("part_id", UUID.class), rs.getString("priority_rank"), RuleRepository.strings(rs.getArray("serves")),
                rs.getString("serves_text"), rs.getString("source"), rs.getLong("paid"), List.of(), rs.getObject("project_id", UUID.class),
                rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    /** For statistics: granted and refused decided decisions of the body in the period, with the fields groups are made of. */
    List<Map<String, Object>> statisticsRows(UUID bodyId, LocalDate from, LocalDate to) {
        List<Map<String, Object>> out = new ArrayList<>();
        jdbc.sql("""
                select t.code as type_code, t.name as type_name, t.project, d.owner_sex, d.municipality, d.priority_rank, d.decided_on, d.outcome, d.amount
                from grant_decision d join grant_support_type t on t.id = d.support_type_id
                where d.body_id = ? and d.status = 'DECIDED' and d.decided_on between ? and ?""").params(bodyId, from, to)
                .query((rs, i) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("typeCode", rs.getString("type_code"));
                    m.put("typeName", rs.getString("type_name"));
                    m.put("project", rs.getBoolean("project"));
                    m.put("ownerSex", rs.getString("owner_sex"));
                    m.put("municipality", rs.getString("municipality"));
                    m.put("priority", rs.getString("priority_rank"));
                    m.put("decidedOn", rs.getObject("decided_on", LocalDate.class));
                    m.put("granted", "GRANTED".equals(rs.getString("outcome")));
                    m.put("amount", (Long) rs.getObject("amount", Long.class));
                    return m;
                }).list().forEach(out::add);
        return out;
    }
}
