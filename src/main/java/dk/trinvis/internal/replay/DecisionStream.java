package dk.trinvis.internal.replay;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads one archived decision from a parser without building it as a tree: the trace and the
 * considered grounds, most of a decision's bytes, are skipped token by token, and of grounds,
 * help offers and missing facts only the ids are kept. A bare receipt is read as it is.
 */
final class DecisionStream {
    private DecisionStream() {
    }

    /** The entry whose object starts at the parser's current token (START_OBJECT). */
    static Archived read(ObjectMapper json, JsonParser p, int line) throws IOException {
        ObjectNode top = json.createObjectNode();
        JsonNode receipt = null;
        boolean explained = false;
        List<String> grounds = new ArrayList<>();
        List<String> help = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String authority = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "receipt", "facts" -> top.set(field, json.readTree(p));
                case "trace" -> explained = value == JsonToken.START_ARRAY && skipArray(p);
                case "grounds" -> ids(p, grounds);
                case "help" -> ids(p, help);
                case "missingFacts" -> ids(p, missing);
                case "authority" -> authority = value == JsonToken.START_OBJECT ? id(p) : null;
                default -> {
                    if (value.isScalarValue()) {
                        top.set(field, json.readTree(p));
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
        receipt = top.get("receipt");
        if (receipt == null) {
            return Archived.of(line, top, null, null, null, false);
        }
        Answer answer = new Answer(text(top, "requirement"), text(top, "until"), text(top, "channel"),
                text(top, "alternative"), grounds, authority, explained ? help : null, missing);
        return Archived.of(line, receipt, text(top, "service"), text(top, "municipality"), answer, explained);
    }

    /** Skips an array the parser is at the start of; whether it had any element. */
    private static boolean skipArray(JsonParser p) throws IOException {
        boolean any = false;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            any = true;
            p.skipChildren();
        }
        return any;
    }

    /** The {@code id} of each object in the array the parser is at the start of. */
    private static void ids(JsonParser p, List<String> into) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.START_OBJECT) {
                String id = id(p);
                if (id != null) {
                    into.add(id);
                }
            } else {
                p.skipChildren();
            }
        }
    }

    /** The {@code id} of the object the parser is at the start of, the rest skipped. */
    private static @Nullable String id(JsonParser p) throws IOException {
        String id = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("id") && value.isScalarValue()) {
                id = p.getValueAsString();
            } else {
                p.skipChildren();
            }
        }
        return id;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
