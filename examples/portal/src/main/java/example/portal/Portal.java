package example.portal;

import static example.portal.Layout.esc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.model.Service;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.render.JourneyRenderer;
import dk.trinvis.render.GuideRenderer;
import dk.trinvis.render.HtmlJourneyRenderer;
import dk.trinvis.render.HtmlRenderer;
import dk.trinvis.render.JourneyFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A citizen portal on Det Fælles Designsystem: pick municipality and service, answer one question
 * per page (the interview asks only what can change the answer), and see the channel and the
 * guide, with an A5 handout to print; or work through a life event as a journey. Server-rendered
 * HTML; no JavaScript.
 */
public final class Portal implements AutoCloseable {
    private static final HtmlRenderer GUIDE = new HtmlRenderer(2).dkfds();
    private static final HtmlJourneyRenderer JOURNEY = new HtmlJourneyRenderer().dkfds();
    // Renderers are thread-safe and remember the Markdown they have rendered: one of each, shared.
    private static final GuideRenderer PRINT_GUIDE = GuideFormat.PRINT.renderer();
    private static final JourneyRenderer PRINT_JOURNEY = JourneyFormat.PRINT.renderer();

    private final RuleSet rules;
    private final HttpServer server;

    private Portal(RuleSet rules, int port) throws IOException {
        this.rules = rules;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.createContext("/dkfds/", Portal::asset);
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
            Map<String, String> q = Layout.query(exchange.getRequestURI());
            try {
                switch (exchange.getRequestURI().getPath()) {
                    case "/" -> send(exchange, 200, Layout.page("Find ud af, hvordan du søger", null, start()));
                    case "/spoergsmaal" -> send(exchange, 200, interview(q));
                    case "/beslutning" -> send(exchange, 200, decision(q, null));
                    case "/udskriv" -> send(exchange, 200, PRINT_GUIDE.render(rules.guide(request(q))));
                    case "/forloeb" -> send(exchange, 200, journey(q));
                    case "/forloeb/udskriv" -> send(exchange, 200,
                            PRINT_JOURNEY.render(rules.journey(q.getOrDefault("event", ""), journeyRequest(q))));
                    default -> send(exchange, 404, Layout.page("Siden findes ikke", null,
                            "<p>Siden findes ikke. <a href=\"/\">Gå til forsiden</a></p>"));
                }
            } catch (RequestException e) {
                send(exchange, 400, Layout.page("Noget mangler", null,
                        "<p>" + esc(e.getMessage()) + "</p><p><a href=\"/\">Start forfra</a></p>"));
            }
        }
    }

    private String start() {
        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"/spoergsmaal\">\n");
        select(b, "municipality", "municipality", "Din kommune");
        b.append("<div class=\"form-group\">\n<label class=\"form-label\" for=\"service\">Hvad skal du?</label>\n"
                + "<select class=\"form-select\" id=\"service\" name=\"service\">\n");
        for (Service s : rules.model().services().values()) {
            b.append("<option value=\"").append(s.id()).append("\">").append(esc(s.title().da())).append("</option>\n");
        }
        b.append("</select>\n</div>\n<button type=\"submit\" class=\"button button-primary\">Start</button>\n</form>\n");
        b.append("<h2>Når livet ændrer sig</h2>\n<p>Få alt, hvad du skal gøre, samlet ét sted – med frister.</p>\n"
                + "<form method=\"get\" action=\"/forloeb\">\n<div class=\"form-group\">\n<fieldset>\n"
                + "<legend class=\"form-label\">Hvad sker der for dig?</legend>\n");
        int i = 1;
        for (LifeEvent e : rules.model().lifeEvents().values()) {
            String id = "event-" + i++;
            b.append("<div class=\"form-group-radio\"><input type=\"radio\" class=\"form-radio\" id=\"").append(id)
                    .append("\" name=\"event\" value=\"").append(esc(e.id())).append('"').append(i == 2 ? " checked" : "")
                    .append("><label class=\"form-label\" for=\"").append(id).append("\">").append(esc(e.title().da()))
                    .append("</label></div>\n");
        }
        b.append("</fieldset>\n</div>\n");
        select(b, "event-municipality", "municipality", "Din kommune");
        b.append("<div class=\"form-group\">\n<label class=\"form-label\" for=\"date\">Dato (fx fødsels- eller flyttedato)</label>\n"
                + "<input class=\"form-input\" type=\"date\" id=\"date\" name=\"date\" value=\"")
                .append(LocalDate.now()).append("\">\n</div>\n"
                + "<button type=\"submit\" class=\"button button-secondary\">Se dit forløb</button>\n</form>\n");
        return b.toString();
    }

    private void select(StringBuilder b, String id, String name, String label) {
        b.append("<div class=\"form-group\">\n<label class=\"form-label\" for=\"").append(id).append("\">").append(label)
                .append("</label>\n<select class=\"form-select\" id=\"").append(id).append("\" name=\"").append(name)
                .append("\">\n");
        for (Municipality m : rules.model().municipalities().values()) {
            b.append("<option value=\"").append(m.code()).append("\">").append(esc(m.name())).append("</option>\n");
        }
        b.append("</select>\n</div>\n");
    }

    /** One question per page until the interview is done, then the answer. */
    private String interview(Map<String, String> q) {
        DecisionRequest request = request(q);
        Interview interview = rules.interview(request);
        Service service = rules.model().services().get(request.service());
        String back = Questions.back("/spoergsmaal", q);
        if (!interview.done()) {
            return Layout.page(service.title().da(), back, Questions.page("/spoergsmaal", q, interview, "/"));
        }
        // The last page of the interview already holds the decision and the guide: one answer, one event.
        return answer(Questions.carried(q), back, interview.decision(), interview.guide());
    }

    private String decision(Map<String, String> q, String back) {
        DecisionRequest request = request(q);
        String id = request.service();
        boolean hasGuide = rules.model().guides().stream().anyMatch(g -> g.service().equals(id));
        // A guide holds its decision: ask for one or the other, so a listener hears of one answer.
        if (hasGuide) {
            ResolvedGuide guide = rules.guide(request);
            return answer(q, back, guide.decision(), guide);
        }
        return answer(q, back, rules.decide(request), null);
    }

    private String answer(Map<String, String> q, String back, Decision d, ResolvedGuide guide) {
        Service service = rules.model().services().get(d.service());
        StringBuilder b = new StringBuilder();
        if (guide != null) {
            b.append(GUIDE.render(guide));
            b.append("<p><a href=\"/udskriv?").append(esc(Layout.encode(q))).append("\">Udskriv vejledningen som A5-folder</a></p>\n");
        } else {
            b.append("<h2>Det gælder for dig</h2>\n<div class=\"alert alert-info\"><div class=\"alert-body\"><p class=\"alert-text\">")
                    .append(esc(summary(d))).append("</p></div></div>\n");
        }
        b.append("<p><a href=\"/\">Start forfra</a></p>\n");
        return Layout.page(service.title().da(), back, b.toString());
    }

    /** A life event: its shared questions one per page, then every service with deadlines. */
    private String journey(Map<String, String> q) {
        String event = q.getOrDefault("event", "");
        Journey journey = rules.journey(event, journeyRequest(q));
        String back = Questions.back("/forloeb", q);
        if (!journey.interview().done()) {
            return Layout.page(journey.title().text(), back, Questions.page("/forloeb", q, journey.interview(), "/"));
        }
        String body = JOURNEY.render(journey)
                + "<p><a href=\"/forloeb/udskriv?" + esc(Layout.encode(Questions.carried(q)))
                + "\">Udskriv forløbet som A5-pakke</a></p>\n<p><a href=\"/\">Start forfra</a></p>\n";
        return Layout.page("Dit forløb", back, body);
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
            request = request.at(LocalDateTime.parse(q.get("at")));
        }
        return request.facts(Questions.answers(q));
    }

    private static JourneyRequest journeyRequest(Map<String, String> q) {
        LocalDate date;
        try {
            date = LocalDate.parse(q.getOrDefault("date", ""));
        } catch (DateTimeParseException e) {
            throw new RequestException("skriv datoen som år-måned-dag, fx 2024-03-01");
        }
        JourneyRequest request = JourneyRequest.of(q.getOrDefault("municipality", ""), date);
        if (q.containsKey("at")) {
            request = request.at(LocalDateTime.parse(q.get("at")));
        }
        return request.facts(Questions.answers(q));
    }

    /** Serves the design system's files, copied from npm into the class path at build time. */
    private static void asset(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            InputStream in = path.contains("..") ? null : Portal.class.getResourceAsStream("/static" + path);
            if (in == null) {
                send(exchange, 404, "not found");
                return;
            }
            byte[] bytes;
            try (in) {
                bytes = in.readAllBytes();
            }
            String type = path.endsWith(".css") ? "text/css; charset=utf-8" : path.endsWith(".svg") ? "image/svg+xml"
                    : path.endsWith(".woff2") ? "font/woff2" : path.endsWith(".woff") ? "font/woff"
                    : path.endsWith(".png") ? "image/png" : "application/octet-stream";
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=86400");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
