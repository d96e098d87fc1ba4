package se.rodtrad.grants;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Steering decisions with their funds, parts, priorities and changes; and the totals of a part in a year. */
@Repository
class SteeringRepository {

    /** A part's totals of a year: decided (granted decisions' allocations), their number, and paid (pro rata per decision). */
    record Totals(long decided, int decisions, long paid) {
    }

    private final JdbcClient jdbc;

    SteeringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID bodyId, int year, String title, String caseNumber, LocalDate decidedOn, String paragraph, String decidedBy, LocalDate from,
            LocalDate to, String purpose, String adjustment, String note, String source) {
        return jdbc.sql("""
                insert into grant_steering_decision (body_id, year, title, case_number, decided_on, paragraph, decided_by, valid_from, valid_to,
                    purpose, adjustment, note, source) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyId, year, title, caseNumber, decidedOn, paragraph, decidedBy, from, to, purpose, adjustment, note, source)
                .query(UUID.class).single();
    }

    void insertFund(UUID steeringId, String code, String name, Long amount, String source) {
        jdbc.sql("insert into grant_fund (steering_id, code, name, amount, source) values (?, ?, ?, ?, ?)").params(steeringId, code, name, amount, source)
                .update();
    }

    UUID insertPart(UUID steeringId, String code, String name, String fund, Long amount, boolean atMost, int position, String source) {
        return jdbc.sql("""
                insert into grant_part (steering_id, code, name, fund_code, amount, at_most, position, source) values (?, ?, ?, ?, ?, ?, ?, ?)
                returning id""").params(steeringId, code, name, fund, amount, atMost, position, source).query(UUID.class).single();
    }

    void insertPriority(UUID steeringId, String rank, String text, String motivation, List<String> rus, int position, String source) {
        jdbc.sql("insert into grant_priority (steering_id, rank, text, motivation, rus, position, source) values (?, ?, ?, ?, ?, ?, ?)")
                .params(steeringId, rank, text, motivation, rus.toArray(String[]::new), position, source).update();
    }

    UUID insertChange(UUID steeringId, String kind, String status, String caseNumber, LocalDate decidedOn, String paragraph, String decidedBy,
            String proposedFor, String text, String reason, UUID from, UUID to, Long amount, String source, String actor) {
        return jdbc.sql("""
                insert into grant_steering_change (steering_id, kind, status, case_number, decided_on, paragraph, decided_by, proposed_for, text,
                    reason, from_part_id, to_part_id, amount, source, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(steeringId, kind, status, caseNumber, decidedOn, paragraph, decidedBy, proposedFor, text, reason, from, to, amount, source, actor)
                .query(UUID.class).single();
    }

    /** Records the body's decision on a proposed change; an extension also opens the steering decision's end. */
    void decideChange(UUID changeId, LocalDate decidedOn, String paragraph, String decidedBy) {
        jdbc.sql("""
                update grant_steering_change set status = 'DECIDED', decided_on = ?, paragraph = ?, decided_by = ?, version = version + 1,
                    updated_at = now() where id = ?""").params(decidedOn, paragraph, decidedBy, changeId).update();
    }

    UUID changeSteering(UUID changeId) {
        return jdbc.sql("select steering_id from grant_steering_change where id = ?").param(changeId).query(UUID.class).single();
    }

    boolean isExtension(UUID changeId) {
        return "EXTENSION".equals(jdbc.sql("select kind from grant_steering_change where id = ?").param(changeId).query(String.class).single());
    }

    void extend(UUID steeringId) {
        jdbc.sql("update grant_steering_decision set valid_to = null, version = version + 1, updated_at = now() where id = ?").param(steeringId).update();
    }

    boolean any(UUID bodyId) {
        return jdbc.sql("select exists (select 1 from grant_steering_decision where body_id = ?)").param(bodyId).query(Boolean.class).single();
    }

    List<UUID> ids(UUID bodyId) {
        return jdbc.sql("select id from grant_steering_decision where body_id = ? order by year").param(bodyId).query(UUID.class).list();
    }

    /** The body's steering decisions in force during the year (as {@link SteeringDecision#inForceDuring}), by year. */
    List<UUID> idsInForce(UUID bodyId, int year) {
        return jdbc.sql("select id from grant_steering_decision where body_id = ? and valid_from <= ? and (valid_to is null or valid_to >= ?) order by year")
                .params(bodyId, LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1)).query(UUID.class).list();
    }

    Optional<SteeringDecision> find(UUID id) {
        return find(id, true);
    }

    /**
     * The decision with its parts and changes, without its funds and priorities (empty): what the amounts of its parts
     * need — the rule check asks for them with every proposed decision.
     */
    Optional<SteeringDecision> findForAmounts(UUID id) {
        return find(id, false);
    }

    private Optional<SteeringDecision> find(UUID id, boolean whole) {
        return jdbc.sql("select * from grant_steering_decision where id = ?").param(id).query((rs, i) -> new SteeringDecision(
                rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getInt("year"), rs.getString("title"),
                rs.getString("case_number"), rs.getObject("decided_on", LocalDate.class), rs.getString("paragraph"), rs.getString("decided_by"),
                rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("purpose"),
                rs.getString("adjustment"), rs.getString("note"), rs.getString("source"), whole ? funds(id) : List.of(), parts(id),
                whole ? priorities(id) : List.of(), changes(id), rs.getInt("version"))).optional();
    }

    List<SteeringDecision.Fund> funds(UUID id) {
        return jdbc.sql("select code, name, amount, source from grant_fund where steering_id = ? order by code").param(id)
                .query((rs, i) -> new SteeringDecision.Fund(rs.getString("code"), rs.getString("name"), (Long) rs.getObject("amount", Long.class),
                        rs.getString("source"))).list();
    }

    List<SteeringDecision.Part> parts(UUID id) {
        return jdbc.sql("select id, code, name, fund_code, amount, at_most, source, version from grant_part where steering_id = ? order by position")
                .param(id).query((rs, i) -> new SteeringDecision.Part(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
                        rs.getString("fund_code"), (Long) rs.getObject("amount", Long.class), rs.getBoolean("at_most"), rs.getString("source"),
                        rs.getInt("version"))).list();
    }

    List<SteeringDecision.Priority> priorities(UUID id) {
        return jdbc.sql("select rank, text, motivation, rus, source from grant_priority where steering_id = ? order by position").param(id)
                .query((rs, i) -> new SteeringDecision.Priority(rs.getString("rank"), rs.getString("text"), rs.getString("motivation"),
                        RuleRepository.strings(rs.getArray("rus")), rs.getString("source"))).list();
    }

    List<SteeringDecision.Change> changes(UUID id) {
        return jdbc.sql("select * from grant_steering_change where steering_id = ? order by coalesce(decided_on, date '9999-12-31'), updated_at").param(id)
                .query((rs, i) -> new SteeringDecision.Change(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("status"),
                        rs.getString("case_number"), rs.getObject("decided_on", LocalDate.class), rs.getString("paragraph"), rs.getString("decided_by"),
                        rs.getString("proposed_for"), rs.getString("text"), rs.getString("reason"), rs.getObject("from_part_id", UUID.class),
                        rs.getObject("to_part_id", UUID.class), (Long) rs.getObject("amount", Long.class), rs.getString("source"))).list();
    }

    Optional<UUID> steeringOfPart(UUID partId) {
        return jdbc.sql("select steering_id from grant_part where id = ?").param(partId).query(UUID.class).optional();
    }

    Totals totals(UUID partId, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        // both from the part's allocations of the year (index grant_allocation_part), in one round trip; a payment counts
        // in proportion to what the part pays of its decision, rounded to whole öre once for the sum
        return jdbc.sql("""
                select coalesce(sum(a.amount), 0) as decided, count(*) as decisions,
                       (select coalesce(round(sum(p.amount::numeric * b.amount / nullif(d.amount, 0))), 0)
                        from grant_allocation b join grant_payment p on p.decision_id = b.decision_id join grant_decision d on d.id = b.decision_id
                        where b.part_id = ? and b.decided_on between ? and ?) as paid
                from grant_allocation a where a.part_id = ? and a.decided_on between ? and ?""")
                .params(partId, from, to, partId, from, to)
                .query((rs, i) -> new Totals(rs.getLong("decided"), rs.getInt("decisions"), rs.getLong("paid"))).single();
    }
}
