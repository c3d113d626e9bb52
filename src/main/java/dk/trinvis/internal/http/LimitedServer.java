package dk.trinvis.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * An embedded Jetty server on one address with the limits a public service needs. A selector
 * reads every connection, so a client that sends slowly or not at all holds no worker thread;
 * the workers only run handlers, and the handlers read bodies without blocking
 * ({@link BodyReader}). Stopping is graceful: the port closes at once, requests in flight finish.
 */
public final class LimitedServer implements AutoCloseable {
    /** Threads besides the workers: one accepts connections, one runs the selector. */
    private static final int PLUMBING_THREADS = 2;

    private final Server server;
    private final ServerConnector connector;
    private final String host;

    /**
     * The limits of a server.
     *
     * @param threads        worker threads that run handlers; more requests than these wait in a queue,
     *                       which the connection limit bounds (HTTP/1.1 reads one request per connection
     *                       at a time; Jetty warns against a bounded queue, which can drop its own tasks)
     * @param maxConnections open connections at most; beyond it accepting pauses
     * @param requestTime    how long a request (headers and body) may take to arrive
     * @param idleTime       how long a connection may be silent, between requests or mid-response
     * @param maxHeaderBytes the largest request line and headers; larger is answered 431 or 414
     */
    public record Limits(int threads, int maxConnections, Duration requestTime, Duration idleTime,
                         int maxHeaderBytes) {
        /** Validates the limits. */
        public Limits {
            Objects.requireNonNull(requestTime, "requestTime");
            Objects.requireNonNull(idleTime, "idleTime");
            if (threads < 1 || maxConnections < 1 || maxHeaderBytes < 1024) {
                throw new IllegalArgumentException("threads and connections must be positive, headers at least 1 KiB");
            }
        }
    }

    private LimitedServer(Server server, ServerConnector connector, String host) {
        this.server = server;
        this.connector = connector;
        this.host = host;
    }

    /**
     * Starts a server.
     *
     * @param host    the address to bind, e.g. {@code 127.0.0.1}
     * @param port    the port; 0 picks a free one
     * @param limits  threads, connections and time limits
     * @param name    what its threads are called, e.g. {@code trinvis-http}
     * @param handler answers requests
     * @param errors  answers what Jetty refuses before a handler sees it (a malformed request, headers too large)
     * @throws Exception when the address cannot be bound
     */
    public static LimitedServer start(String host, int port, Limits limits, String name, Handler handler,
                                      Request.Handler errors) throws Exception {
        int max = limits.threads() + PLUMBING_THREADS;
        QueuedThreadPool pool = new QueuedThreadPool(max, Math.min(4, max));
        pool.setName(name);
        pool.setDaemon(true);
        // No threads kept in reserve: each worker the operator gave is one that answers.
        pool.setReservedThreads(0);
        Server server = new Server(pool, new ScheduledExecutorScheduler(name + "-timer", true), null);
        HttpConfiguration config = new HttpConfiguration();
        config.setSendServerVersion(false);
        config.setSendXPoweredBy(false);
        config.setRequestHeaderSize(limits.maxHeaderBytes());
        // Paths reach the handlers as sent (an encoded '/' in a service id is the handler's 400, not Jetty's).
        config.setUriCompliance(UriCompliance.LEGACY);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTime().toMillis());
        connector.setAcceptQueueSize(1024);
        RequestDeadline deadline = new RequestDeadline(limits.requestTime().toMillis());
        connector.addBean(deadline);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
        server.setHandler(new GracefulHandler(handler));
        server.setErrorHandler(errors);
        server.start();
        deadline.start(server.getScheduler());
        return new LimitedServer(server, connector, host);
    }

    /** Where it answers, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + connector.getLocalPort() + "/");
    }

    /** The port it listens on. */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Closes the port, lets requests in flight finish for up to the grace period, then stops.
     * Waits only while something is in flight.
     */
    public void stop(Duration grace) {
        server.setStopTimeout(grace.toMillis());
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort: what failed to stop is daemon threads the JVM drops at exit.
        }
    }

    @Override
    public void close() {
        stop(Duration.ZERO);
    }
}
