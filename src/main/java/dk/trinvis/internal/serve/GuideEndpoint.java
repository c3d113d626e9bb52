package dk.trinvis.internal.serve;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.render.GuideRenderer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** {@code GET /v1/guides/{service}}: the query read into a request, the guide rendered in the format asked. */
final class GuideEndpoint {
    private static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final List<String> GUIDE_PARAMS = List.of("municipality", "at", "lang", "audience", "format",
            "dontKnow");

    /** One renderer per format for the server's life: they remember the Markdown they have made safe. */
    private final Map<GuideFormat, GuideRenderer> renderers = new EnumMap<>(GuideFormat.class);

    GuideEndpoint() {
        for (GuideFormat f : GuideFormat.values()) {
            renderers.put(f, f.renderer());
        }
    }

    Reply answer(Exchange exchange) {
        RuleSet rules = exchange.rules();
        String raw = java.util.Objects.requireNonNull(exchange.rawPath()).substring("/v1/guides/".length());
        String service = Params.decode(raw);
        if (!SERVICE_ID.matcher(service).matches()) {
            throw new HttpProblem.Failure(400, "invalid-service-id", "The service id is not valid",
                    "a service id is letters, digits, '-' and '_', not '" + Params.clip(service) + "'");
        }
        Map<String, String> q = Params.query(exchange.rawQuery());
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : q.entrySet()) {
            String key = e.getKey();
            // fact.NAME, or OpenAPI's deepObject style fact[NAME], as generated clients send it.
            String fact = key.startsWith("fact.") ? key.substring(5)
                    : key.startsWith("fact[") && key.endsWith("]") ? key.substring(5, key.length() - 1) : null;
            if (fact != null) {
                Params.checkFactName(fact);
                if (facts.put(fact, e.getValue()) != null) {
                    throw HttpProblem.badRequest("fact '" + Params.clip(fact) + "' is given twice (as fact." + Params.clip(fact)
                            + " and fact[" + Params.clip(fact) + "]); give it once", "facts." + Params.clip(fact));
                }
            } else if (!GUIDE_PARAMS.contains(key)) {
                throw Api.unknownParameter(key, GUIDE_PARAMS, ", fact.NAME");
            }
        }
        String municipality = q.get("municipality");
        if (municipality == null) {
            throw HttpProblem.badRequest("missing query parameter 'municipality' (a 4-digit code, e.g. 0751)",
                    "municipality");
        }
        String formatName = q.getOrDefault("format", "html");
        GuideFormat format = GuideFormat.parse(formatName).orElseThrow(() -> HttpProblem.badRequest(
                "format must be html, markdown, text, json or print, not '" + Params.clip(formatName) + "'"));
        String dontKnow = q.getOrDefault("dontKnow", "");
        DecisionRequest request = Params.applyCommon(DecisionRequest.of(service, municipality).facts(facts)
                        .dontKnow(dontKnow.isBlank() ? new String[0] : dontKnow.strip().split("\\s*,\\s*")),
                q.get("at"), q.get("lang"), q.get("audience"));
        ResolvedGuide guide = rules.guide(request);
        return Reply.text(200, contentType(format), Objects.requireNonNull(renderers.get(format), "a renderer per format").render(guide));
    }

    static String contentType(GuideFormat format) {
        return switch (format) {
            case HTML, PRINT -> "text/html; charset=utf-8";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
            case JSON -> Reply.JSON;
        };
    }
}
