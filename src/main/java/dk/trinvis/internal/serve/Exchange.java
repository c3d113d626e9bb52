package dk.trinvis.internal.serve;

import dk.trinvis.RuleSet;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * One request from its arrival to its log line: what it asked (method, route, query, headers),
 * the rule set that answers it (one snapshot, so the answer and its headers agree), and the
 * writing of the answer, which is counted before it is written and logged once it is.
 */
final class Exchange {
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final List<String> KNOWN_METHODS = List.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS");

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final RuleSet rules;
    private final long start = System.nanoTime();
    private final String method;
    private final Route route;
    private final String id;

    Exchange(Request request, Response response, Callback callback, RuleSet rules) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.rules = rules;
        this.method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = rawPath();
        this.route = path == null ? Route.UNMATCHED : Route.of(path);
        this.id = requestId(request.getHeaders().get("X-Request-Id"));
        response.getHeaders().put("X-Request-Id", id);
    }

    /** The caller's (or its proxy's) request id when it is a safe token, else a new one; logged and echoed. */
    static String requestId(@Nullable String given) {
        return given != null && REQUEST_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    Request request() {
        return request;
    }

    RuleSet rules() {
        return rules;
    }

    String method() {
        return method;
    }

    /** The method as logs and metrics name it: any unknown token is OTHER, so a client cannot mint label values. */
    String shownMethod() {
        return KNOWN_METHODS.contains(method) ? method : "OTHER";
    }

    Route route() {
        return route;
    }

    String id() {
        return id;
    }

    HttpFields headers() {
        return request.getHeaders();
    }

    /** The path as sent, still percent-encoded; null for a target that is no path ({@code mailto:x}, {@code *}). */
    @Nullable String rawPath() {
        String path = request.getHttpURI().getPath();
        return path != null && path.startsWith("/") ? path : null;
    }

    @Nullable String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    /** Sets a response header before the answer is sent (e.g. {@code Allow}). */
    void header(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /**
     * Says {@code Connection: close} when the request has a body that is answered unread (a 415, a
     * 413): the connection cannot be reused with the body still in it, and a client told so does
     * not send its next request into a connection the server is closing.
     */
    void closeIfBodyUnread() {
        if (request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
    }

    /** Writes the answer, counts it and, once written, logs it; the request is then done. */
    void send(Reply reply, Metrics metrics, ServiceLog log) {
        // Counted before the write, so a client that has its answer also sees it counted.
        metrics.answered(route.template(), shownMethod(), reply.status(), System.nanoTime() - start);
        HttpFields.Mutable h = response.getHeaders();
        response.setStatus(reply.status());
        h.put(HttpHeader.CONTENT_TYPE, reply.contentType());
        h.put("Trinvis-Rules", rules.contentHash());
        h.put("X-Content-Type-Options", "nosniff");
        h.put(HttpHeader.CACHE_CONTROL, reply.etag() ? "no-cache" : "no-store");
        if (reply.etag()) {
            h.put(HttpHeader.ETAG, "\"" + rules.contentHash() + "\"");
        }
        if (reply.contentType().startsWith("text/html")) {
            h.put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        }
        byte[] body = reply.body();
        if (body.length > 0) {
            h.put(HttpHeader.CONTENT_LENGTH, body.length);
        }
        // HEAD: the same headers, the body left out by Jetty.
        int bytes = method.equals("HEAD") ? 0 : body.length;
        response.write(true, ByteBuffer.wrap(body), Callback.from(() -> {
            logged(log, reply.status(), bytes);
            callback.succeeded();
        }, failure -> {
            // The client went away before it had the answer; nothing more to do.
            logged(log, reply.status(), 0);
            callback.failed(failure);
        }));
    }

    private void logged(ServiceLog log, int status, int bytes) {
        long nanos = System.nanoTime() - start;
        String hash = rules.contentHash();
        log.line("ts=" + Instant.now() + " id=" + id + " method=" + shownMethod() + " route=" + route.template()
                + " status=" + status + " ms=" + String.format(Locale.ROOT, "%.2f", nanos / 1e6) + " bytes=" + bytes
                + " rules=" + hash.substring(0, Math.min(12, hash.length())));
    }
}
