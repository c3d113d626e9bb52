package dk.trinvis.internal.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The preview's HTTP server, hardened for a developer machine: loopback only, a small pool of
 * threads so one slow client cannot block the others, request and response time limits so a
 * stalled client lets its thread go, GET and HEAD only, and a Host-header check so a web page
 * cannot reach the preview through DNS rebinding.
 */
final class LocalHttp implements AutoCloseable {
    /** Threads that answer requests. */
    static final int THREADS = 4;
    /** Seconds a client may take to send its request, and the preview to send its answer. */
    static final int TIMEOUT_SECONDS = 10;

    static {
        // The JDK's server reads these once, when it is first used; without them a request may take forever.
        setIfAbsent("sun.net.httpserver.maxReqTime", String.valueOf(TIMEOUT_SECONDS));
        setIfAbsent("sun.net.httpserver.maxRspTime", String.valueOf(TIMEOUT_SECONDS));
    }

    private final HttpServer server;
    private final ExecutorService pool;

    private LocalHttp(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    /** A started server on 127.0.0.1 at the port (0 picks a free one) that passes allowed requests to the handler. */
    static LocalHttp start(int port, HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "trinvis-preview-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        int bound = server.getAddress().getPort();
        Set<String> hosts = Set.of("127.0.0.1:" + bound, "localhost:" + bound);
        server.createContext("/", exchange -> {
            String method = exchange.getRequestMethod();
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                refuse(exchange, 421, "This preview answers only http://127.0.0.1:" + bound + "/");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                refuse(exchange, 405, "The preview only shows pages.");
            } else {
                handler.handle(exchange);
            }
        });
        server.start();
        return new LocalHttp(server, pool);
    }

    /** The port it listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    private static void refuse(HttpExchange exchange, int status, String text) throws IOException {
        try (exchange) {
            byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}
