package dk.trinvis.internal.preview;

import com.sun.net.httpserver.HttpExchange;
import dk.trinvis.model.Problem;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.check.Linter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A local preview for editors: pick a service, municipality, moment and citizen facts, and see
 * the decision and the guide as a portal would render it. Listens on 127.0.0.1 only. When a file
 * of the rule set changes, the next request reloads it and open pages reload themselves
 * ({@link LiveReload}); a broken edit shows its located problems at the top and the page keeps
 * using the last good rule set.
 */
public final class PreviewServer implements AutoCloseable {
    private final List<Path> given;
    private final RuleSetHolder holder;
    private final LocalHttp server;
    private String fingerprint;
    private RuleSet linted;
    private List<Problem> lintWarnings = List.of();

    private PreviewServer(Path folder, List<Path> layers, int port) throws IOException {
        List<Path> all = new ArrayList<>(List.of(folder));
        all.addAll(layers);
        this.given = List.copyOf(all);
        this.holder = layers.isEmpty() ? RuleSetHolder.load(folder)
                : RuleSetHolder.stacked(folder, layers, RuleSetHolder.ReloadPolicy.DEFAULT);
        this.fingerprint = fingerprint(watched());
        this.server = LocalHttp.start(port, this::handle);
    }

    /**
     * Starts a preview of the rule-set folder on the loopback port (0 picks a free one).
     *
     * @throws dk.trinvis.model.RuleSetException if the rule set does not load at start
     */
    public static PreviewServer start(Path folder, int port) throws IOException {
        return new PreviewServer(folder, List.of(), port);
    }

    /**
     * Starts a preview of a rule set with layers stacked on it, e.g. the national set with a
     * municipality's layer; every folder is watched.
     *
     * @throws dk.trinvis.model.RuleSetException if the rule set does not load at start
     */
    public static PreviewServer start(Path folder, List<Path> layers, int port) throws IOException {
        return new PreviewServer(folder, List.copyOf(layers), port);
    }

    /** Where the preview answers. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @Override
    public void close() {
        server.close();
    }

    private synchronized void reloadIfChanged() {
        String now = fingerprint(watched());
        if (!now.equals(fingerprint)) {
            fingerprint = now;
            holder.reload();
        }
    }

    /** The folders given, and those the rule set was read from besides (a layer's base), each once. */
    private List<Path> watched() {
        List<Path> all = new ArrayList<>(given);
        all.addAll(holder.current().folders());
        return all.stream().map(PreviewServer::real).distinct().toList();
    }

    /** Names, sizes and modification times of the YAML files: cheap to compute, changes with every save. */
    private static String fingerprint(List<Path> folders) {
        StringBuilder b = new StringBuilder();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    b.append(p).append(Files.size(p)).append(Files.getLastModifiedTime(p)).append('\n');
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                b.append("unreadable ").append(folder).append('\n');
            }
        }
        return b.toString();
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/events")) {
                reloadIfChanged();
                LiveReload.event(exchange, version());
                return;
            }
            if (path.equals("/live.js")) {
                LiveReload.script(exchange);
                return;
            }
            if (!path.equals("/")) {
                send(exchange, 404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                        + "</head><body><p>Not found</p></body></html>");
                return;
            }
            reloadIfChanged();
            RuleSet current = holder.current();
            send(exchange, 200, PreviewPage.render(current, holder.lastProblems(), warnings(current),
                    query(exchange.getRequestURI()), version()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Load and lint warnings of the rule set shown, computed once per loaded rule set. */
    private synchronized List<Problem> warnings(RuleSet rules) {
        if (linted != rules) {
            List<Problem> all = new ArrayList<>(rules.warnings());
            all.addAll(new Linter(Clock.systemUTC()).lint(rules));
            lintWarnings = List.copyOf(all);
            linted = rules;
        }
        return lintWarnings;
    }

    /** Changes with every saved edit; the page compares it with the live-reload events. */
    private synchronized String version() {
        return Integer.toHexString(fingerprint.hashCode());
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }
}
