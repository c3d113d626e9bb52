package dk.trinvis.internal.serve;

import dk.trinvis.DecisionListener;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.internal.http.BodyReader;
import dk.trinvis.internal.util.Json;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Answers one request: route, check, read the body (without holding a thread while it arrives),
 * handle, and turn every failure into a problem document. A Jetty handler.
 */
final class Api extends Handler.Abstract {
    private final RuleSetHolder holder;
    private final Metrics metrics;
    private final int maxBodyBytes;
    private final ServiceLog log;
    private final Readiness readiness;
    private final byte[] openApi;
    private final GuideEndpoint guides = new GuideEndpoint();
    private final DecisionListener listener;

    Api(RuleSetHolder holder, Metrics metrics, int maxBodyBytes, ServiceLog log, Readiness readiness,
        DecisionListener listener) {
        this.holder = holder;
        this.listener = listener;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
        this.readiness = readiness;
        this.openApi = OpenApi.document();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        // One snapshot per request: the answer and its headers come from the same rule set.
        // Every answer it gives is told to the outcome counters and the event log, if any.
        Exchange exchange = new Exchange(request, response, callback, holder.current().withListener(listener));
        Reply refused = attempt(exchange, () -> check(exchange));
        if (refused != null) {
            exchange.closeIfBodyUnread();
            exchange.send(refused, metrics, log);
        } else if (exchange.route() == Route.DECISIONS) {
            BodyReader.read(request, maxBodyBytes, new BodyReader.Receiver() {
                @Override
                public void body(byte[] body) {
                    exchange.send(attempt(exchange, () -> decide(exchange, body)), metrics, log);
                }

                @Override
                public void tooLarge() {
                    exchange.closeIfBodyUnread();
                    exchange.send(problem(bodyTooLarge()), metrics, log);
                }

                @Override
                public void failed(Throwable why) {
                    // The client stopped sending, or the request time limit closed the connection: no bug,
                    // and nobody left to answer; logged and counted as 408.
                    exchange.send(problem(new HttpProblem.Failure(408, "request-timeout", "The request did not arrive",
                            "the body did not arrive in time")), metrics, log);
                }
            });
        } else {
            exchange.send(attempt(exchange, () -> answer(exchange)), metrics, log);
        }
        return true;
    }

    /** The answer, or the problem document of whatever went wrong on the way to it. */
    private Reply attempt(Exchange exchange, Supplier<@Nullable Reply> step) {
        try {
            return step.get();
        } catch (HttpProblem.Failure f) {
            return problem(f.problem());
        } catch (RequestException e) {
            return problem(HttpProblem.fromLibrary(e));
        } catch (RuntimeException | Error e) {
            // The client gets an id to quote; only the log gets the stack trace.
            log.line("event=error id=" + exchange.id() + " route=" + exchange.route().template() + " error=\"" + e + "\"");
            log.stackTrace(e);
            return problem(HttpProblem.of(500, "internal-error", "The service could not answer",
                    "an unexpected error; quote id " + exchange.id() + " to the operator"));
        }
    }

    /** Refuses what needs no body to refuse: a target that is no path, no route, a method, a release, a media type. */
    private @Nullable Reply check(Exchange exchange) {
        Route route = exchange.route();
        if (exchange.rawPath() == null) {
            throw HttpProblem.badRequest("the request target must be a path such as /v1/decisions");
        }
        if (route == Route.UNMATCHED) {
            throw new HttpProblem.Failure(404, "unknown-route", "No such endpoint",
                    "no endpoint at this path; see /v1/openapi.json for the endpoints");
        }
        if (!route.methods().contains(exchange.method())) {
            exchange.header("Allow", String.join(", ", route.methods()));
            throw new HttpProblem.Failure(405, "method-not-allowed", "Method not allowed", route.template() + " takes "
                    + String.join(" or ", route.methods()) + ", not " + Params.clip(exchange.method()));
        }
        EntityTags.checkIfMatch(exchange.headers().getValuesList("If-Match"), exchange.rules());
        if (route == Route.DECISIONS) {
            checkBodyType(exchange.headers().get("Content-Type"));
            pretty(exchange);
            checkLength(exchange.headers().get("Content-Length"));
        }
        return null;
    }

    private Reply answer(Exchange exchange) {
        RuleSet rules = exchange.rules();
        return switch (exchange.route()) {
            case GUIDE -> guides.answer(exchange).withEtag();
            case SERVICES, MUNICIPALITIES, FACTS, HELP_OFFERS -> catalogue(exchange);
            case OPENAPI -> new Reply(200, Reply.JSON, openApi, false);
            case HEALTHZ -> Reply.json(Json.write(Map.of("status", "alive")));
            case READYZ -> readiness(rules);
            case METRICS -> Reply.text(200, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
            case DECISIONS, UNMATCHED -> throw new IllegalStateException("unreachable");
        };
    }

    private Reply readiness(RuleSet rules) {
        String why = readiness.notReady();
        if (why != null) {
            return problem(HttpProblem.of(503, readiness.isClosing() ? "shutting-down" : "not-ready", "Not ready", why));
        }
        return Reply.json(Json.write(new Ready(rules.contentHash(), holder.lastProblems().size())));
    }

    /**
     * A catalogue list; 304 when the caller's copy (If-None-Match) is of this rule set. Guides
     * get no 304: without {@code at} they depend on the moment, not only on the rules.
     */
    private static Reply catalogue(Exchange exchange) {
        noQuery(exchange.rawQuery());
        RuleSet rules = exchange.rules();
        String cached = exchange.headers().get("If-None-Match");
        if (cached != null && EntityTags.matches(cached, rules, true)) {
            return new Reply(304, Reply.JSON, new byte[0], true);
        }
        String body = switch (exchange.route()) {
            case SERVICES -> Catalogue.services(rules);
            case MUNICIPALITIES -> Catalogue.municipalities(rules);
            case FACTS -> Catalogue.facts(rules);
            default -> Catalogue.helpOffers(rules);
        };
        return Reply.json(body).withEtag();
    }

    /**
     * Whether the rules are loaded and the server takes requests, and how the last reload went.
     *
     * @param status             always {@code ready}; a service that is not answers 503 with a problem
     * @param ruleSetHash        the rule set answering
     * @param lastReloadProblems the problems of the last reload, 0 when it worked
     */
    record Ready(String status, String ruleSetHash, int lastReloadProblems) {
        Ready(String ruleSetHash, int lastReloadProblems) {
            this("ready", ruleSetHash, lastReloadProblems);
        }
    }

    private Reply decide(Exchange exchange, byte[] body) {
        DecisionRequest request = DecisionBody.parse(body);
        Decision decision = exchange.rules().decide(request);
        metrics.decided(decision);
        return new Reply(200, Reply.JSON, DecisionJson.write(decision, pretty(exchange)), false);
    }

    /** {@code ?pretty} (or {@code pretty=true}) asks for indented JSON; no other query parameter is taken. */
    private static boolean pretty(Exchange exchange) {
        Map<String, String> q = Params.query(exchange.rawQuery());
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (!e.getKey().equals("pretty")) {
                throw unknownParameter(e.getKey(), List.of("pretty"), "");
            }
            if (!List.of("", "true", "false").contains(e.getValue())) {
                throw HttpProblem.badRequest("pretty is true or false (or given without a value), not '"
                        + Params.clip(e.getValue()) + "'");
            }
        }
        return q.containsKey("pretty") && !q.get("pretty").equals("false");
    }

    /** A decision body must say it is JSON: {@code application/json}, with parameters such as a charset. */
    private static void checkBodyType(@Nullable String type) {
        String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new HttpProblem.Failure(415, "unsupported-media-type", "Unsupported media type",
                    type == null ? "the body must be application/json; send Content-Type: application/json"
                            : "the body must be application/json, not " + Params.clip(type));
        }
    }

    private void checkLength(@Nullable String length) {
        if (length == null) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("Content-Length is not a number");
        }
        if (declared > maxBodyBytes) {
            throw bodyTooLarge();
        }
    }

    static void noQuery(@Nullable String rawQuery) {
        Map<String, String> q = Params.query(rawQuery);
        if (!q.isEmpty()) {
            throw unknownParameter(q.keySet().iterator().next(), List.of(), "");
        }
    }

    /** An unknown query parameter: the nearest known one, or the list; {@code more} names what the list leaves out. */
    static HttpProblem.Failure unknownParameter(String name, List<String> known, String more) {
        String hint = Params.suggest(name, known);
        return HttpProblem.badRequest("unknown query parameter '" + Params.clip(name) + "'"
                + (hint != null ? " (" + hint + ")" : known.isEmpty() ? " (this endpoint takes none)"
                : " (known: " + String.join(", ", known) + more + ")"));
    }

    private HttpProblem.Failure bodyTooLarge() {
        return new HttpProblem.Failure(413, "body-too-large", "The body is too large",
                "a decision request is at most " + maxBodyBytes + " bytes");
    }

    static Reply problem(HttpProblem p) {
        return new Reply(p.status(), HttpProblem.MEDIA_TYPE + "; charset=utf-8",
                Json.write(p).getBytes(StandardCharsets.UTF_8), false);
    }

    private static Reply problem(HttpProblem.Failure f) {
        return problem(f.problem());
    }
}
