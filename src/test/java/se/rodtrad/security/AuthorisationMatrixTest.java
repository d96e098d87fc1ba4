package se.rodtrad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.rodtrad.RodtradTest;

/**
 * Every HTTP endpoint of the product — found from the handler mappings, so a new one is covered the day it
 * is added — tried by every role against an object of its own organisation unit and of another's.
 * An unexpected allow is a write that succeeds (2xx, or a redirect that is not to the login page) or leaves
 * a trace in the audit trail, by someone who lacks the permission. Writes use empty bodies: the use cases
 * must check the permission before they look at the input.
 */
@RodtradTest
class AuthorisationMatrixTest {

    /** Writes every signed-in person may make on their own behalf. */
    static final Set<String> SELF_SERVICE = Set.of("/konto/api-nycklar", "/konto/api-nycklar/{id}/aterkalla");
    /**
     * Writes anyone who may comment makes (Permission.COMMENT, every role but the reader): change proposals against a
     * plan not yet decided — the party groups' proposals of seed 004 are politicians' work. The reader is still refused.
     */
    static final Set<String> COMMENT_WRITES = Set.of("/planer/{id}/forslag", "/api/v1/plans/{id}/proposals");
    /**
     * Answers that refuse: forbidden, not found (objects one may not see), not allowed, and 415 — no handler takes the
     * body's media type (e.g. JSON to a multipart-only import), so no code of ours ran. Not 400 or 422: permission is
     * checked before the input is read, so who may not write never learns what the input would have needed. The audit
     * trail is the second oracle: nothing is written either way.
     */
    static final Set<Integer> REFUSALS = Set.of(403, 404, 405, 415);
    /** Pages that are forms for creating something: shown only to those who may create it. */
    static final Pattern WRITE_FORMS = Pattern.compile("/ny$|/redigera$");
    /**
     * What only an administrator reads (Permission.MANAGE_USERS): who is being slowed at login and by whom (source
     * addresses), and the backup of the whole database, confidential rows included.
     */
    static final Set<String> ADMINISTRATION_READS = Set.of("/organisation/inloggningar", "/api/v1/admin/backup");
    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH);

    record Endpoint(RequestMethod method, String pattern) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    List<Endpoint> endpoints() {
        List<Endpoint> result = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                if (!entry.getValue().getBeanType().getPackageName().startsWith("se.rodtrad")) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                        result.add(new Endpoint(m, pattern));
                    }
                }
            }
        }
        return result;
    }

    /**
     * Ids of objects owned by Regional tillväxtnämnd (the demo controller's own unit, another unit for
     * controller-rs), chosen by the path the variable sits in. An unknown variable gets a fresh UUID: the
     * answer must then be a refusal or "not found", never a success.
     */
    Map<String, String> targets(String pattern) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            values.put(m.group(1), idFor(pattern, m.group(1)));
        }
        return values;
    }

    /** Region-wide risks are defined by Regionstyrelsen; everything else the matrix tries belongs to RTN. */
    static String ownerOf(String pattern) {
        if (pattern.contains("regionovergripande") || pattern.contains("region-risks")) {
            return "RS";
        }
        // statistics are the whole region's: importing them is granted without a unit scope (Permission.IMPORT_DATA)
        if (pattern.contains("/import") || pattern.contains("/measures") || pattern.contains("/matt/ny")) {
            return "REGION";
        }
        return "RTN";
    }

    String idFor(String pattern, String variable) {
        if (variable.equals("occasion")) {
            return "DELARSRAPPORT_1";
        }
        String rtnPlan = "(select id from plan where key = 'rtn-2026')";
        if (pattern.contains("/organisation/") || pattern.contains("/units/")) {
            return query("select id::text from org_unit where code = 'FRU-NU'");
        }
        if (variable.equals("body")) {
            return "RTN"; // a body is named by its code: an unknown code would only prove a 404
        }
        if (variable.equals("number")) {
            return "1"; // a report's goal by its number: a number, so that the permission check is reached
        }
        if (pattern.contains("/historik/") && variable.equals("type")) {
            return "org_unit";
        }
        if (pattern.contains("/punkter/") || variable.equals("itemId")) {
            return query("select id::text from plan_item where plan_id = " + rtnPlan + " order by position limit 1");
        }
        if (pattern.contains("plan") || variable.equals("planId")) {
            return query("select id::text from plan where key = 'rtn-2026'");
        }
        return UUID.randomUUID().toString();
    }

    String query(String sql) {
        return jdbc.sql(sql).query(String.class).optional().orElse(UUID.randomUUID().toString());
    }

    String expand(String pattern) {
        String path = pattern;
        for (var e : targets(pattern).entrySet()) {
            path = path.replace("{" + e.getKey() + "}", e.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    long auditEntriesBy(String actor) {
        return jdbc.sql("select count(*) from audit_entry where actor = ?").param(actor).query(Long.class).single();
    }

    MockHttpServletRequestBuilder call(Endpoint e, String path) {
        MockHttpServletRequestBuilder r = request(HttpMethod.valueOf(e.method().name()), path);
        if (path.startsWith("/api/")) {
            r.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return r;
    }

    @Test
    void the_endpoints_are_found_from_the_handler_mappings() {
        assertThat(endpoints()).extracting(Endpoint::pattern)
                .contains("/api/v1/organisation/units", "/organisation/enheter/{id}", "/api/v1/plans/{id}/items");
    }

    @Test
    void anonymous_visitors_reach_only_public_pages_and_never_write() throws Exception {
        List<String> unexpected = new ArrayList<>();
        long before = auditEntriesBy("system");
        for (Endpoint e : endpoints()) {
            String path = expand(e.pattern());
            // /error: the container's own error page (ErrorChannel), answered to anyone in their channel
            boolean isPublic = path.startsWith("/portal") || path.startsWith("/api/v1/public") || path.equals("/login") || path.equals("/error");
            var response = mvc.perform(WRITES.contains(e.method()) ? call(e, path).with(csrf()) : call(e, path)).andReturn().getResponse();
            int status = response.getStatus();
            String location = response.getRedirectedUrl();
            boolean toLogin = status == 302 && location != null && location.endsWith("/login");
            // an address no handler answers (a path variable expanded outside its pattern) is "not found" before any login
            boolean refused = status == 401 || toLogin || status == 404;
            if (WRITES.contains(e.method()) && !refused && status != 403 && status != 405) {
                unexpected.add(e + " → " + status);
            }
            if (!WRITES.contains(e.method()) && !isPublic && !refused) {
                unexpected.add(e + " → " + status + " (inte publik)");
            }
        }
        assertThat(unexpected).as("oväntat tillåtet för anonym").isEmpty();
        assertThat(auditEntriesBy("system")).isEqualTo(before);
    }

    @Test
    void readers_and_politicians_never_write_outside_their_own_account() throws Exception {
        for (String role : List.of("lasare", "politiker")) {
            assertNoWrites(role, null);
        }
    }

    @Test
    void a_controller_of_another_body_and_an_area_manager_cannot_write_to_rtn() throws Exception {
        for (String role : List.of("controller-rs", "omradeschef")) {
            assertNoWrites(role, "RTN");
        }
    }

    @Test
    void a_controller_of_rtn_cannot_write_to_what_regionstyrelsen_owns() throws Exception {
        assertNoWrites("controller", "RS");
    }

    @Test
    void every_signed_in_role_reads_the_internal_pages() throws Exception {
        List<String> refused = new ArrayList<>();
        for (String role : List.of("admin", "controller", "controller-rs", "sekreterare", "omradeschef", "politiker", "lasare")) {
            for (Endpoint e : endpoints()) {
                boolean file = e.pattern().matches(".*\\.(pdf|docx|xlsx)$");
                if (e.method() != RequestMethod.GET || e.pattern().contains("{type}") || (file && !role.equals("lasare"))
                        || WRITE_FORMS.matcher(e.pattern()).find() || (ADMINISTRATION_READS.contains(e.pattern()) && !role.equals("admin"))) {
                    continue; // rendering a document is slow: one role proves a reader may fetch it
                }
                String path = expand(e.pattern());
                int status = mvc.perform(call(e, path).with(path.startsWith("/api/") ? httpBasic(role, role) : user(role)))
                        .andReturn().getResponse().getStatus();
                if (status == 401 || status == 403) {
                    refused.add(role + " " + e + " → " + status);
                }
            }
        }
        assertThat(refused).as("interna läsningar som nekades").isEmpty();
    }

    @Test
    void only_an_administrator_reads_the_login_throttles_and_the_backup() throws Exception {
        List<String> allowed = new ArrayList<>();
        for (String role : List.of("controller", "sekreterare", "politiker", "lasare")) {
            for (String path : ADMINISTRATION_READS) {
                Endpoint e = new Endpoint(RequestMethod.GET, path);
                int status = mvc.perform(call(e, path).with(path.startsWith("/api/") ? httpBasic(role, role) : user(role)))
                        .andReturn().getResponse().getStatus();
                if (!REFUSALS.contains(status)) {
                    allowed.add(role + " " + path + " → " + status);
                }
            }
        }
        assertThat(allowed).as("administration read by others").isEmpty();
    }

    boolean mayComment(String username) {
        String role = jdbc.sql("select role from user_account where username = ?").param(username).query(String.class).single();
        return se.rodtrad.organisation.Role.valueOf(role).grants(se.rodtrad.organisation.Permission.COMMENT);
    }

    /** No write by {@code role} succeeds on endpoints owned by {@code owner} (all endpoints when null). */
    private void assertNoWrites(String role, String owner) throws Exception {
        List<String> unexpected = new ArrayList<>();
        for (Endpoint e : endpoints()) {
            if (!WRITES.contains(e.method()) || SELF_SERVICE.contains(e.pattern()) || (owner != null && !owner.equals(ownerOf(e.pattern())))
                    || (COMMENT_WRITES.contains(e.pattern()) && mayComment(role))) {
                continue;
            }
            String path = expand(e.pattern());
            long before = auditEntriesBy(role);
            var builder = call(e, path).with(csrf()).with(path.startsWith("/api/") ? httpBasic(role, role) : user(role));
            int status = mvc.perform(builder).andReturn().getResponse().getStatus();
            if (!REFUSALS.contains(status)) {
                unexpected.add(role + " " + e + " → " + status);
            }
            if (auditEntriesBy(role) != before) {
                unexpected.add(role + " " + e + " ändrade data");
            }
        }
        assertThat(unexpected).as("oväntat tillåtna skrivningar").isEmpty();
    }
}
