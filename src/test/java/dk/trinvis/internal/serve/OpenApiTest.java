package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The served OpenAPI document is valid, names every route, and tells the truth: each example is
 * what the live server answers, and live answers validate against the schemas. Run with
 * {@code -Dtrinvis.golden=update} to rewrite the examples from the live server.
 */
class OpenApiTest {
    private static final Path SOURCE = Path.of("src/main/resources/dk/trinvis/internal/serve/openapi.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    @RegisterExtension
    static final ServedRules SERVED = new ServedRules();

    private static JsonNode served() throws Exception {
        HttpResponse<String> r = SERVED.client().get("/v1/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        return MAPPER.readTree(r.body());
    }

    @Test
    void theDocumentIsValidOpenApi31() throws Exception {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(SERVED.client().get("/v1/openapi.json").body(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKeys("Decision", "DecisionRequest", "Problem");
    }

    @Test
    void everyRouteIsDescribedAndNothingElse() throws Exception {
        Set<String> documented = new TreeSet<>();
        served().get("paths").fieldNames().forEachRemaining(documented::add);
        Set<String> routes = Arrays.stream(Route.values()).filter(r -> r != Route.UNMATCHED).map(Route::template)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(routes);
    }

    @Test
    void everyExampleIsWhatTheLiveServerAnswers() throws Exception {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(Files.readString(SOURCE));
        List<JsonNode> examples = new ArrayList<>();
        collectExamples(doc, examples);
        assertThat(examples).hasSizeGreaterThanOrEqualTo(4);
        boolean update = "update".equals(System.getProperty("trinvis.golden"));
        for (JsonNode example : examples) {
            JsonNode req = example.get("x-trinvis-request");
            HttpRequest.Builder b = HttpRequest.newBuilder(SERVED.client().uri(req.get("path").asText()));
            if (req.get("method").asText().equals("POST")) {
                b.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(req.get("body"))));
            }
            HttpResponse<String> r = SERVED.client().send(b.build());
            String type = r.headers().firstValue("Content-Type").orElse("");
            JsonNode live = type.contains("json") ? MAPPER.readTree(r.body()) : MAPPER.getNodeFactory().textNode(r.body());
            if (update) {
                ((ObjectNode) example).set("value", live);
            } else {
                // The rule set's hash changes with every data edit, the engine version with every commit; the answer must not drift.
                assertThat(withoutHashes(live))
                        .as("%s (regenerate with -Dtrinvis.golden=update)", example.get("summary").asText())
                        .isEqualTo(withoutHashes(example.get("value")));
            }
        }
        if (update) {
            Files.writeString(SOURCE, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static JsonNode withoutHashes(JsonNode node) {
        JsonNode copy = node.deepCopy();
        copy.findParents("ruleSetHash").forEach(parent -> ((ObjectNode) parent).remove("ruleSetHash"));
        // The engine version names the build's commit, which every commit changes.
        copy.findParents("engineVersion").forEach(parent -> ((ObjectNode) parent).remove("engineVersion"));
        return copy;
    }

    private static void collectExamples(JsonNode node, List<JsonNode> out) {
        if (node.has("x-trinvis-request")) {
            out.add(node);
            return;
        }
        node.forEach(child -> collectExamples(child, out));
    }

    @Test
    void liveAnswersValidateAgainstTheirSchemas() throws Exception {
        check("Decision", SERVED.client().post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0751\","
                + "\"at\":\"2014-04-07T20:30\",\"facts\":{\"hasMitID\":false},\"lang\":\"en\"}"));
        check("Decision", SERVED.client().post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"0101\"}"));
        check("Guide", SERVED.client().get("/v1/guides/flytning?municipality=0751&fact[hasMitID]=false&format=json"));
        check("ServiceList", SERVED.client().get("/v1/services"));
        check("MunicipalityList", SERVED.client().get("/v1/municipalities"));
        check("FactList", SERVED.client().get("/v1/facts"));
        check("HelpOfferList", SERVED.client().get("/v1/help-offers"));
        check("Readiness", SERVED.client().get("/readyz"));
        check("Problem", SERVED.client().post("/v1/decisions", "{\"service\":\"flytning\",\"municipality\":\"075\"}"));
        check("Problem", SERVED.client().get("/nope"));
    }

    private static void check(String schemaName, HttpResponse<String> response) throws Exception {
        ObjectNode root = ((ObjectNode) served()).deepCopy();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + schemaName);
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(response.body()));
        assertThat(errors).as(schemaName + ": " + response.body().substring(0, Math.min(200, response.body().length())))
                .isEmpty();
    }
}
