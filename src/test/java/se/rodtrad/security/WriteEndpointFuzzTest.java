package se.rodtrad.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.rodtrad.RodtradApplication;

/**
 * Every write endpoint of the product — found from the handler mappings, so the meetings', the grants' and every later
 * module's endpoints are covered the day they are added — gets a corpus of hostile input as an administrator (who may
 * do everything, so the input is what is judged): nulls where values belong, NUL bytes, bidirectional overrides, a
 * megabyte of text, numbers where text belongs and text where numbers belong, lists of null, unreadable JSON, and
 * garbage ids in the path. Every answer must be below 500, and the log must hold no stack trace (a bad request is the
 * caller's, not a fault of the product). The fields come from the handler's own parameters: the record a JSON body
 * binds to, the form object's components, the request parameters.
 *
 * <p>Its own context (it writes: renames, deletes, creates), closed afterwards, so no other test sees what it did.
 */
@SpringBootTest(classes = RodtradApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = "rodtrad.test.context=fuzz")
@AutoConfigureMockMvc
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class WriteEndpointFuzzTest {

    static final Set<RequestMethod> WRITES = Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH);
    static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    static final String HUGE = "å".repeat(40_000);
    /** What goes into every text field and parameter. */
    static final List<String> TEXTS = List.of("", "Mål\u0000NUL", "\u202Eevil", HUGE, "-1", "99999999999999999999999", "x<script>",
            "2026-13-45", "\uD800");
    /** What goes into every JSON field: a null, wrong types, a list of nulls, an object where a value belongs. */
    static final List<String> JSON_VALUES = List.of("null", "\"Mål\\u0000NUL\"", "\"\\u202Eevil\"", "\"" + "å".repeat(40_000) + "\"",
            "12345678901234567890", "-1", "true", "[null]", "{}", "\"x\"", "[\"x\"]", "\"2026-13-45\"");
    static final List<String> RAW_BODIES = List.of("", "null", "[]", "{", "\"x\"", "{\"x\":null}", "[null]", "{\"rows\":[null],\"cells\":[null]}");

    record Endpoint(RequestMethod method, String pattern, HandlerMethod handler) {
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    List<Endpoint> writeEndpoints() {
        List<Endpoint> result = new ArrayList<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                if (!entry.getValue().getBeanType().getPackageName().startsWith("se.rodtrad")) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                        if (WRITES.contains(m) && !pattern.equals("/logout")) {
                            result.add(new Endpoint(m, pattern, entry.getValue()));
                        }
                    }
                }
            }
        }
        return result;
    }

    /** Real ids where the path names one of the demo's objects (so the input is reached), garbage otherwise. */
    String expand(String pattern, boolean garbage) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = garbage ? "inte-ett-id" : idFor(pattern, m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    String idFor(String pattern, String variable) {
        if (variable.equals("occasion")) {
            return "DELARSRAPPORT_1";
        }
        if (pattern.contains("/organisation/") || pattern.contains("/units/")) {
            return query("select id::text from org_unit where code = 'FRU-NU'");
        }
        if (variable.equals("body")) {
            return "RTN"; // a body is named by its code
        }
        if (pattern.contains("/punkter/") || variable.equals("itemId")) {
            return query("select id::text from plan_item where plan_id = (select id from plan where key = 'rtn-2026') order by position limit 1");
        }
        if (pattern.contains("plan") || variable.equals("planId")) {
            return query("select id::text from plan where key = 'rtn-2026'");
        }
        return UUID.randomUUID().toString();
    }

    String query(String sql) {
        return jdbc.sql(sql).query(String.class).optional().orElse(UUID.randomUUID().toString());
    }

    /** The JSON field names a handler's body binds to, and of the records in its lists (one level down). */
    static Set<String> jsonFields(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            if (p.hasParameterAnnotation(RequestBody.class)) {
                collect(p.getGenericParameterType(), names, 0);
            }
        }
        return names;
    }

    static Set<String> formFields(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (MethodParameter p : handler.getMethodParameters()) {
            RequestParam param = p.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value() : p.getParameterName();
                if (name != null && !org.springframework.web.multipart.MultipartFile.class.isAssignableFrom(p.getParameterType())
                        && !java.util.Map.class.isAssignableFrom(p.getParameterType())) {
                    names.add(name);
                }
            } else if (p.hasParameterAnnotation(ModelAttribute.class)
                    || (!org.springframework.beans.BeanUtils.isSimpleProperty(p.getParameterType()) && p.getParameterType().isRecord())) {
                collect(p.getGenericParameterType(), names, 1);
            }
        }
        return names;
    }

    private static void collect(Type type, Set<String> names, int depth) {
        Class<?> raw = type instanceof Class<?> c ? c : type instanceof ParameterizedType pt ? (Class<?>) pt.getRawType() : Object.class;
        if (type instanceof ParameterizedType pt && java.util.Collection.class.isAssignableFrom(raw)) {
            collect(pt.getActualTypeArguments()[0], names, depth);
            return;
        }
        if (raw.isRecord()) {
            for (RecordComponent rc : raw.getRecordComponents()) {
                names.add(rc.getName());
                if (depth < 1) {
                    collect(rc.getGenericType(), names, depth + 1);
                }
            }
        } else if (!raw.getName().startsWith("java.") && !raw.isPrimitive() && !raw.isEnum()) {
            for (Field f : raw.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    names.add(f.getName());
                }
            }
        }
    }

    MockHttpServletRequestBuilder call(Endpoint e, String path) {
        MockHttpServletRequestBuilder r = request(HttpMethod.valueOf(e.method().name()), path);
        // signed in as the test context's user, not by Basic: a password check per request (BCrypt, the throttle's record)
        // made the corpus take the better part of an hour on the shared machine, and proves nothing here
        return r.with(user("admin").roles("ADMINISTRATOR")).with(csrf());
    }

    static String describe(org.springframework.mock.web.MockHttpServletRequest req) throws Exception {
        String body = req.getContentAsString() == null ? "" : req.getContentAsString();
        return "params " + req.getParameterMap().keySet() + " body " + body.substring(0, Math.min(120, body.length()));
    }

    @Test
    void every_write_endpoint_answers_hostile_input_below_500_without_a_stack_trace(CapturedOutput output) throws Exception {
        List<Endpoint> endpoints = writeEndpoints();
        assertThat(endpoints).extracting(Endpoint::pattern).contains("/api/v1/plans", "/api/v1/plans/{planId}/budget/tables");
        Map<String, String> fiveHundreds = new LinkedHashMap<>();
        int requests = 0;
        // deletes last: they take away what the others write to
        endpoints.sort(java.util.Comparator.comparing(e -> e.method() == RequestMethod.DELETE || e.pattern().contains("ta-bort")));
        for (Endpoint e : endpoints) {
            for (boolean garbage : e.pattern().contains("{") ? List.of(true, false) : List.of(false)) {
                String path = expand(e.pattern(), garbage);
                List<MockHttpServletRequestBuilder> corpus = new ArrayList<>();
                if (garbage) {
                    // a garbage id is judged before the body: one request with a plausible body is enough
                    corpus.add(path.startsWith("/api/") ? call(e, path).contentType(MediaType.APPLICATION_JSON).content("{}") : call(e, path));
                } else if (path.startsWith("/api/")) {
                    for (String raw : RAW_BODIES) {
                        corpus.add(call(e, path).contentType(MediaType.APPLICATION_JSON).content(raw));
                    }
                    for (String field : jsonFields(e.handler())) {
                        for (String value : JSON_VALUES) {
                            corpus.add(call(e, path).contentType(MediaType.APPLICATION_JSON).content("{\"" + field + "\":" + value + "}"));
                        }
                    }
                    for (String field : formFields(e.handler())) {
                        for (String value : TEXTS) {
                            corpus.add(call(e, path).contentType(MediaType.APPLICATION_JSON).content("{}").param(field, value));
                        }
                    }
                } else {
                    corpus.add(call(e, path));
                    for (String field : formFields(e.handler())) {
                        for (String value : TEXTS) {
                            corpus.add(call(e, path).param(field, value));
                        }
                    }
                }
                for (MockHttpServletRequestBuilder r : corpus) {
                    requests++;
                    String key = e.method() + " " + e.pattern() + (garbage ? " (garbage id)" : "");
                    try {
                        var response = mvc.perform(r).andReturn();
                        int status = response.getResponse().getStatus();
                        if (status >= 500) {
                            fiveHundreds.putIfAbsent(key, status + " " + describe(response.getRequest()) + " → "
                                    + (response.getResolvedException() == null ? "" : response.getResolvedException().toString()));
                        }
                    } catch (Exception unhandled) {
                        Throwable root = unhandled;
                        while (root.getCause() != null && root.getCause() != root) {
                            root = root.getCause();
                        }
                        fiveHundreds.putIfAbsent(key, "unhandled " + root);
                    }
                }
            }
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(fiveHundreds).as("write endpoints that answered 5xx").isEmpty();
        assertThat(output.getAll().lines().filter(l -> l.startsWith("\tat ")).limit(20).toList()).as("stack trace lines in the log").isEmpty();
    }
}
