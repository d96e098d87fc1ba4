package se.rodtrad.meetings;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The delegation order and the delegated decisions. Updates of a point succeed only against the version that was read. */
@Repository
class DelegationRepository {

    private static final String POINT_COLUMNS = """
            id, body_id, point, title, matter, decision_types, delegate_title, title_aliases, holders, max_amount_kr, limits,
            valid_from, valid_to, exempeldata, source, version, updated_at, updated_by""";
    private static final String DECISION_COLUMNS = """
            id, source_id, source_module, body_id, delegation_point, decided_on, reference_kind, reference, decision_type, recipient,
            sector, owner_sex, municipality, amount_kr, granted, outcome_text, decided_by, decided_by_title""";

    /** A delegated decision as kept. */
    record Kept(UUID id, UUID sourceId, String sourceModule, UUID bodyId, String point, LocalDate decidedOn, String referenceKind,
            String reference, String decisionType, String recipient, String sector, String ownerSex, String municipality, Long amountKr,
            boolean granted, String outcomeText, String decidedBy, String decidedByTitle) {
    }

    private final JdbcClient jdbc;

    DelegationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasPoints(UUID bodyId) {
        return jdbc.sql("select exists (select 1 from delegation_point where body_id = ?)").param(bodyId).query(Boolean.class).single();
    }

    List<DelegationPoint> points(UUID bodyId) {
        return jdbc.sql("select " + POINT_COLUMNS + " from delegation_point where body_id = ? order by point, valid_from")
                .param(bodyId).query(DelegationRepository::point).list();
    }

    Optional<DelegationPoint> point(UUID id) {
        return jdbc.sql("select " + POINT_COLUMNS + " from delegation_point where id = ?").param(id).query(DelegationRepository::point).optional();
    }

    UUID insertPoint(UUID bodyId, DelegationPoint p, String actor) {
        return jdbc.sql("""
                insert into delegation_point (body_id, point, title, matter, decision_types, delegate_title, title_aliases, holders,
                    max_amount_kr, limits, valid_from, valid_to, exempeldata, source, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyId, p.point(), p.title(), p.matter(), p.decisionTypes().toArray(String[]::new), p.delegateTitle(),
                        p.titleAliases().toArray(String[]::new), p.holders().toArray(String[]::new), p.maxAmountKr(), p.limits(),
                        p.validFrom(), p.validTo(), p.exempeldata(), p.source(), actor)
                .query(UUID.class).single();
    }

    /** Ends a version on its last day; false when someone saved the point since it was read. */
    boolean end(UUID id, int version, LocalDate lastDay, String actor) {
        return jdbc.sql("""
                update delegation_point set valid_to = ?, version = version + 1, updated_at = now(), updated_by = ?
                where id = ? and version = ?""").params(lastDay, actor, id, version).update() == 1;
    }

    /** Keeps a reported decision once: a second report with the same source id changes nothing. */
    boolean keep(DelegatedDecisionMade e, String actor) {
        return jdbc.sql("""
                insert into delegated_decision (source_id, source_module, body_id, delegation_point, decided_on, reference_kind, reference,
                    decision_type, recipient, sector, owner_sex, municipality, amount_kr, granted, outcome_text, decided_by, decided_by_title,
                    updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_id) do nothing""")
                .params(e.sourceId(), e.sourceModule(), e.bodyId(), e.delegationPoint(), e.decidedOn(), e.referenceKind(), e.reference(),
                        e.decisionType(), e.recipient(), e.sector(), e.ownerSex(), e.municipality(), e.amountKr(), e.granted(), e.outcomeText(),
                        e.decidedBy(), e.decidedByTitle(), actor)
                .update() == 1;
    }

    List<Kept> decisions(UUID bodyId, LocalDate from, LocalDate to) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from delegated_decision where body_id = ? and decided_on between ? and ? order by decided_on, source_id, seq")
                .params(bodyId, from, to).query(DelegationRepository::kept).list();
    }

    Optional<LocalDate> latest(UUID bodyId) {
        return jdbc.sql("select max(decided_on) from delegated_decision where body_id = ?").param(bodyId).query(LocalDate.class).optional();
    }

    Optional<Kept> bySource(UUID sourceId) {
        return jdbc.sql("select " + DECISION_COLUMNS + " from delegated_decision where source_id = ?").param(sourceId)
                .query(DelegationRepository::kept).optional();
    }

    private static DelegationPoint point(ResultSet rs, int i) throws SQLException {
        return new DelegationPoint(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("point"),
                rs.getString("title"), rs.getString("matter"), strings(rs.getArray("decision_types")), rs.getString("delegate_title"),
                strings(rs.getArray("title_aliases")), strings(rs.getArray("holders")), (Long) rs.getObject("max_amount_kr", Long.class),
                rs.getString("limits"), rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getBoolean("exempeldata"),
                rs.getString("source"), rs.getInt("version"), rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static Kept kept(ResultSet rs, int i) throws SQLException {
        return new Kept(rs.getObject("id", UUID.class), rs.getObject("source_id", UUID.class), rs.getString("source_module"),
                rs.getObject("body_id", UUID.class), rs.getString("delegation_point"), rs.getObject("decided_on", LocalDate.class),
                rs.getString("reference_kind"), rs.getString("reference"), rs.getString("decision_type"), rs.getString("recipient"),
                rs.getString("sector"), rs.getString("owner_sex"), rs.getString("municipality"), (Long) rs.getObject("amount_kr", Long.class),
                rs.getBoolean("granted"), rs.getString("outcome_text"), rs.getString("decided_by"), rs.getString("decided_by_title"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
