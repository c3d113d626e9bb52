package dk.trinvis.internal.cli;

import dk.trinvis.internal.util.Json;
import dk.trinvis.internal.yaml.Schema;
import dk.trinvis.internal.yaml.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Generates the JSON Schema (draft 2020-12) of rule-set YAML from the same shape declarations
 * the loader reads by, so editor completion and the loader cannot drift apart.
 */
final class JsonSchema {
    /** The schema's {@code $id}. */
    public static final String ID = "https://trinvis.dk/schema/rule-set.json";

    private JsonSchema() {
    }

    /** The schema as pretty JSON. */
    public static String json() {
        return Json.write(schema());
    }

    /** The schema as nested maps and lists. */
    public static Map<String, Object> schema() {
        Map<String, Object> defs = new LinkedHashMap<>();
        List<Object> branches = new ArrayList<>();
        for (Map.Entry<String, Shape.Obj> kind : Schema.KINDS.entrySet()) {
            defs.put(kind.getKey(), object(kind.getValue(), kind.getKey()));
            branches.add(m(
                    "if", m("properties", m("kind", m("const", kind.getKey()))),
                    "then", m("$ref", "#/$defs/" + kind.getKey())));
        }
        defs.put("Step", object(Schema.resolve(new Shape.Ref("Step")), null));
        defs.put(Schema.LEGAL_REFERENCE.name(), object(Schema.LEGAL_REFERENCE, null));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", ID);
        root.put("title", "Trinvis rule-set document");
        root.put("description", "One YAML document of a Trinvis rule set; 'kind' says which.");
        root.put("type", "object");
        root.put("required", List.of("kind"));
        root.put("properties", m("kind", m("enum", List.copyOf(Schema.KINDS.keySet()),
                "description", "The document kind.")));
        root.put("allOf", branches);
        root.put("$defs", defs);
        return root;
    }

    private static Map<String, Object> object(Shape.Obj obj, @Nullable String kind) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Shape.Field f : obj.fields()) {
            Map<String, Object> value = f.name().equals("kind") && kind != null ? m("const", kind) : shape(f.shape());
            // The loader reads 'key: null' as an absent optional key, so the schema must allow it too.
            Map<String, Object> property = f.required() ? new LinkedHashMap<>(value)
                    : m("anyOf", List.of(value, m("type", "null")));
            property.put("description", f.description());
            properties.put(f.name(), property);
            if (f.required()) {
                required.add(f.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("description", obj.description());
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> shape(Shape shape) {
        if (shape instanceof Shape.OneOf oneOf) {
            return m("enum", oneOf.values());
        }
        if (shape instanceof Shape.ListOf list) {
            return m("type", "array", "items", shape(list.item()));
        }
        if (shape instanceof Shape.MapOf map) {
            return m("type", "object", "additionalProperties", shape(map.value()));
        }
        if (shape instanceof Shape.Obj obj) {
            return object(obj, null);
        }
        if (shape instanceof Shape.Ref ref) {
            return m("$ref", "#/$defs/" + ref.name());
        }
        return scalar(((Shape.Scalar) shape).kind());
    }

    private static Map<String, Object> scalar(Shape.ScalarKind kind) {
        return switch (kind) {
            case STRING, EXPRESSION, HOURS -> m("type", "string");
            case ID -> m("type", "string", "pattern", "^[a-z0-9æøå]+(-[a-z0-9æøå]+)*$");
            case MUNICIPALITY_CODE -> m("type", "string", "pattern", "^[0-9]{4}$");
            case LANGUAGE -> m("type", "string", "pattern", "^[a-z]{2,3}$");
            case DATE -> m("type", "string", "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
            case DATE_TIME -> m("type", "string",
                    "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?)?$");
            case BOOLEAN -> m("type", "boolean");
            case INTEGER -> m("type", "integer");
            case SHARE -> m("type", "number", "minimum", 0, "maximum", 1);
            case URL -> m("type", "string", "pattern", "^[a-zA-Z][a-zA-Z0-9+.-]*://");
            case VALUE -> m("type", List.of("boolean", "integer", "string"));
            case LEGAL -> m("oneOf", List.of(
                    m("type", "string", "description", "The older form: the act as text. Prefer {act, section, eli}."),
                    m("$ref", "#/$defs/" + Schema.LEGAL_REFERENCE.name()),
                    m("type", "array", "minItems", 1, "items", m("$ref", "#/$defs/" + Schema.LEGAL_REFERENCE.name()))));
            case TEXT -> m("oneOf", List.of(
                    m("type", "string"),
                    m("type", "object", "required", List.of("da"), "additionalProperties", false,
                            "patternProperties", m("^[a-z]{2,3}$", m("type", "string")))));
        };
    }

    /** A map that keeps the order written, so the printed schema is stable. */
    private static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
