package se.rodtrad.shared.web;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}) as a contract a client can trust; {@code OpenApiContractTest} holds every
 * GET endpoint's real answer against it and Redocly CLI lints it. What the controllers' annotations cannot say is said
 * here, once for all modules:
 * <ul>
 * <li>who may call: HTTP Basic or a personal API key as bearer token ({@code ApiTokenAuthenticationFilter}) on every
 * operation, none under {@code /api/v1/public};</li>
 * <li>errors as {@code application/problem+json} (RFC 9457, {@code ApiErrors}, {@code LoginAnswers}): 401 and 403 where a
 * login is needed, 404 where the path names an object, 400/409/422 where a body is written;</li>
 * <li>documents with their real media types as binary, never {@code *}{@code /*};</li>
 * <li>schema names unique across modules: records are named by module and class ({@code followup.measures.ImportApi.ReportJson}),
 * since many modules have a {@code ReportJson} or a {@code Judgement};</li>
 * <li>null where Java allows it: a record component of a reference type may be null, a primitive never (then required).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "ProblemDetail";
    static final String PRIMITIVE = "x-rodtrad-primitive";
    static final Map<String, String> DOCUMENT_TYPES = Map.of(
            ".pdf", "application/pdf",
            ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".csv", "text/csv",
            "/backup", "application/octet-stream");
    /** A fully qualified name as swagger writes it with {@code springdoc.use-fqn}: package, class, nested record. */
    static final Pattern QUALIFIED = Pattern.compile("se\\.rodtrad\\.((?:[a-z0-9_]+\\.)*)([A-Z][A-Za-z0-9_$]*)");

    @Bean
    OpenAPI rodtradOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Röd tråd API").version("v1")
                        .description("Planer, budget, intern kontroll, uppföljning, sammanträden, bidrag och dokument. Logga in med HTTP Basic "
                                + "eller en personlig API-nyckel (`Authorization: Bearer …`, skapas under Mitt konto). Öppna data under "
                                + "`/api/v1/public` kräver ingen inloggning. Fel svaras som `application/problem+json` med en svensk mening.")
                        .license(new License().name("CC0 1.0 Universal").identifier("CC0-1.0")))
                .servers(List.of(new Server().url("/").description("Den här installationen")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Användarnamn och lösenord"))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("Personlig API-nyckel, skapas under Mitt konto")));
    }

    /** Marks record components of a primitive type, which are never null (see {@link #contract()}). */
    @Bean
    PropertyCustomizer primitivesAreRequired() {
        return (property, type) -> {
            if (property != null && isPrimitive(type)) {
                property.addExtension(PRIMITIVE, true);
            }
            return property;
        };
    }

    static boolean isPrimitive(AnnotatedType type) {
        Type t = type == null ? null : type.getType();
        if (t instanceof Class<?> c) {
            return c.isPrimitive();
        }
        return t instanceof com.fasterxml.jackson.databind.JavaType j && j.isPrimitive();
    }

    @Bean
    OpenApiCustomizer contract() {
        return openApi -> {
            renameSchemas(openApi);
            Components components = openApi.getComponents();
            components.addSchemas(PROBLEM, problemSchema());
            Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(s -> nullables(s, seen));
            }
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                boolean open = path.startsWith("/api/v1/public");
                op.setSecurity(open ? new ArrayList<>() : List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
                documents(path, op);
                if (path.equals("/api/v1/imports/kolada") && method == PathItem.HttpMethod.POST) {
                    koladaImport(op);
                }
                errors(path, method, op, open);
                if (op.getRequestBody() != null) {
                    forEachSchema(op.getRequestBody().getContent(), s -> nullables(s, seen));
                }
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(r -> forEachSchema(r.getContent(), s -> nullables(s, seen)));
                }
            }));
            pruneUnused(openApi);
        };
    }

    /** Schemas no operation refers to any more (the document types replaced by binary), dropped. */
    static void pruneUnused(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        boolean removed = true;
        while (removed) {
            String json = io.swagger.v3.core.util.Json31.pretty(openApi);
            removed = schemas.keySet().removeIf(name -> !json.contains("\"#/components/schemas/" + name + "\""));
        }
    }

    /** Binary documents as their real media type, never {@code *}{@code /*} with a base64 string. */
    static void documents(String path, Operation op) {
        ApiResponse ok = op.getResponses() == null ? null : op.getResponses().get("200");
        if (ok == null) {
            return;
        }
        for (var e : DOCUMENT_TYPES.entrySet()) {
            if (path.endsWith(e.getKey())) {
                Schema<?> binary = new JsonSchema().types(Set.of("string")).format("binary");
                String type = e.getValue().equals("text/csv") ? "text/csv" : e.getValue();
                ok.setContent(new Content().addMediaType(type, new MediaType().schema(binary)));
                return;
            }
        }
    }

    /**
     * {@code POST /api/v1/imports/kolada} is three handlers on one address (ImportApi): a Kolada page as the JSON body, files
     * as multipart, or {@code ?url=} without a body. OpenAPI has one operation per method and path, so it is documented as
     * it really is: the body in either shape, or none when {@code url} is given; {@code url} is not required.
     */
    static void koladaImport(Operation op) {
        op.summary("Importera från Kolada: en sida som JSON-kropp, filer som multipart, eller ?url= utan kropp");
        op.description("Tre former på samma adress: (1) `application/json` — en sida ur Koladas data-API (v2 eller v3: "
                + "`{\"count\", \"values\": [{\"kpi\", \"municipality\", \"period\", \"values\": [...]}]}`); (2) `multipart/form-data` — "
                + "en eller flera filer (`file`), JSON-sidor i ordning eller CSV som rKolada skriver; (3) `?url=` utan kropp — hämtar och följer "
                + "`next_page`/`next_url`. En fil i ett annat format (PxWeb, json-stat2) avvisas med namnet på importen som läser den.");
        if (op.getParameters() != null) {
            op.getParameters().stream().filter(p -> "url".equals(p.getName())).forEach(p -> p.required(false)
                    .description("Kolada-URL att hämta (form 3); utelämnas när filen skickas i kroppen"));
        }
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            op.getRequestBody().required(false);
            MediaType json = op.getRequestBody().getContent().get("application/json");
            if (json != null) {
                JsonSchema page = new JsonSchema();
                page.types(Set.of("object"));
                page.description("En sida ur Koladas data-API, v2 eller v3");
                page.addProperty("count", new JsonSchema().types(Set.of("integer")));
                page.addProperty("values", new JsonSchema().types(Set.of("array")).items(new JsonSchema().types(Set.of("object"))));
                page.required(List.of("values"));
                json.setSchema(page);
            }
        }
    }

    /** The errors an operation really answers, as problem+json. */
    static void errors(String path, PathItem.HttpMethod method, Operation op, boolean open) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (!open) {
            responses.putIfAbsent("401", problem("Inte inloggad: HTTP Basic eller en API-nyckel behövs (WWW-Authenticate)"));
            responses.putIfAbsent("403", problem("Behörighet saknas för enheten eller åtgärden"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", problem("Finns inte (eller är inte publicerat)"));
        }
        // every address takes ?lang=sv|en (WebConfiguration): another language, or a parameter of the wrong type, is a 400
        if (write || open || op.getParameters() != null && !op.getParameters().isEmpty()) {
            responses.putIfAbsent("400", problem("Felaktig indata, med fältens fel på svenska"));
        }
        if (write) {
            responses.putIfAbsent("409", problem("Någon annan hann spara först (versionen stämmer inte)"));
            responses.putIfAbsent("422", problem("Regeln tillåter inte åtgärden; meningen säger varför"));
        }
    }

    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(new Content().addMediaType("application/problem+json",
                new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
    }

    static Schema<?> problemSchema() {
        JsonSchema s = new JsonSchema();
        s.types(Set.of("object"));
        s.description("RFC 9457 Problem Details; detail är en svensk mening, errors fälten med fel (vid 400)");
        s.addProperty("type", new JsonSchema().types(Set.of("string")));
        s.addProperty("title", new JsonSchema().types(Set.of("string")));
        s.addProperty("status", new JsonSchema().types(Set.of("integer")));
        s.addProperty("detail", new JsonSchema().types(Set.of("string", "null")));
        s.addProperty("instance", new JsonSchema().types(Set.of("string", "null")));
        s.required(List.of("status", "title"));
        return s;
    }

    /** Names by module and class instead of the simple name, references rewritten alike. */
    static void renameSchemas(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents() == null ? null : openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schemas.forEach((name, schema) -> {
            String n = shortName(name);
            names.put(name, n);
            renamed.put(n, schema);
        });
        openApi.getComponents().setSchemas(renamed);
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        renamed.values().forEach(s -> rewriteRefs(s, names, seen));
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> rewriteRefs(p.getSchema(), names, seen));
                }
                RequestBody body = op.getRequestBody();
                if (body != null) {
                    forEachSchema(body.getContent(), s -> rewriteRefs(s, names, seen));
                }
                if (op.getResponses() != null) {
                    op.getResponses().values().forEach(r -> forEachSchema(r.getContent(), s -> rewriteRefs(s, names, seen)));
                }
            }));
        }
    }

    /** {@code se.rodtrad.followup.measures.web.ImportApi$ReportJson} → {@code followup.measures.ImportApi.ReportJson}. */
    static String shortName(String name) {
        Matcher m = QUALIFIED.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String pkg = m.group(1).replaceAll("(^|\\.)web\\.$", "$1").replaceAll("\\.web\\.", ".");
            m.appendReplacement(out, Matcher.quoteReplacement("_" + pkg + m.group(2).replace('$', '.')));
        }
        m.appendTail(out);
        String n = out.toString().replaceAll("[^A-Za-z0-9._-]", "");
        return n.startsWith("_") ? n.substring(1) : n;
    }

    static void rewriteRefs(Schema<?> s, Map<String, String> names, Set<Schema<?>> seen) {
        if (s == null || !seen.add(s)) {
            return;
        }
        if (s.get$ref() != null && s.get$ref().startsWith("#/components/schemas/")) {
            String old = s.get$ref().substring("#/components/schemas/".length());
            s.set$ref("#/components/schemas/" + names.getOrDefault(old, old));
        }
        children(s).forEach(c -> rewriteRefs(c, names, seen));
    }

    /** Every property that Java allows to be null is declared so; a primitive one is required. */
    static void nullables(Schema<?> s, Set<Schema<?>> seen) {
        if (s == null || !seen.add(s)) {
            return;
        }
        if (s.getProperties() != null) {
            Map<String, Schema> props = new LinkedHashMap<>(s.getProperties());
            Set<String> required = new LinkedHashSet<>(s.getRequired() == null ? List.of() : s.getRequired());
            props.forEach((name, p) -> {
                if (p.getExtensions() != null && p.getExtensions().remove(PRIMITIVE) != null) {
                    if (p.getExtensions().isEmpty()) {
                        p.setExtensions(null);
                    }
                    required.add(name);
                } else if (!required.contains(name)) {
                    s.getProperties().put(name, orNull(p));
                }
            });
            s.setRequired(required.isEmpty() ? null : new ArrayList<>(required));
        }
        if (s.getItems() != null && s.getItems().get$ref() == null && s.getItems().getExtensions() == null) {
            s.setItems(orNull(s.getItems())); // a list of numbers may hold null where a value is missing (a chart's gaps)
        }
        children(s).forEach(c -> nullables(c, seen));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema orNull(Schema p) {
        if (p.get$ref() != null) {
            return new JsonSchema().anyOf(List.of(new JsonSchema().$ref(p.get$ref()), new JsonSchema().types(Set.of("null"))));
        }
        Set<String> types = p.getTypes() != null ? new LinkedHashSet<>(p.getTypes()) : new LinkedHashSet<>();
        if (types.isEmpty() && p.getType() != null) {
            types.add(p.getType());
        }
        if (types.isEmpty()) {
            return p; // no type: anything, null included
        }
        types.add("null");
        p.setTypes(types);
        if (p.getEnum() != null && !p.getEnum().contains(null)) {
            List values = new ArrayList<>(p.getEnum());
            values.add(null);
            p.setEnum(values);
        }
        return p;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<Schema<?>> children(Schema<?> s) {
        List<Schema<?>> c = new ArrayList<>();
        if (s.getProperties() != null) {
            c.addAll((java.util.Collection) s.getProperties().values());
        }
        if (s.getItems() != null) {
            c.add(s.getItems());
        }
        if (s.getAdditionalProperties() instanceof Schema<?> a) {
            c.add(a);
        }
        for (List l : new List[] {s.getAllOf(), s.getAnyOf(), s.getOneOf(), s.getPrefixItems()}) {
            if (l != null) {
                c.addAll(l);
            }
        }
        if (s.getNot() != null) {
            c.add(s.getNot());
        }
        return c;
    }

    static void forEachSchema(Content content, java.util.function.Consumer<Schema<?>> action) {
        if (content != null) {
            content.values().forEach(m -> action.accept(m.getSchema()));
        }
    }
}
