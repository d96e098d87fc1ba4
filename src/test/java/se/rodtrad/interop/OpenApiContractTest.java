package se.rodtrad.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.rodtrad.RodtradTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document is the contract: every GET endpoint under {@code /api/} — found from the handler mappings,
 * so one added tomorrow is covered the day it lands — is called with real demo ids (signed in; anonymously under
 * {@code /api/v1/public}) and its real answer is validated against the schema the document declares for that status
 * and media type (JSON Schema 2020-12, the dialect of OpenAPI 3.1). The document is written to
 * {@code target/openapi/openapi.json}, where Redocly CLI lints it ({@link #the_document_lints_clean_with_redocly}).
 */
@RodtradTest
class OpenApiContractTest {

    static final String DOCUMENT_URI = "https://rodtrad.example/openapi.json";
    static final Path WRITTEN = Path.of("target/openapi/openapi.json");
    static final ObjectMapper JSON = JsonMapper.builder().build();


    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    DemoPaths demo;
    JsonNode document;
    SchemaRegistry schemas;

    @BeforeEach
    void readTheDocument() throws Exception {
        demo = new DemoPaths(jdbc);
        if (jdbc.sql("select count(*) from plan_proposal").query(Long.class).single() == 0) {
            String plan = jdbc.sql("select id::text from plan where key = 'rtn-2026'").query(String.class).single();
            String item = jdbc.sql("select id::text from plan_item where plan_id = ?::uuid order by position desc limit 1").param(plan)
                    .query(String.class).single();
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/plans/" + plan + "/proposals")
                    .contentType(MediaType.APPLICATION_JSON).content(DemoPaths.PROPOSAL.formatted(item)).with(httpBasic("politiker", "politiker"))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        }
        if (jdbc.sql("select count(*) from document_import").query(Long.class).single() == 0) {
            // the demo data has no document import: one made as a person makes it, so GET /api/v1/document-imports/{id} is checked
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/document-imports")
                    .file(new org.springframework.mock.web.MockMultipartFile("file", "verksamhetsplan.txt", "text/plain",
                            "Verksamhetsplan 2027\n\nMål 1. Fler företag startar i länet.\nIndikator: Nyföretagande per 1 000 invånare ska öka.\n"
                                    .getBytes(StandardCharsets.UTF_8)))
                    .param("kind", "PLAN").param("body", "RTN").with(httpBasic("controller", "controller"))
                    .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
        }
        String text = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        document = JSON.readTree(text);
        Files.createDirectories(WRITTEN.getParent());
        Files.writeString(WRITTEN, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
        schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(DOCUMENT_URI, text)));
    }

    /** Every GET pattern under /api/ that a controller of ours answers. */
    Set<String> getEndpoints() {
        Set<String> result = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (var entry : mapping.getHandlerMethods().entrySet()) {
                if (!entry.getValue().getBeanType().getPackageName().startsWith("se.rodtrad")) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                    continue;
                }
                info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(result::add);
            }
        }
        return result;
    }

    MockHttpServletResponse call(String pattern) throws Exception {
        String path = demo.expand(pattern);
        var request = get(java.net.URI.create(path.replace(" ", "%20")));
        if (!pattern.startsWith("/api/v1/public")) {
            request.with(httpBasic("admin", "admin"));
        }
        var result = mvc.perform(request).andReturn();
        if (result.getRequest().isAsyncStarted()) { // a streamed answer (the backup): let it finish
            result = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch(result)).andReturn();
        }
        return result.getResponse();
    }

    /** What the document says the answer is, or a sentence saying what it fails to say. */
    List<String> check(String pattern, MockHttpServletResponse response) throws Exception {
        List<String> problems = new ArrayList<>();
        JsonNode operation = document.path("paths").path(pattern).path("get");
        if (operation.isMissingNode()) {
            return List.of(pattern + ": saknas i dokumentet");
        }
        String status = String.valueOf(response.getStatus());
        JsonNode answer = operation.path("responses").path(status);
        if (answer.isMissingNode()) {
            return List.of(pattern + ": svaret " + status + " är inte dokumenterat" + (response.getStatus() >= 400
                    ? " (" + response.getContentAsString(StandardCharsets.UTF_8) + ")" : ""));
        }
        MediaType actual = MediaType.parseMediaType(response.getContentType());
        String declared = null;
        for (String key : (Iterable<String>) () -> answer.path("content").propertyNames().iterator()) {
            if (MediaType.parseMediaType(key).isCompatibleWith(actual) && !key.contains("*")) {
                declared = key;
            }
        }
        if (declared == null) {
            return List.of(pattern + ": " + actual + " är inte bland de dokumenterade typerna " + answer.path("content").propertyNames());
        }
        if (actual.isCompatibleWith(MediaType.APPLICATION_JSON) || actual.getSubtype().endsWith("+json")) {
            String pointer = "#/paths/" + escape(pattern) + "/get/responses/" + status + "/content/" + escape(declared) + "/schema";
            Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + pointer));
            List<Error> errors = schema.validate(JSON.readTree(response.getContentAsByteArray()));
            errors.stream().limit(5).forEach(e -> problems.add(pattern + ": " + e.getInstanceLocation() + " " + e.getMessage()));
        } else if (answer.path("content").path(declared).path("schema").path("format").asString("").equals("binary")) {
            assertThat(response.getContentAsByteArray()).as(pattern).isNotEmpty();
        }
        return problems;
    }

    static String escape(String pointerPart) {
        return pointerPart.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }

    @Test
    void every_get_endpoint_answers_as_the_document_says() throws Exception {
        Set<String> endpoints = getEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(60).contains("/api/v1/measures", "/api/v1/public/plans");
        List<String> problems = new ArrayList<>();
        for (String pattern : endpoints) {
            MockHttpServletResponse response = call(pattern);
            if (response.getStatus() != 200 && !(response.getStatus() == 404 && DemoPaths.MAY_BE_UNPUBLISHED.contains(pattern))) {
                problems.add(pattern + " → " + response.getStatus() + " " + response.getContentAsString(StandardCharsets.UTF_8));
                continue;
            }
            problems.addAll(check(pattern, response));
        }
        assertThat(problems).as("svar som inte stämmer med OpenAPI-dokumentet (" + endpoints.size() + " GET-ändpunkter)").isEmpty();
    }

    @Test
    void the_validator_notices_a_field_the_document_does_not_allow() throws Exception {
        JsonNode operation = document.path("paths").path("/api/v1/public/plans").path("get");
        String pointer = "#/paths/" + escape("/api/v1/public/plans") + "/get/responses/200/content/application~1json/schema";
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT_URI + pointer));
        JsonNode real = JSON.readTree(call("/api/v1/public/plans").getContentAsByteArray());
        assertThat(schema.validate(real)).as(operation.path("summary").asString()).isEmpty();
        ((tools.jackson.databind.node.ObjectNode) real.path("data").get(0)).put("year", "tjugohundratjugosex");
        assertThat(schema.validate(real)).isNotEmpty();
    }

    /**
     * Redocly CLI (installed from the npm registry by Maven into lint/openapi before the tests, see pom.xml) lints the
     * document; no network at test time. Zero errors and zero warnings, with the rules of lint/openapi/redocly.yaml.
     */
    @Test
    void the_document_lints_clean_with_redocly() throws Exception {
        Path redocly = Path.of("lint/openapi/node_modules/.bin/redocly");
        assertThat(redocly).as("Redocly CLI installeras av Maven (npm install i lint/openapi)").exists();
        Process p = new ProcessBuilder(redocly.toString(), "lint", "--config", "lint/openapi/redocly.yaml", "--format", "stylish",
                WRITTEN.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        Files.writeString(Path.of("target/openapi/redocly-lint.txt"), out);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).as(out).doesNotContainPattern("\\d+:\\d+\\s+(error|warning)").contains("Your API description is valid");
    }
}
