package example.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Service;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.render.HtmlEscape;
import dk.trinvis.render.HtmlRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A citizen portal in one class: pick municipality and service, answer the questions the
 * decision still needs, and see the channel and the guide, with an A5 handout to print.
 * Server-rendered HTML; no JavaScript.
 */
public final class Portal implements AutoCloseable {
    private static final String CSS = "body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;"
            + "line-height:1.5;color:#111;background:#fff}label{display:block;margin-top:.75rem}"
            + "fieldset{margin-top:1rem}button{margin-top:1rem;font-size:1rem;padding:.4rem 1rem}a{color:#0b4ea2}.inline{display:inline;margin:0 1rem 0 .25rem}";

    private final RuleSet rules;
    private final HttpServer server;

    private Portal(RuleSet rules, int port) throws IOException {
        this.rules = rules;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
    }

    /** Starts the portal on the loopback port (0 picks a free one). */
    public static Portal start(RuleSet rules, int port) throws IOException {
        Portal portal = new Portal(rules, port);
        portal.server.start();
        return portal;
    }

    /** Where the portal answers. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Runs the portal on port 8080 (or the first argument) with the bundled Danish rule set. */
    public static void main(String[] args) throws Exception {
        Portal portal = start(RuleSet.bundled(), args.length > 0 ? Integer.parseInt(args[0]) : 8080);
        System.out.println("Trinvis portal at " + portal.uri());
        Thread.currentThread().join();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Map<String, String> q = query(exchange.getRequestURI());
            String path = exchange.getRequestURI().getPath();
            try {
                switch (path) {
                    case "/" -> send(exchange, 200, page("Find ud af, hvordan du søger", start()));
                    case "/beslutning" -> send(exchange, 200, decision(q));
                    case "/udskriv" -> send(exchange, 200, GuideFormat.PRINT.renderer().render(rules.guide(request(q))));
                    default -> send(exchange, 404, page("Siden findes ikke", "<p>Siden findes ikke. <a href=\"/\">Gå til forsiden</a></p>"));
                }
            } catch (RequestException e) {
                send(exchange, 400, page("Noget mangler", "<p>" + esc(e.getMessage()) + "</p><p><a href=\"/\">Start forfra</a></p>"));
            }
        }
    }

    private String start() {
        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"/beslutning\">\n");
        b.append("<label for=\"municipality\">Din kommune</label>\n<select id=\"municipality\" name=\"municipality\">\n");
        for (Municipality m : rules.model().municipalities().values()) {
            b.append("<option value=\"").append(m.code()).append("\">").append(esc(m.name())).append("</option>\n");
        }
        b.append("</select>\n<label for=\"service\">Hvad skal du?</label>\n<select id=\"service\" name=\"service\">\n");
        for (Service s : rules.model().services().values()) {
            b.append("<option value=\"").append(s.id()).append("\">").append(esc(s.title().da())).append("</option>\n");
        }
        return b.append("</select>\n<button type=\"submit\">Videre</button>\n</form>\n").toString();
    }

    private String decision(Map<String, String> q) {
        DecisionRequest request = request(q);
        Decision d = rules.decide(request);
        Service service = rules.model().services().get(d.service());
        StringBuilder b = new StringBuilder();
        if (!d.missingFacts().isEmpty()) {
            b.append("<form method=\"get\" action=\"/beslutning\">\n<h2>Svar på et par spørgsmål</h2>\n");
            hidden(b, q);
            for (Decision.MissingFact f : d.missingFacts()) {
                String name = "fact." + f.id();
                b.append("<fieldset>\n<legend>").append(esc(f.question() == null ? f.id() : f.question())).append("</legend>\n");
                radio(b, name, "true", "Ja");
                radio(b, name, "false", "Nej");
                b.append("</fieldset>\n");
            }
            b.append("<button type=\"submit\">Se hvad der gælder for dig</button>\n</form>\n");
        }
        boolean hasGuide = rules.model().guides().stream().anyMatch(g -> g.service().equals(d.service()));
        if (hasGuide) {
            ResolvedGuide guide = rules.guide(request);
            b.append(new HtmlRenderer(2).render(guide));
            b.append("<p><a href=\"/udskriv?").append(esc(encode(q))).append("\">Udskriv vejledningen som A5-folder</a></p>\n");
        } else {
            b.append("<h2>Det gælder for dig</h2>\n<p>").append(esc(summary(d))).append("</p>\n");
        }
        b.append("<p><a href=\"/\">Start forfra</a></p>\n");
        return page(service.title().da(), b.toString());
    }

    private static String summary(Decision d) {
        if (d.channel() == null) {
            return "Løsningen er ude af drift indtil " + d.until() + ".";
        }
        return switch (d.channel()) {
            case SELF_SERVICE -> "Brug den digitale selvbetjening.";
            case ASSISTED -> "Brug den digitale selvbetjening; du kan få hjælp til den.";
            case ALTERNATIVE -> "Du kan søge på anden måde end digitalt; kontakt borgerservice.";
        };
    }

    private DecisionRequest request(Map<String, String> q) {
        DecisionRequest request = DecisionRequest.of(q.getOrDefault("service", ""), q.getOrDefault("municipality", ""));
        if (q.containsKey("at")) {
            request = request.at(java.time.LocalDateTime.parse(q.get("at")));
        }
        for (Map.Entry<String, String> e : q.entrySet()) {
            if (e.getKey().startsWith("fact.") && !e.getValue().isBlank()) {
                request = request.fact(e.getKey().substring(5), e.getValue());
            }
        }
        return request;
    }

    private static void hidden(StringBuilder b, Map<String, String> q) {
        q.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(esc(k)).append("\" value=\"")
                .append(esc(v)).append("\">\n"));
    }

    private static void radio(StringBuilder b, String name, String value, String label) {
        String id = name.replace('.', '-') + "-" + value;
        b.append("<input type=\"radio\" id=\"").append(esc(id)).append("\" name=\"").append(esc(name)).append("\" value=\"")
                .append(value).append("\"> <label for=\"").append(esc(id)).append("\" class=\"inline\">")
                .append(label).append("</label>\n");
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + " – Trinvis</title>\n<style>" + CSS + "</style>\n</head>\n<body>\n<header><p><a href=\"/\">Trinvis borgerportal</a></p></header>\n"
                + "<main>\n<h1>" + esc(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(URI uri) {
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

    private static String encode(Map<String, String> q) {
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static String esc(String s) {
        return HtmlEscape.escape(s);
    }
}
