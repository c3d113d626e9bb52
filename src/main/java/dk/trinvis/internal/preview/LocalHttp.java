package dk.trinvis.internal.preview;

import dk.trinvis.internal.http.LimitedServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * The preview's HTTP server, hardened for a developer machine: loopback only, a small pool of
 * threads that a slow client cannot tie up (connections are read by a selector, and a request
 * that takes longer than {@value #TIMEOUT_SECONDS} seconds to arrive is cut off), GET and HEAD
 * only, and a Host-header check so a web page cannot reach the preview through DNS rebinding.
 */
final class LocalHttp implements AutoCloseable {
    /** Threads that answer requests. */
    static final int THREADS = 4;
    /** Seconds a client may take to send its request, and stay silent while its answer is sent. */
    static final int TIMEOUT_SECONDS = 10;

    /**
     * One answer.
     *
     * @param status      the HTTP status
     * @param contentType its media type with charset
     * @param body        the text sent
     * @param headers     more headers, e.g. a Content-Security-Policy
     */
    record Answer(int status, String contentType, String body, Map<String, String> headers) {
        static Answer text(int status, String text) {
            return new Answer(status, "text/plain; charset=utf-8", text + "\n", Map.of());
        }
    }

    /** What the preview shows at a path for a query. */
    @FunctionalInterface
    interface Pages {
        Answer answer(String path, Map<String, String> query) throws IOException;
    }

    private final LimitedServer server;

    private LocalHttp(LimitedServer server) {
        this.server = server;
    }

    /** A started server on 127.0.0.1 at the port (0 picks a free one) that passes allowed requests to the pages. */
    static LocalHttp start(int port, Pages pages) throws IOException {
        Duration timeout = Duration.ofSeconds(TIMEOUT_SECONDS);
        Guard guard = new Guard(pages);
        Request.Handler refusals = (request, response, callback) -> {
            send(response, callback, Answer.text(400, "The preview could not read this request."));
            return true;
        };
        try {
            LimitedServer s = LimitedServer.start(InetAddress.getLoopbackAddress().getHostAddress(), port,
                    new LimitedServer.Limits(THREADS, 256, timeout, timeout, 8192), "trinvis-preview", guard, refusals);
            guard.port = s.port();
            return new LocalHttp(s);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot start the preview on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** Checks Host and method, then asks the pages; a page that fails is a 500 with its message, not a closed connection. */
    private static final class Guard extends Handler.Abstract {
        private final Pages pages;
        private volatile int port;

        Guard(Pages pages) {
            this.pages = pages;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Set<String> hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
            String host = request.getHeaders().get(HttpHeader.HOST);
            String method = request.getMethod();
            Answer answer;
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
                answer = Answer.text(421, "This preview answers only http://127.0.0.1:" + port + "/");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                answer = new Answer(405, "text/plain; charset=utf-8", "The preview only shows pages.\n",
                        Map.of("Allow", "GET, HEAD"));
            } else {
                try {
                    String path = request.getHttpURI().getPath();
                    answer = pages.answer(path == null ? "" : path, query(request.getHttpURI().getQuery()));
                } catch (IOException | RuntimeException e) {
                    answer = Answer.text(500, "The preview could not show this page: " + e);
                }
            }
            send(response, callback, answer);
            return true;
        }
    }

    private static void send(Response response, Callback callback, Answer answer) {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        response.setStatus(answer.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        answer.headers().forEach(response.getHeaders()::put);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** The query's parameters, decoded; a parameter that is not valid percent-encoding is left out. */
    static Map<String, String> query(@Nullable String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    try {
                        q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                                URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException e) {
                        // Not a parameter the preview's own form sends; the page shows without it.
                    }
                }
            }
        }
        return q;
    }

    /** The port it listens on. */
    int port() {
        return server.port();
    }

    @Override
    public void close() {
        server.close();
    }
}
