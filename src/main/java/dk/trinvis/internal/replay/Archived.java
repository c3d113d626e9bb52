package dk.trinvis.internal.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dk.trinvis.model.Audience;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * One archived decision, read back: the request its receipt describes and the answer it gave.
 *
 * @param line          the archive line it starts on
 * @param request       the request to decide again, or null when it cannot be made (see problem)
 * @param answer        the archived answer, or null for a bare receipt
 * @param ruleSetHash   the rule set's hash the receipt names, or null
 * @param engineVersion the engine version the receipt names, or null (receipts before it was recorded)
 * @param at            the moment as archived, or null
 * @param problem       why it cannot be replayed, or null
 */
@NullMarked
public record Archived(int line, @Nullable DecisionRequest request, @Nullable Answer answer,
                       @Nullable String ruleSetHash, @Nullable String engineVersion, @Nullable String at,
                       @Nullable String problem) {

    /** An entry that cannot be replayed. */
    static Archived unreadable(int line, String problem) {
        return new Archived(line, null, null, null, null, null, problem);
    }

    /**
     * An entry from its receipt, the decision's own service and municipality (for receipts that
     * do not name them), and the archived answer (null for a bare receipt).
     */
    static Archived of(int line, JsonNode receipt, @Nullable String decidedService, @Nullable String decidedMunicipality,
                       @Nullable Answer answer, boolean explained) {
        if (!receipt.isObject() || !receipt.has("at")) {
            return unreadable(line, "no receipt: neither a decision with 'receipt' nor a receipt with 'at'");
        }
        String hash = text(receipt, "ruleSetHash");
        String engine = text(receipt, "engineVersion");
        String at = text(receipt, "at");
        String service = text(receipt, "service") != null ? text(receipt, "service") : decidedService;
        String municipality = text(receipt, "municipality") != null ? text(receipt, "municipality") : decidedMunicipality;
        if (service == null || municipality == null) {
            return new Archived(line, null, null, hash, engine, at,
                    "the receipt names no service or municipality (a receipt written before they were recorded, without its decision)");
        }
        OffsetDateTime moment;
        try {
            moment = OffsetDateTime.parse(String.valueOf(at));
        } catch (DateTimeParseException e) {
            return new Archived(line, null, null, hash, engine, at, "the receipt's 'at' is not a moment: " + at);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : receipt.path("facts").properties()) {
            JsonNode v = f.getValue();
            if (v.isBoolean()) {
                facts.put(f.getKey(), v.booleanValue());
            } else if (v.isIntegralNumber()) {
                facts.put(f.getKey(), v.longValue());
            } else if (v.isTextual()) {
                facts.put(f.getKey(), v.textValue());
            } else {
                return new Archived(line, null, null, hash, engine, at,
                        "fact '" + f.getKey() + "' is neither true/false, a whole number nor a string");
            }
        }
        String langCode = text(receipt, "lang");
        Language lang = langCode == null ? Language.DA : Language.parse(langCode).orElse(Language.DA);
        String audienceName = text(receipt, "audience");
        Audience audience = audienceName == null ? Audience.CITIZEN : Audience.parse(audienceName).orElse(Audience.CITIZEN);
        DecisionRequest request;
        try {
            request = new DecisionRequest(service, municipality, moment.toInstant(), facts, lang, explained, audience);
            // Facts answered "ved ikke" are part of the request: without them the replay would ask them again.
            List<String> dontKnow = new ArrayList<>();
            receipt.path("dontKnow").forEach(n -> dontKnow.add(n.asText()));
            if (!dontKnow.isEmpty()) {
                request = request.dontKnow(dontKnow.toArray(String[]::new));
            }
        } catch (IllegalArgumentException e) {
            return new Archived(line, null, null, hash, engine, at, String.valueOf(e.getMessage()));
        }
        return new Archived(line, request, answer, hash, engine, at, null);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
