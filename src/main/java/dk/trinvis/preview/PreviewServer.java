package dk.trinvis.preview;

import com.sun.net.httpserver.HttpExchange;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Language;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import dk.trinvis.render.HtmlEscape;
import dk.trinvis.render.HtmlRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A local preview for editors: pick a service, municipality, moment and citizen facts, and see
 * the decision and the guide as a portal would render it. Listens on 127.0.0.1 only. When a file
 * of the rule set changes, the next page load reloads it; a broken edit shows its located
 * problems at the top and the page keeps using the last good rule set.
 */
public final class PreviewServer implements AutoCloseable {
    private final Path folder;
    private final RuleSetHolder holder;
    private final LocalHttp server;
    private String fingerprint;

    private PreviewServer(Path folder, int port) throws IOException {
        this.folder = folder;
        this.fingerprint = fingerprint(folder);
        this.holder = RuleSetHolder.load(folder);
        this.server = LocalHttp.start(port, this::handle);
    }

    /**
     * Starts a preview of the rule-set folder on the loopback port (0 picks a free one).
     *
     * @throws dk.trinvis.model.RuleSetException if the rule set does not load at start
     */
    public static PreviewServer start(Path folder, int port) throws IOException {
        return new PreviewServer(folder, port);
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
        String now = fingerprint(folder);
        if (!now.equals(fingerprint)) {
            fingerprint = now;
            holder.reload();
        }
    }

    /** Names, sizes and modification times of the YAML files: cheap to compute, changes with every save. */
    private static String fingerprint(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            StringBuilder b = new StringBuilder();
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                b.append(p).append(Files.size(p)).append(Files.getLastModifiedTime(p)).append('\n');
            }
            return b.toString();
        } catch (IOException e) {
            return "unreadable";
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/")) {
                send(exchange, 404, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title>"
                        + "</head><body><p>Not found</p></body></html>");
                return;
            }
            reloadIfChanged();
            send(exchange, 200, page(holder.current(), holder.lastProblems(), query(exchange.getRequestURI())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
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

    static String page(RuleSet rules, List<Problem> problems, Map<String, String> q) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Trinvis preview</title>\n</head>\n<body>\n<main>\n<h1>Trinvis preview</h1>\n");
        if (!problems.isEmpty()) {
            b.append("<section class=\"problems\" role=\"alert\">\n<h2>The last edit does not load; showing the last good rule set</h2>\n<ul>\n");
            problems.forEach(p -> b.append("<li><code>").append(esc(p.format())).append("</code></li>\n"));
            b.append("</ul>\n</section>\n");
        }
        String service = q.getOrDefault("service", rules.model().services().keySet().stream().findFirst().orElse(""));
        String code = q.getOrDefault("municipality",
                rules.model().municipalities().keySet().stream().findFirst().orElse(""));
        form(b, rules, q, service, code);
        try {
            DecisionRequest request = DecisionRequest.of(service, code)
                    .language(Language.parse(q.getOrDefault("lang", "da")).orElse(Language.DA));
            if (q.get("at") != null && !q.get("at").isBlank()) {
                request = request.at(LocalDateTime.parse(q.get("at")));
            }
            for (Fact f : rules.model().facts().values()) {
                String v = q.get("fact." + f.id());
                if (v != null && !v.isBlank()) {
                    request = request.fact(f.id(), v);
                }
            }
            boolean hasGuide = rules.model().guides().stream().anyMatch(g -> g.service().equals(service));
            if (hasGuide) {
                ResolvedGuide guide = rules.guide(request);
                b.append(new HtmlRenderer(2).render(guide));
            } else {
                b.append("<h2>Decision</h2>\n<pre>").append(esc(rules.decide(request).toJson())).append("</pre>\n");
            }
        } catch (RequestException | DateTimeParseException e) {
            b.append("<p role=\"alert\">").append(esc(e.getMessage())).append("</p>\n");
        }
        return b.append("</main>\n</body>\n</html>\n").toString();
    }

    private static void form(StringBuilder b, RuleSet rules, Map<String, String> q, String service, String code) {
        b.append("<form method=\"get\" action=\"/\">\n");
        b.append("<label for=\"service\">Service</label> <select id=\"service\" name=\"service\">\n");
        for (Service s : rules.model().services().values()) {
            option(b, s.id(), s.title().da(), s.id().equals(service));
        }
        b.append("</select>\n<label for=\"municipality\">Municipality</label> <select id=\"municipality\" name=\"municipality\">\n");
        for (Municipality m : rules.model().municipalities().values()) {
            option(b, m.code(), m.name() + " (" + m.code() + ")", m.code().equals(code));
        }
        b.append("</select>\n<label for=\"at\">Time</label> <input id=\"at\" name=\"at\" type=\"datetime-local\" value=\"")
                .append(esc(q.getOrDefault("at", ""))).append("\">\n");
        b.append("<label for=\"lang\">Language</label> <select id=\"lang\" name=\"lang\">\n");
        option(b, "da", "dansk", !"en".equals(q.get("lang")));
        option(b, "en", "English", "en".equals(q.get("lang")));
        b.append("</select>\n<fieldset>\n<legend>Citizen facts</legend>\n");
        for (Fact f : rules.model().facts().values()) {
            String id = "fact." + f.id();
            b.append("<label for=\"").append(esc(id)).append("\">").append(esc(f.id())).append("</label> <input id=\"")
                    .append(esc(id)).append("\" name=\"").append(esc(id)).append("\" value=\"")
                    .append(esc(q.getOrDefault(id, ""))).append("\">\n");
        }
        b.append("</fieldset>\n<button type=\"submit\">Show</button>\n</form>\n");
    }

    private static void option(StringBuilder b, String value, String label, boolean selected) {
        b.append("<option value=\"").append(esc(value)).append('"').append(selected ? " selected" : "").append('>')
                .append(esc(label)).append("</option>\n");
    }

    private static String esc(String s) {
        return HtmlEscape.escape(s);
    }
}
