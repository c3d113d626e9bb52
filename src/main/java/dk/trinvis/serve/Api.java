package dk.trinvis.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.util.Json;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.util.DidYouMean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Answers one exchange: route, check, handle, and turn every failure into a problem document. */
final class Api {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern SERVICE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");
    private static final List<String> KNOWN_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");
    private static final List<String> GUIDE_PARAMS = List.of("municipality", "at", "lang", "audience", "format");

    private final RuleSetHolder holder;
    private final Metrics metrics;
    private final int maxBodyBytes;
    private final PrintStream log;
    private final BooleanSupplier ready;
    private final byte[] openApi;

    Api(RuleSetHolder holder, Metrics metrics, int maxBodyBytes, PrintStream log, BooleanSupplier ready) {
        this.holder = holder;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
        this.ready = ready;
        this.openApi = OpenApi.document();
    }

    void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        // One snapshot per request: the answer and its headers come from the same rule set.
        RuleSet rules = holder.current();
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        // Any other token becomes "OTHER" in logs and metrics, so a client cannot mint label values.
        String shownMethod = KNOWN_METHODS.contains(method) ? method : "OTHER";
        Route route = Route.of(exchange.getRequestURI().getRawPath());
        String id = requestId(exchange.getRequestHeaders().getFirst("X-Request-Id"));
        exchange.getResponseHeaders().set("X-Request-Id", id);
        Reply reply;
        try {
            reply = answer(exchange, route, method, rules);
        } catch (HttpProblem.Failure f) {
            reply = problem(f.problem());
        } catch (RequestException e) {
            reply = problem(libraryProblem(e));
        } catch (RuntimeException | IOException e) {
            // The client gets an id to quote; only the log gets the stack trace.
            log.println("event=error id=" + id + " route=" + route.template() + " error=\"" + e + "\"");
            e.printStackTrace(log);
            reply = problem(HttpProblem.of(500, "internal-error", "The service could not answer",
                    "an unexpected error; quote id " + id + " to the operator"));
        }
        // Counted before the write, so a client that has its answer also sees it counted.
        metrics.answered(route.template(), shownMethod, reply.status(), System.nanoTime() - start);
        int bytes = send(exchange, method, rules, reply);
        long nanos = System.nanoTime() - start;
        log.println("ts=" + Instant.now() + " id=" + id + " method=" + shownMethod
                + " route=" + route.template() + " status=" + reply.status()
                + " ms=" + String.format(Locale.ROOT, "%.2f", nanos / 1e6) + " bytes=" + bytes
                + " rules=" + rules.contentHash().substring(0, Math.min(12, rules.contentHash().length())));
    }

    /** The caller's (or its proxy's) request id when it is a safe token, else a new one; logged and echoed. */
    static String requestId(String given) {
        return given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    private Reply answer(HttpExchange exchange, Route route, String method, RuleSet rules) throws IOException {
        if (route == Route.UNMATCHED) {
            throw new HttpProblem.Failure(404, "unknown-route", "No such endpoint",
                    "no endpoint at this path; see /v1/openapi.json for the endpoints");
        }
        if (!route.methods().contains(method)) {
            exchange.getResponseHeaders().set("Allow", String.join(", ", route.methods()));
            throw new HttpProblem.Failure(405, "method-not-allowed", "Method not allowed",
                    route.template() + " takes " + String.join(" or ", route.methods()) + ", not " + Params.clip(method));
        }
        checkIfMatch(exchange.getRequestHeaders(), rules);
        return switch (route) {
            case DECISIONS -> decide(exchange, rules);
            case GUIDE -> guide(exchange, rules).withEtag();
            case SERVICES, MUNICIPALITIES, FACTS, HELP_OFFERS -> catalogue(exchange, route, rules);
            case OPENAPI -> new Reply(200, Reply.JSON, openApi, false);
            case HEALTHZ -> Reply.json(Json.write(Map.of("status", "alive")));
            case READYZ -> ready.getAsBoolean()
                    ? Reply.json(Json.write(new Readiness("ready", rules.contentHash(), holder.lastProblems().size())))
                    : problem(HttpProblem.of(503, "shutting-down", "Not ready", "the service is shutting down"));
            case METRICS -> Reply.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
            case UNMATCHED -> throw new IllegalStateException("unreachable");
        };
    }

    /**
     * A catalogue list; 304 when the caller's copy (If-None-Match) is of this rule set. Guides
     * get no 304: without {@code at} they depend on the moment, not only on the rules.
     */
    private static Reply catalogue(HttpExchange exchange, Route route, RuleSet rules) {
        noQuery(exchange);
        String cached = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (cached != null && matches(cached, rules, true)) {
            return new Reply(304, Reply.JSON, new byte[0], true);
        }
        String body = switch (route) {
            case SERVICES -> Catalogue.services(rules);
            case MUNICIPALITIES -> Catalogue.municipalities(rules);
            case FACTS -> Catalogue.facts(rules);
            default -> Catalogue.helpOffers(rules);
        };
        return Reply.json(body).withEtag();
    }

    /** Whether the rules are loaded and the server takes requests, and how the last reload went. */
    record Readiness(String status, String ruleSetHash, int lastReloadProblems) {
    }

    private Reply decide(HttpExchange exchange, RuleSet rules) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type != null && !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new HttpProblem.Failure(415, "unsupported-media-type", "Unsupported media type",
                    "the body must be application/json, not " + Params.clip(type));
        }
        noQuery(exchange);
        DecisionRequest request = DecisionBody.parse(body(exchange));
        Decision decision = rules.decide(request);
        metrics.decided(decision);
        return Reply.json(decision.toJson());
    }

    private Reply guide(HttpExchange exchange, RuleSet rules) {
        String raw = exchange.getRequestURI().getRawPath().substring("/v1/guides/".length());
        String service = Params.decode(raw);
        if (!SERVICE_ID.matcher(service).matches()) {
            throw new HttpProblem.Failure(400, "invalid-service-id", "The service id is not valid",
                    "a service id is letters, digits, '-' and '_', not '" + Params.clip(service) + "'");
        }
        Map<String, String> q = Params.query(exchange.getRequestURI().getRawQuery());
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : q.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("fact.")) {
                facts.put(key.substring(5), e.getValue());
            } else if (key.startsWith("fact[") && key.endsWith("]")) {
                // OpenAPI's deepObject style, as generated clients send it.
                facts.put(key.substring(5, key.length() - 1), e.getValue());
            } else if (!GUIDE_PARAMS.contains(e.getKey())) {
                throw unknownParameter(e.getKey(), GUIDE_PARAMS);
            }
        }
        String municipality = q.get("municipality");
        if (municipality == null) {
            throw HttpProblem.badRequest("missing query parameter 'municipality' (a 4-digit code, e.g. 0751)");
        }
        String formatName = q.getOrDefault("format", "html");
        GuideFormat format = GuideFormat.parse(formatName).orElseThrow(() -> HttpProblem.badRequest(
                "format must be html, markdown, text, json or print, not '" + Params.clip(formatName) + "'"));
        DecisionRequest request = Params.applyCommon(DecisionRequest.of(service, municipality).facts(facts),
                q.get("at"), q.get("lang"), q.get("audience"));
        ResolvedGuide guide = rules.guide(request);
        return Reply.text(200, contentType(format), format.renderer().render(guide));
    }

    static String contentType(GuideFormat format) {
        return switch (format) {
            case HTML, PRINT -> "text/html; charset=utf-8";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
            case JSON -> Reply.JSON;
        };
    }

    private static void noQuery(HttpExchange exchange) {
        Map<String, String> q = Params.query(exchange.getRequestURI().getRawQuery());
        if (!q.isEmpty()) {
            throw unknownParameter(q.keySet().iterator().next(), List.of());
        }
    }

    private static HttpProblem.Failure unknownParameter(String name, List<String> known) {
        String hint = DidYouMean.hint(name, known);
        return HttpProblem.badRequest("unknown query parameter '" + Params.clip(name) + "'"
                + (hint != null ? " (" + hint + ")" : known.isEmpty() ? " (this endpoint takes none)"
                : " (known: " + String.join(", ", known) + ", fact.NAME)"));
    }

    private static void checkIfMatch(Headers headers, RuleSet rules) {
        List<String> values = headers.get("If-Match");
        if (values == null) {
            return;
        }
        if (matches(String.join(",", values), rules, false)) {
            return;
        }
        String current = "\"" + rules.contentHash() + "\"";
        throw new HttpProblem.Failure(412, "rules-changed", "The rule set has changed",
                "the request is pinned to rule set " + Params.clip(String.join(",", values))
                        + " but the service now decides with " + current);
    }

    /** Whether a list of entity tags names this rule set (or is {@code *}); weak tags count only when weak. */
    private static boolean matches(String tagList, RuleSet rules, boolean weak) {
        String current = "\"" + rules.contentHash() + "\"";
        for (String tag : tagList.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(current) || weak && t.equals("W/" + current)) {
                return true;
            }
        }
        return false;
    }

    private byte[] body(HttpExchange exchange) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                throw HttpProblem.badRequest("Content-Length is not a number");
            }
            if (declared > maxBodyBytes) {
                throw tooLarge();
            }
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                throw tooLarge();
            }
            return body;
        } catch (IOException e) {
            // The client stopped sending, or the server's request time limit closed the connection:
            // no bug, and nobody left to answer; logged and counted as 408.
            throw new HttpProblem.Failure(408, "request-timeout", "The request did not arrive",
                    "the body did not arrive in time");
        }
    }

    private HttpProblem.Failure tooLarge() {
        return new HttpProblem.Failure(413, "body-too-large", "The body is too large",
                "a decision request is at most " + maxBodyBytes + " bytes");
    }

    /** The library's request errors: its message unchanged, a code by the field it names, and its suggestion. */
    static HttpProblem libraryProblem(RequestException e) {
        String field = e.field() == null ? "" : e.field();
        boolean unknown = e.getMessage().startsWith("unknown ");
        int status = 400;
        String code;
        String title;
        if (field.startsWith("facts.")) {
            code = "bad-fact-value";
            title = "A fact has a value it cannot take";
        } else if (field.equals("facts")) {
            code = "unknown-fact";
            title = "Unknown fact";
        } else if (field.equals("municipality")) {
            code = "unknown-municipality";
            title = "Unknown municipality";
        } else if (field.equals("service") && unknown) {
            code = "unknown-service";
            title = "Unknown service";
        } else if (field.equals("service")) {
            code = "no-guide";
            title = "The service has no guide";
            status = 404;
        } else {
            code = "request-rejected";
            title = "The rule set cannot answer this request";
        }
        String hint = e.suggestion() == null ? null
                : unknown ? "did you mean '" + e.suggestion() + "'?" : e.suggestion();
        String detail = e.getMessage().length() > 1000 ? Params.clip(e.getMessage()) : e.getMessage();
        return new HttpProblem(HttpProblem.TYPE_BASE + code, title, status, detail, code,
                e.field(), hint == null ? null : Params.clip(hint));
    }

    private static Reply problem(HttpProblem p) {
        return new Reply(p.status(), HttpProblem.MEDIA_TYPE + "; charset=utf-8",
                Json.write(p).getBytes(StandardCharsets.UTF_8), false);
    }

    private int send(HttpExchange exchange, String method, RuleSet rules, Reply reply) {
        try (exchange) {
            Headers h = exchange.getResponseHeaders();
            h.set("Content-Type", reply.contentType());
            h.set("Trinvis-Rules", rules.contentHash());
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Cache-Control", reply.etag() ? "no-cache" : "no-store");
            if (reply.etag()) {
                h.set("ETag", "\"" + rules.contentHash() + "\"");
            }
            if (reply.contentType().startsWith("text/html")) {
                h.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
            }
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return 0;
            }
            // -1: no body at all (a 304); 0 would mean a chunked body to the JDK server.
            exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
            return reply.body().length;
        } catch (IOException e) {
            // The client went away; nothing to answer.
            return 0;
        }
    }
}
