package dk.trinvis.internal.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Live reload with server-sent events, held short: each {@code /events} request answers at once
 * with the rule set's version and a one-second {@code retry}, so the browser's EventSource asks
 * again every second and no server thread waits on an idle connection. The page reloads itself
 * when the version differs from the one it was built with.
 */
final class LiveReload {
    /** The page's whole script: no framework, no inline code (the page's CSP allows only 'self'). */
    static final String SCRIPT = """
            (function () {
              var version = document.body.getAttribute('data-version');
              var events = new EventSource('/events');
              events.onmessage = function (e) {
                if (e.data !== version) { events.close(); location.reload(); }
              };
            })();
            """;

    private LiveReload() {
    }

    static void event(HttpExchange exchange, String version) throws IOException {
        send(exchange, "text/event-stream; charset=utf-8", "retry: 1000\ndata: " + version + "\n\n");
    }

    static void script(HttpExchange exchange) throws IOException {
        send(exchange, "text/javascript; charset=utf-8", SCRIPT);
    }

    private static void send(HttpExchange exchange, String type, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
