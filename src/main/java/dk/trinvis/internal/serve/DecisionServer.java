package dk.trinvis.internal.serve;

import com.sun.net.httpserver.HttpServer;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.TrinvisException;
import java.io.IOException;
import java.nio.file.Path;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP decision service: decisions, guides and the catalogue of a rule set, with health,
 * readiness and Prometheus metrics. Stateless between requests; every request is answered from
 * one whole rule set, whose hash each response carries. Built on the JDK's HTTP server, whose
 * selector keeps idle keep-alive connections off the worker threads.
 *
 * <pre>{@code
 * try (DecisionServer server = DecisionServer.start(ServerOptions.defaults(8080), System.out)) {
 *     server.awaitClose();
 * }
 * }</pre>
 */
public final class DecisionServer implements AutoCloseable {
    private final ServerOptions options;
    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final RuleWatcher watcher;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
    private final Api api;
    private final PrintStream log;
    private volatile boolean closing;

    private DecisionServer(ServerOptions options, RuleSetHolder holder, Map<Path, String> seen, PrintStream log)
            throws IOException {
        this.options = options;
        this.log = log;
        Metrics metrics = new Metrics(() -> holder.current().contentHash());
        this.api = new Api(holder, metrics, options.maxBodyBytes(), log, () -> !closing);
        this.server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 1024);
        // Bounded: a burst queues, and when the queue is full the selector thread answers
        // itself, which slows accepting instead of growing memory without limit.
        this.workers = new ThreadPoolExecutor(options.threads(), options.threads(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(4096), r -> {
                    Thread t = new Thread(r, "trinvis-http");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        server.setExecutor(workers);
        server.createContext("/", exchange -> {
            inFlight.incrementAndGet();
            try {
                api.handle(exchange);
            } finally {
                inFlight.decrementAndGet();
            }
        });
        this.watcher = seen == null ? null
                : new RuleWatcher(RuleWatcher.given(options.rules(), options.layers()),
                options.rules() == null ? "" : options.rules().toString(), seen, holder, metrics, log,
                options.watchInterval());
    }

    /**
     * Loads the rule set and starts listening.
     *
     * @param log where the access log and reload reports go, one line each
     * @throws dk.trinvis.model.RuleSetException if the rule set does not load: there is nothing to serve
     * @throws IOException                 if the address cannot be bound
     */
    public static DecisionServer start(ServerOptions options, PrintStream log) throws IOException {
        limitTheJdkServer();
        List<Path> folders = RuleWatcher.given(options.rules(), options.layers());
        Map<Path, String> seen = folders.isEmpty() ? null : RuleWatcher.fingerprints(folders);
        RuleSetHolder.ReloadPolicy defaults = RuleSetHolder.ReloadPolicy.DEFAULT;
        RuleSetHolder.ReloadPolicy policy = new RuleSetHolder.ReloadPolicy(options.quietPeriod(), defaults.attempts(),
                defaults.gate());
        RuleSetHolder holder = !options.layers().isEmpty()
                ? RuleSetHolder.stacked(options.rules(), options.layers(), policy)
                : options.rules() == null ? RuleSetHolder.of(RuleSet::bundled) : RuleSetHolder.load(options.rules(), policy);
        DecisionServer s = new DecisionServer(options, holder, seen, log);
        warmUp(holder.current());
        s.server.start();
        return s;
    }

    /**
     * Decides each service once and writes the catalogue before the port opens, so the first
     * citizen does not wait a second for classes to load.
     */
    private static void warmUp(RuleSet rules) {
        String municipality = rules.model().municipalities().keySet().stream().findFirst().orElse(null);
        if (municipality == null) {
            return;
        }
        for (String service : rules.model().services().keySet()) {
            try {
                rules.decide(DecisionRequest.of(service, municipality)).toJson();
            } catch (TrinvisException e) {
                // Warming is an optimisation: a request that fails here fails for its caller with a 4xx.
            }
        }
        Catalogue.services(rules);
        Catalogue.facts(rules);
    }

    /**
     * The JDK server reads these once, at its first use in the JVM, so they are set before it
     * starts; the preview sets the same time limits the same way, so either may start first.
     * A user's own -D settings win.
     */
    private static void limitTheJdkServer() {
        // Headers and body must arrive within 10 s, the response be taken within 30 s: no slow-loris.
        System.getProperties().putIfAbsent("sun.net.httpserver.maxReqTime", "10");
        System.getProperties().putIfAbsent("sun.net.httpserver.maxRspTime", "30");
        // Headers and body go out in two writes; without NODELAY, Nagle holds the body for the client's delayed ACK (40 ms).
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
        System.getProperties().putIfAbsent("sun.net.httpserver.idleInterval", "30");
    }

    /** Where the service answers, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
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
        if (closing) {
            awaitQuietly();
            return;
        }
        closing = true;
        // JDK 17's stop(n) waits all n seconds when nothing is in flight; only wait when something is.
        server.stop(inFlight.get() == 0 ? 0 : (int) Math.max(1, options.shutdownGrace().toSeconds()));
        workers.shutdown();
        try {
            workers.awaitTermination(options.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (watcher != null) {
            watcher.close();
        }
        log.println("event=stop inFlight=" + inFlight.get());
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
