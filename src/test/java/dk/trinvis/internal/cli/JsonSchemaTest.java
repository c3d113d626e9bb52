package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The generated schema must accept every bundled document, so it cannot drift from the loader. */
class JsonSchemaTest {
    private static final com.networknt.schema.JsonSchema SCHEMA = JsonSchemaFactory
            .getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(JsonSchema.json());

    @Test
    void everyBundledDocumentValidates() throws IOException {
        List<String> failures = new ArrayList<>();
        int documents = 0;
        try (Stream<Path> files = Files.walk(Path.of("guides"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode doc : documents(file)) {
                    documents++;
                    Set<ValidationMessage> errors = SCHEMA.validate(doc);
                    errors.forEach(e -> failures.add(file + ": " + e.getMessage()));
                }
            }
        }
        assertThat(documents).isPositive();
        assertThat(failures).isEmpty();
    }

    @Test
    void schemaRejectsAnUnknownKeyAndAnUnquotedCode() {
        ObjectNode doc = JsonNodeFactory.instance.objectNode().put("kind", "Municipality").put("code", 167)
                .put("name", "Hvidovre").put("nmae", "typo");
        assertThat(SCHEMA.validate(doc)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("nmae"))
                .anySatisfy(m -> assertThat(m).contains("code"));
    }

    @Test
    void aLayerValidatesAndOneWithoutItsBaseDoesNot() throws IOException {
        List<String> failures = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/layers/on-bundled"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                documents(file).forEach(doc -> SCHEMA.validate(doc).forEach(e -> failures.add(file + ": " + e.getMessage())));
            }
        }
        assertThat(failures).isEmpty();
        ObjectNode layer = JsonNodeFactory.instance.objectNode().put("kind", "Layer").put("municipality", "0167");
        assertThat(SCHEMA.validate(layer)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("base"));
    }

    @Test
    void schemaIsDeterministic() {
        assertThat(JsonSchema.json()).isEqualTo(JsonSchema.json());
        assertThat(new ObjectMapper().valueToTree(JsonSchema.schema()).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    /** YAML to JSON the way an editor's YAML plugin sees it: typed scalars, dates as strings. */
    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Node node : new Yaml(new LoaderOptions()).composeAll(reader)) {
                out.add(json(node));
            }
        }
        return out;
    }

    private static JsonNode json(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MappingNode m) {
            ObjectNode o = f.objectNode();
            for (NodeTuple t : m.getValue()) {
                o.set(((ScalarNode) t.getKeyNode()).getValue(), json(t.getValueNode()));
            }
            return o;
        }
        if (node instanceof SequenceNode s) {
            ArrayNode a = f.arrayNode();
            s.getValue().forEach(n -> a.add(json(n)));
            return a;
        }
        ScalarNode s = (ScalarNode) node;
        if (Tag.BOOL.equals(s.getTag())) {
            return f.booleanNode(Boolean.parseBoolean(s.getValue()));
        }
        if (Tag.INT.equals(s.getTag())) {
            return f.numberNode(Long.parseLong(s.getValue()));
        }
        if (Tag.FLOAT.equals(s.getTag())) {
            return f.numberNode(new java.math.BigDecimal(s.getValue()));
        }
        if (Tag.NULL.equals(s.getTag())) {
            return f.nullNode();
        }
        return f.textNode(s.getValue());
    }
}
