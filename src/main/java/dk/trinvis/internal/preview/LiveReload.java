package dk.trinvis.internal.preview;

import java.util.Map;

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

    private static final Map<String, String> NOT_CACHED = Map.of("Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff");

    private LiveReload() {
    }

    static LocalHttp.Answer event(String version) {
        return new LocalHttp.Answer(200, "text/event-stream; charset=utf-8", "retry: 1000\ndata: " + version + "\n\n",
                NOT_CACHED);
    }

    static LocalHttp.Answer script() {
        return new LocalHttp.Answer(200, "text/javascript; charset=utf-8", SCRIPT, NOT_CACHED);
    }
}
