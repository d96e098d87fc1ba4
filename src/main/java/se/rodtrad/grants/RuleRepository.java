package se.rodtrad.grants;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The support types, their rule versions and the law they cite: regulations, de minimis regulations, exchange rates. */
@Repository
class RuleRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An exchange rate of a year (SEK per EUR), and whether it is example data. */
    record Rate(int year, BigDecimal sekPerEur, boolean exempeldata, String source) {
    }

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasTypes(UUID bodyId) {
        return jdbc.sql("select exists (select 1 from grant_support_type where body_id = ?)").param(bodyId).query(Boolean.class).single();
    }

    List<SupportType> types(UUID bodyId) {
        return jdbc.sql("select * from grant_support_type where body_id = ? order by project, name").param(bodyId).query(RuleRepository::type).list();
    }

    List<SupportType> allTypes() {
        return jdbc.sql("select * from grant_support_type order by body_id, project, name").query(RuleRepository::type).list();
    }

    Optional<SupportType> type(UUID id) {
        return jdbc.sql("select * from grant_support_type where id = ?").param(id).query(RuleRepository::type).optional();
    }

    UUID insertType(UUID bodyId, String code, String name, List<String> aliases, String matter, String partCode, List<String> regulations,
            boolean deMinimis, boolean project) {
        return jdbc.sql("""
                insert into grant_support_type (body_id, code, name, aliases, matter, part_code, regulations, de_minimis, project)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(bodyId, code, name, aliases.toArray(String[]::new), matter, partCode, regulations.toArray(String[]::new), deMinimis, project)
                .query(UUID.class).single();
    }

    UUID insertVersion(UUID typeId, String name, LocalDate from, LocalDate to, String extensionCase, String source) {
        return jdbc.sql("""
                insert into grant_rule_version (support_type_id, name, valid_from, valid_to, extension_case, source)
                values (?, ?, ?, ?, ?, ?) returning id""").params(typeId, name, from, to, extensionCase, source).query(UUID.class).single();
    }

    void insertRule(UUID versionId, int position, String kind, Map<String, Object> params, boolean hard, String text, String source) {
        jdbc.sql("insert into grant_rule (rule_version_id, position, kind, params, hard, text, source) values (?, ?, ?, ?::jsonb, ?, ?, ?)")
                .params(versionId, position, kind, JSON.writeValueAsString(params), hard, text, source).update();
    }

    /** Every version of the type, oldest first, with its rules. */
    List<RuleVersion> versions(UUID typeId) {
        List<RuleVersion> heads = jdbc.sql("""
                select id, support_type_id, name, valid_from, valid_to, extension_case, source from grant_rule_version
                where support_type_id = ? order by valid_from""").param(typeId)
                .query((rs, i) -> new RuleVersion(rs.getObject("id", UUID.class), rs.getObject("support_type_id", UUID.class), rs.getString("name"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("extension_case"),
                        rs.getString("source"), List.of()))
                .list();
        // the rules of every version in one query (a type gains a version a year)
        Map<UUID, List<RuleVersion.Rule>> rules = new HashMap<>();
        jdbc.sql("""
                select r.rule_version_id, r.kind, r.params::text as params, r.hard, r.text, r.source
                from grant_rule r join grant_rule_version v on v.id = r.rule_version_id
                where v.support_type_id = ? order by r.rule_version_id, r.position""").param(typeId)
                .query((RowCallbackHandler) rs -> rules.computeIfAbsent(rs.getObject("rule_version_id", UUID.class), k -> new ArrayList<>())
                        .add(new RuleVersion.Rule(rs.getString("kind"), JSON.readValue(rs.getString("params"), new TypeReference<Map<String, Object>>() { }),
                                rs.getBoolean("hard"), rs.getString("text"), rs.getString("source"))));
        List<RuleVersion> result = new ArrayList<>();
        for (RuleVersion v : heads) {
            result.add(new RuleVersion(v.id(), v.supportTypeId(), v.name(), v.validFrom(), v.validTo(), v.extensionCase(), v.source(),
                    List.copyOf(rules.getOrDefault(v.id(), List.of()))));
        }
        return result;
    }

    /** Versions waiting for a case's decision to run "tills vidare". */
    int extend(String caseNumber) {
        return jdbc.sql("update grant_rule_version set valid_to = null, version = version + 1, updated_at = now() where extension_case = ? and valid_to is not null")
                .param(caseNumber).update();
    }

    void insertRegulation(String code, String title, LocalDate from, LocalDate to, String replacedBy, String source) {
        jdbc.sql("insert into grant_regulation (code, title, valid_from, valid_to, replaced_by, source) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                .params(code, title, from, to, replacedBy, source).update();
    }

    Map<String, Regulation> regulations() {
        Map<String, Regulation> result = new LinkedHashMap<>();
        jdbc.sql("select code, title, valid_from, valid_to, replaced_by, source from grant_regulation order by code")
                .query((rs, i) -> new Regulation(rs.getString("code"), rs.getString("title"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class), rs.getString("replaced_by"), rs.getString("source")))
                .list().forEach(r -> result.put(r.code(), r));
        return result;
    }

    void insertDeMinimis(DeMinimisRegulation r) {
        jdbc.sql("""
                insert into grant_de_minimis (regulation, ceiling_eur, period, valid_from, valid_to, articles, source)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(r.regulation(), r.ceilingEur(), r.period(), r.validFrom(), r.validTo(), r.articles(), r.source()).update();
    }

    List<DeMinimisRegulation> deMinimis() {
        return jdbc.sql("select * from grant_de_minimis order by valid_from")
                .query((rs, i) -> new DeMinimisRegulation(rs.getString("regulation"), rs.getLong("ceiling_eur"), rs.getString("period"),
                        rs.getObject("valid_from", LocalDate.class), rs.getObject("valid_to", LocalDate.class), rs.getString("articles"),
                        rs.getString("source")))
                .list();
    }

    void insertRate(int year, BigDecimal rate, boolean exempeldata, String source) {
        jdbc.sql("insert into grant_exchange_rate (year, sek_per_eur, exempeldata, source) values (?, ?, ?, ?) on conflict do nothing")
                .params(year, rate, exempeldata, source).update();
    }

    Optional<Rate> rate(int year) {
        return jdbc.sql("select year, sek_per_eur, exempeldata, source from grant_exchange_rate where year = ?").param(year)
                .query((rs, i) -> new Rate(rs.getInt("year"), rs.getBigDecimal("sek_per_eur"), rs.getBoolean("exempeldata"), rs.getString("source")))
                .optional();
    }

    List<Rate> rates() {
        return jdbc.sql("select year, sek_per_eur, exempeldata, source from grant_exchange_rate order by year")
                .query((rs, i) -> new Rate(rs.getInt("year"), rs.getBigDecimal("sek_per_eur"), rs.getBoolean("exempeldata"), rs.getString("source")))
                .list();
    }

    void insertLocality(String name, String municipality) {
        jdbc.sql("insert into grant_locality (name, municipality) values (?, ?) on conflict do nothing").params(name, municipality).update();
    }

    Map<String, String> localities() {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.sql("select name, municipality from grant_locality").query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list()
                .forEach(r -> result.put(r[0], r[1]));
        return result;
    }

    private static SupportType type(ResultSet rs, int i) throws SQLException {
        return new SupportType(rs.getObject("id", UUID.class), rs.getObject("body_id", UUID.class), rs.getString("code"), rs.getString("name"),
                strings(rs.getArray("aliases")), rs.getString("matter"), rs.getString("part_code"), strings(rs.getArray("regulations")),
                rs.getBoolean("de_minimis"), rs.getBoolean("project"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
