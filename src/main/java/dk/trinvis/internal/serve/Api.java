package dk.trinvis.internal.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.internal.util.Json;
import dk.trinvis.model.RequestException;
import dk.trinvis.DecisionListener;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.internal.util.DidYouMean;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Answers one exchange: route, check, handle, and turn every failure into a problem document. */
final class Api {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final List<String> KNOWN_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private final RuleSetHolder holder;
    private final Metrics metrics;
    private final int maxBodyBytes;
    private final PrintStream log;
    private final BooleanSupplier ready;
    private final byte[] openApi;
    private final GuideEndpoint guides = new GuideEndpoint();
    private final DecisionListener listener;

    Api(RuleSetHolder holder, Metrics metrics, int maxBodyBytes, PrintStream log, BooleanSupplier ready,
        DecisionListener listener) {
        this.holder = holder;
        this.listener = listener;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
        this.ready = ready;
        this.openApi = OpenApi.document();
    }

    void handle(HttpExchange exchange) {
        long start = System.nanoTime();
        // One snapshot per request: the answer and its headers come from the same rule set.
        // Every answer it gives is told to the outcome counters and the event log, if any.
        RuleSet rules = holder.current().withListener(listener);
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
            reply = problem(HttpProblem.fromLibrary(e));
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
        EntityTags.checkIfMatch(exchange.getRequestHeaders(), rules);
        return switch (route) {
            case DECISIONS -> decide(exchange, rules);
            case GUIDE -> guides.answer(exchange, rules).withEtag();
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
        if (cached != null && EntityTags.matches(cached, rules, true)) {
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

    static void noQuery(HttpExchange exchange) {
        Map<String, String> q = Params.query(exchange.getRequestURI().getRawQuery());
        if (!q.isEmpty()) {
            throw unknownParameter(q.keySet().iterator().next(), List.of());
        }
    }

    static HttpProblem.Failure unknownParameter(String name, List<String> known) {
        String hint = DidYouMean.hint(name, known);
        return HttpProblem.badRequest("unknown query parameter '" + Params.clip(name) + "'"
                + (hint != null ? " (" + hint + ")" : known.isEmpty() ? " (this endpoint takes none)"
                : " (known: " + String.join(", ", known) + ", fact.NAME)"));
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
