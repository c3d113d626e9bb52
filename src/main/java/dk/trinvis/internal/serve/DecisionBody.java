package dk.trinvis.internal.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dk.trinvis.model.DecisionRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads the JSON body of {@code POST /v1/decisions} into a request, strictly: unknown fields and wrong types are 400. */
final class DecisionBody {
    static final List<String> FIELDS = List.of("service", "municipality", "at", "facts", "dontKnow", "lang", "audience",
            "explain");

    // A decision request is two levels deep; anything deeper is an attack, not a mistake.
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(10_000)
                    .maxNameLength(10_000).build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    private DecisionBody() {
    }

    /** The request the body describes, or a 400 failure saying what is wrong. */
    static DecisionRequest parse(byte[] body) {
        JsonNode root = read(body);
        if (!root.isObject()) {
            throw HttpProblem.badRequest("the body must be a JSON object with service and municipality, not "
                    + article(root.getNodeType()));
        }
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            String name = field.getKey();
            if (!FIELDS.contains(name)) {
                String hint = Params.suggest(name, FIELDS);
                throw HttpProblem.badRequest("unknown field '" + Params.clip(name) + "'"
                        + (hint == null ? " (known: " + String.join(", ", FIELDS) + ")" : " (" + hint + ")"));
            }
        }
        DecisionRequest request = DecisionRequest.of(required(root, "service"), required(root, "municipality"))
                .facts(facts(root.get("facts"))).dontKnow(dontKnow(root.get("dontKnow")));
        request = Params.applyCommon(request, text(root, "at", false), text(root, "lang", false),
                text(root, "audience", false));
        JsonNode explain = root.get("explain");
        if (explain != null && !explain.isBoolean()) {
            throw HttpProblem.badRequest("explain must be true or false, not " + article(explain.getNodeType()), "explain");
        }
        return explain != null && !explain.booleanValue() ? request.withoutExplanation() : request;
    }

    private static JsonNode read(byte[] body) {
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null) {
                throw HttpProblem.badRequest("the body is empty; send a JSON object with service and municipality");
            }
            if (parser.nextToken() != null) {
                throw HttpProblem.badRequest("the body has more after its JSON object");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw HttpProblem.badRequest("the body is nested too deeply or has a too long string: " + e.getOriginalMessage());
        } catch (IOException e) {
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : -1;
            int column = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getColumnNr() : -1;
            throw HttpProblem.badRequest("the body is not valid JSON" + (line > 0 ? " at " + line + ":" + column : "")
                    + ": " + Params.clip(firstLine(message)));
        }
    }

    private static String required(JsonNode root, String field) {
        return Objects.requireNonNull(text(root, field, true), "a missing required field throws");
    }

    private static @Nullable String text(JsonNode root, String field, boolean required) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw HttpProblem.badRequest("missing field '" + field + "'", field);
            }
            return null;
        }
        if (!node.isTextual()) {
            throw HttpProblem.badRequest(field + " must be a string, not " + article(node.getNodeType()), field);
        }
        return node.textValue();
    }

    private static Map<String, Object> facts(JsonNode node) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return facts;
        }
        if (!node.isObject()) {
            throw HttpProblem.badRequest("facts must be an object of NAME: value, not " + article(node.getNodeType()),
                    "facts");
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Params.checkFactName(e.getKey());
            JsonNode v = e.getValue();
            Object value;
            if (v.isBoolean()) {
                value = v.booleanValue();
            } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                value = v.longValue();
            } else if (v.isTextual()) {
                // Dates, and numbers or booleans written as strings, are typed by the rule set's Facts.
                value = v.textValue();
            } else {
                throw HttpProblem.badRequest("fact '" + Params.clip(e.getKey())
                        + "' must be true/false, a whole number or a string, not " + article(v.getNodeType()),
                        "facts." + Params.clip(e.getKey()));
            }
            facts.put(e.getKey(), value);
        }
        return facts;
    }

    /** The facts answered "don't know": an array of fact names. */
    private static String[] dontKnow(JsonNode node) {
        if (node == null || node.isNull()) {
            return new String[0];
        }
        if (!node.isArray()) {
            throw HttpProblem.badRequest("dontKnow must be an array of fact names, not " + article(node.getNodeType()));
        }
        List<String> names = new java.util.ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw HttpProblem.badRequest("dontKnow must hold fact names as strings, not " + article(n.getNodeType()));
            }
            names.add(n.textValue());
        }
        return names.toArray(new String[0]);
    }

    private static String article(JsonNodeType type) {
        return switch (type) {
            case ARRAY -> "an array";
            case OBJECT, POJO -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "a string";
        };
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "null";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
