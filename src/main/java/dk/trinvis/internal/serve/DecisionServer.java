package dk.trinvis.internal.serve;

import dk.trinvis.DecisionListener;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.check.TestRunner;
import dk.trinvis.internal.http.LimitedServer;
import dk.trinvis.internal.json.DecisionJson;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.TrinvisException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP decision service: decisions, guides and the catalogue of a rule set, with health,
 * readiness and Prometheus metrics. Stateless between requests; every request is answered from
 * one whole rule set, whose hash each response carries. Runs on Jetty ({@link LimitedServer}),
 * whose selector reads requests, so a slow client holds a socket, not a worker.
 *
 * <pre>{@code
 * try (DecisionServer server = DecisionServer.start(ServerOptions.defaults(8080), System.out)) {
 *     server.awaitClose();
 * }
 * }</pre>
 */
public final class DecisionServer implements AutoCloseable {
    /** Open connections at most; beyond them accepting pauses (each costs a socket and a few KiB). */
    static final int MAX_CONNECTIONS = 10_000;
    /** How long a keep-alive connection may be silent, between requests or while its answer is sent. */
    static final Duration IDLE = Duration.ofSeconds(30);

    private final ServerOptions options;
    private final LimitedServer server;
    private final @Nullable RuleWatcher watcher;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Readiness readiness;
    private final ServiceLog log;

    private DecisionServer(ServerOptions options, RuleSetHolder holder, ServiceLog log, DecisionJson json,
                           DecisionListener events)
            throws Exception {
        this.options = options;
        this.log = log;
        this.readiness = new Readiness();
        Metrics metrics = new Metrics(() -> holder.current().contentHash());
        DecisionListener counted = metrics::observed;
        Api api = new Api(holder, metrics, options.maxBodyBytes(), log, readiness, json, counted.andThen(events));
        Handler counting = new Handler.Wrapper(api) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                inFlight.incrementAndGet();
                return super.handle(request, response, Callback.from(callback, inFlight::decrementAndGet));
            }
        };
        this.server = LimitedServer.start(options.host(), options.port(),
                new LimitedServer.Limits(options.threads(), MAX_CONNECTIONS, options.requestTime(), IDLE, 8192),
                "trinvis-http", counting, new ProblemErrors(holder, metrics, log));
        this.watcher = options.rules() == null && options.layers().isEmpty() ? null
                : new RuleWatcher(options.rules() == null ? "" : options.rules().toString(), holder, metrics, log,
                readiness, options.watchInterval());
        log.line("event=start url=" + server.uri() + " rules=" + (options.rules() == null ? "bundled" : options.rules())
                + (options.layers().isEmpty() ? "" : " layers=" + options.layers().stream().map(Path::toString)
                        .collect(Collectors.joining(",")))
                + " openapi=" + server.uri().resolve("/v1/openapi.json"));
    }

    /**
     * Loads the rule set and starts listening.
     *
     * @param out where the access log and reload reports go, one line each
     * @throws dk.trinvis.model.RuleSetException if the rule set does not load: there is nothing to serve
     * @throws IOException                       if the address cannot be bound
     */
    public static DecisionServer start(ServerOptions options, PrintStream out) throws IOException {
        return start(options, out, event -> { });
    }

    /**
     * Loads the rule set and starts listening, telling {@code events} of every decision and guide
     * answered (e.g. an event log for {@code serve --events}).
     */
    public static DecisionServer start(ServerOptions options, PrintStream out, DecisionListener events) throws IOException {
        RuleSetHolder.ReloadPolicy policy = new RuleSetHolder.ReloadPolicy(options.quietPeriod(),
                RuleSetHolder.ReloadPolicy.DEFAULT.attempts(), RuleSetHolder.ReloadPolicy.DEFAULT.gate(),
                options.acceptRemovals());
        policy = options.requireTests() ? policy.withGate(TestRunner.gate()) : policy;
        RuleSetHolder holder;
        if (!options.layers().isEmpty()) {
            // The guards and the gate apply to the stacked rule set, the layers' tests with the base's.
            holder = RuleSetHolder.stacked(options.rules(), options.layers(), policy);
        } else if (options.rules() == null) {
            holder = RuleSetHolder.of(RuleSet::bundled);
        } else {
            holder = RuleSetHolder.load(options.rules(), policy);
        }
        return start(options, holder, out, events);
    }

    /** Starts listening with a holder made elsewhere, e.g. by a test that controls its loader. */
    static DecisionServer start(ServerOptions options, RuleSetHolder holder, PrintStream out) throws IOException {
        return start(options, holder, out, event -> { });
    }

    private static DecisionServer start(ServerOptions options, RuleSetHolder holder, PrintStream out,
                                        DecisionListener events) throws IOException {
        DecisionJson json = new DecisionJson();
        warmUp(holder.current(), json);
        try {
            return new DecisionServer(options, holder, new ServiceLog(out), json, events);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot start the HTTP server on " + options.host() + ":" + options.port()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Decides each service once and writes the catalogue before the port opens, so the first
     * citizen does not wait a second for classes to load.
     */
    private static void warmUp(RuleSet rules, DecisionJson json) {
        String municipality = rules.model().municipalities().keySet().stream().findFirst().orElse(null);
        if (municipality == null) {
            return;
        }
        for (String service : rules.model().services().keySet()) {
            try {
                json.bytes(rules.decide(DecisionRequest.of(service, municipality)));
            } catch (TrinvisException e) {
                // Warming is an optimisation: a request that fails here fails for its caller with a 4xx.
            }
        }
        Catalogue.services(rules);
        Catalogue.facts(rules);
    }

    /** Where the service answers, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return server.uri();
    }

    /** Requests being answered now; for tests of the graceful shutdown. */
    int inFlight() {
        return inFlight.get();
    }

    /** Blocks until {@link #close()} has finished, e.g. from a shutdown hook on SIGTERM. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /**
     * Stops accepting connections, lets requests in flight finish (up to the shutdown grace),
     * then stops the workers and the folder watcher. Safe to call twice.
     */
    @Override
    public void close() {
        boolean first;
        synchronized (this) {
            first = !readiness.isClosing();
            readiness.closing();
        }
        if (!first) {
            awaitQuietly();
            return;
        }
        server.stop(options.shutdownGrace());
        if (watcher != null) {
            watcher.close();
        }
        log.line("event=stop inFlight=" + inFlight.get());
        closed.countDown();
    }

    private void awaitQuietly() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
