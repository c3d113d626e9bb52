package example.portal;

import static example.portal.Layout.esc;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.FactGroup;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Interview;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Question;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.Service;
import dk.trinvis.render.GuideFormat;
import dk.trinvis.render.GuideRenderer;
import dk.trinvis.render.HtmlJourneyRenderer;
import dk.trinvis.render.HtmlRenderer;
import dk.trinvis.render.JourneyFormat;
import dk.trinvis.render.JourneyRenderer;
import example.portal.Inputs.BadParameter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A citizen portal that passes for a borger.dk self-service: pick municipality and service,
 * answer one question per page (the interview asks only what can change the answer), check the
 * answers, and see the channel and the guide with a start button into the self-service and an A5
 * handout to print; or work through a life event as a journey. Danish, English or Ukrainian;
 * server-rendered HTML on Det Fælles Designsystem; no JavaScript.
 */
public final class Portal implements AutoCloseable {
    private static final String QUESTIONS = "/spoergsmaal";
    private static final String GUIDE_PAGE = "/beslutning";
    private static final String JOURNEY_QUESTIONS = "/forloeb";
    private static final String JOURNEY_PAGE = "/forloeb/oversigt";

    // Renderers are thread-safe and remember the Markdown they have rendered: one of each, shared.
    private static final HtmlRenderer GUIDE = new HtmlRenderer(2).dkfds(Layout.ICONS);
    private static final HtmlJourneyRenderer JOURNEY = new HtmlJourneyRenderer().dkfds(Layout.ICONS);
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

    /** What a page answers: a status and HTML, or a redirect. */
    private record Reply(int status, String body, @Nullable String location) {
        static Reply page(Request r, Layout.Page page) {
            return new Reply(200, Layout.html(r, page), null);
        }

        static Reply html(String html) {
            return new Reply(200, html, null);
        }

        static Reply redirect(String to) {
            return new Reply(303, "", to);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request r = Request.of(exchange.getRequestURI());
            Reply reply;
            try {
                reply = route(r);
            } catch (BadParameter e) {
                reply = new Reply(400, Layout.html(r, badParameter(r, e)), null);
            } catch (RequestException e) {
                reply = new Reply(400, Layout.html(r, badParameter(r, translate(r, e))), null);
            } catch (RuntimeException e) {
                // Logged for the operator; the citizen is told in words, never shown the exception.
                System.err.println("portal: " + exchange.getRequestURI() + ": " + e);
                Words w = r.words();
                reply = new Reply(500, Layout.html(r, Layout.Page.of(w.get("failure.title"), "<h1>"
                        + esc(w.get("failure.title")) + "</h1>\n<p>" + esc(w.get("failure.text")) + "</p>\n"
                        + homeLink(r))), null);
            }
            send(exchange, reply);
        }
    }

    private Reply route(Request r) {
        return switch (r.path()) {
            case "/" -> Reply.page(r, StartPage.render(rules, r, List.of()));
            case StartPage.SERVICE_FORM -> startService(r);
            case StartPage.EVENT_FORM -> startJourney(r);
            case QUESTIONS -> questions(r);
            case GUIDE_PAGE -> Reply.page(r, guide(r));
            case "/udskriv" -> Reply.html(PRINT_GUIDE.render(rules.guide(request(r))));
            case JOURNEY_QUESTIONS -> journeyQuestions(r);
            case JOURNEY_PAGE -> Reply.page(r, journey(r));
            case "/forloeb/udskriv" -> Reply.html(PRINT_JOURNEY.render(journeyOf(r)));
            case "/tilgaengelighed" -> Reply.page(r, accessibility(r));
            default -> new Reply(404, Layout.html(r, Layout.Page.of(r.words().get("notFound.title"), "<h1>"
                    + esc(r.words().get("notFound.title")) + "</h1>\n<p>" + esc(r.words().get("notFound.text"))
                    + "</p>\n" + homeLink(r))), null);
        };
    }

    private Reply startService(Request r) {
        List<Layout.Problem> problems = StartPage.serviceProblems(rules, r);
        if (!problems.isEmpty()) {
            return Reply.page(r, StartPage.render(rules, r, problems));
        }
        return Reply.redirect(r.link(QUESTIONS, Map.of("municipality", r.get("municipality"), "service", r.get("service"))));
    }

    private Reply startJourney(Request r) {
        List<Layout.Problem> problems = StartPage.eventProblems(rules, r);
        if (!problems.isEmpty()) {
            return Reply.page(r, StartPage.render(rules, r, problems));
        }
        LocalDate date = Inputs.date(r.get(DateField.DAY), r.get(DateField.MONTH), r.get(DateField.YEAR));
        return Reply.redirect(r.link(JOURNEY_QUESTIONS, Map.of("event", r.get("event"),
                "municipality", r.get("municipality"), "date", String.valueOf(date))));
    }

    /** One question per page until the interview is done, then "Tjek dine svar". */
    private Reply questions(Request r) {
        Service service = Inputs.service(rules, r);
        Municipality m = Inputs.municipality(rules, r);
        Interview interview = rules.interview(request(r));
        String solution = service.title().in(r.language());
        String authority = authority(interview.decision(), m);
        if (GroupPage.isSent(r)) {
            return sentGroup(r, QUESTIONS, interview, solution, authority);
        }
        if (!interview.done()) {
            return Reply.page(r, QuestionPage.render(r, QUESTIONS, interview, solution).in(solution, authority));
        }
        if (Answers.given(r.query()).isEmpty()) {
            return Reply.page(r, guide(r));
        }
        return Reply.page(r, CheckPage.render(rules, r, QUESTIONS, GUIDE_PAGE, "check.guide", solution)
                .in(solution, authority));
    }

    /**
     * A group page sent back: its ticks become one answer in the address, or the page comes back
     * with what is wrong.
     */
    private Reply sentGroup(Request r, String action, Interview interview, String solution, String authority) {
        String id = r.get(Answers.ASKED).substring(Answers.GROUP.length());
        FactGroup group = rules.model().groups().get(id);
        if (group == null) {
            throw new BadParameter(null, "bad.request");
        }
        GroupPage.Read read = GroupPage.read(r, group.none().in(r.language()));
        if (read.answer() != null) {
            Map<String, String> next = Answers.state(r);
            next.put(Answers.GROUP + id, read.answer());
            return Reply.redirect(r.link(action, next));
        }
        Question asked = interview.next();
        if (asked == null || !id.equals(asked.group())) {
            // The page no longer asks this group (the address was changed): ask what it asks now.
            return Reply.redirect(r.link(action, Answers.state(r)));
        }
        return Reply.page(r, GroupPage.render(r, action, asked, solution, List.of(read.problem())).in(solution, authority));
    }

    /** The decision and the guide, with a way into the self-service when the citizen is to use it. */
    private Layout.Page guide(Request r) {
        Words w = r.words();
        Service service = Inputs.service(rules, r);
        Municipality m = Inputs.municipality(rules, r);
        DecisionRequest request = request(r);
        Decision d = rules.decide(request);
        String solution = service.title().in(r.language());
        StringBuilder b = new StringBuilder("<h1>").append(esc(solution)).append("</h1>\n");
        boolean hasGuide = rules.model().guides().stream().anyMatch(g -> g.service().equals(d.service()));
        if (hasGuide) {
            b.append(GUIDE.render(rules.guide(request)));
            b.append("<p><a class=\"function-link\" href=\"").append(esc(r.link("/udskriv", Answers.state(r)))).append("\">")
                    .append(Layout.icon("print")).append(esc(w.get("guide.print"))).append("</a></p>\n");
        } else {
            b.append("<h2>").append(esc(w.get("guide.noGuideHeading"))).append("</h2>\n<div class=\"alert alert-info\">")
                    .append(Layout.icon("info", "Information")).append("<div class=\"alert-body\"><p class=\"alert-text\">")
                    .append(esc(w.get(summary(d)))).append("</p></div></div>\n");
        }
        b.append(homeLink(r));
        String back = Answers.given(r.query()).isEmpty() ? null : r.link(QUESTIONS, Answers.state(r));
        return Layout.Page.of(w.get("guide.title") + " – " + solution, b.toString()).back(back)
                .in(solution, authority(d, m));
    }

    /** A life event: its shared questions one per page, then "Tjek dine svar". */
    private Reply journeyQuestions(Request r) {
        Journey journey = journeyOf(r);
        String solution = journey.title().text();
        String authority = Inputs.municipality(rules, r).authorityName();
        if (GroupPage.isSent(r)) {
            return sentGroup(r, JOURNEY_QUESTIONS, journey.interview(), solution, authority);
        }
        if (!journey.interview().done()) {
            return Reply.page(r, QuestionPage.render(r, JOURNEY_QUESTIONS, journey.interview(), solution)
                    .in(solution, authority));
        }
        if (Answers.given(r.query()).isEmpty()) {
            return Reply.page(r, journey(r));
        }
        return Reply.page(r, CheckPage.render(rules, r, JOURNEY_QUESTIONS, JOURNEY_PAGE, "check.journey", solution)
                .in(solution, authority));
    }

    /** Every service of the life event with its deadline and guide, and the A5 print pack. */
    private Layout.Page journey(Request r) {
        Words w = r.words();
        Journey journey = journeyOf(r);
        String body = "<h1>" + esc(w.get("journey.title")) + "</h1>\n" + JOURNEY.render(journey)
                + "<p><a class=\"function-link\" href=\"" + esc(r.link("/forloeb/udskriv", Answers.state(r))) + "\">"
                + Layout.icon("print") + esc(w.get("journey.print")) + "</a></p>\n" + homeLink(r);
        String back = Answers.given(r.query()).isEmpty() ? null : r.link(JOURNEY_QUESTIONS, Answers.state(r));
        return Layout.Page.of(w.get("journey.title") + " – " + journey.title().text(), body).back(back)
                .in(journey.title().text(), Inputs.municipality(rules, r).authorityName());
    }

    private Layout.Page accessibility(Request r) {
        Words w = r.words();
        return Layout.Page.of(w.get("a11y.title"), "<h1>" + esc(w.get("a11y.title")) + "</h1>\n<p>"
                + esc(w.get("a11y.text")) + "</p>\n<p>" + esc(w.get("a11y.tested")) + "</p>\n" + homeLink(r));
    }

    private static String summary(Decision d) {
        if (d.channel() == null) {
            return "summary.down";
        }
        return switch (d.channel()) {
            case SELF_SERVICE -> "summary.selfService";
            case ASSISTED -> "summary.assisted";
            case ALTERNATIVE -> "summary.alternative";
        };
    }

    /** Who handles the service, as the header names it: the decision's authority, else the municipality. */
    private static String authority(@Nullable Decision d, Municipality m) {
        return d != null && d.authority() != null ? d.authority().name() : m.authorityName();
    }

    private DecisionRequest request(Request r) {
        Inputs.service(rules, r);
        Inputs.municipality(rules, r);
        DecisionRequest request = DecisionRequest.of(r.get("service"), r.get("municipality")).language(r.language());
        LocalDateTime at = Inputs.at(r);
        if (at != null) {
            request = request.at(at);
        }
        Answers.Given given = Answers.facts(r.query());
        return request.facts(given.facts()).dontKnow(given.dontKnow().toArray(String[]::new));
    }

    private Journey journeyOf(Request r) {
        LifeEvent event = Inputs.event(rules, r);
        Inputs.municipality(rules, r);
        JourneyRequest request = JourneyRequest.of(r.get("municipality"), Inputs.date(r)).language(r.language());
        LocalDateTime at = Inputs.at(r);
        if (at != null) {
            request = request.at(at);
        }
        Answers.Given given = Answers.facts(r.query());
        return rules.journey(event.id(), request.facts(given.facts()).dontKnow(given.dontKnow().toArray(String[]::new)));
    }

    /** The library's word for what was wrong, said in the citizen's language with a way back. */
    private BadParameter translate(Request r, RequestException e) {
        String field = e.field() == null ? "" : e.field();
        String value = e.value() == null ? "" : e.value();
        String questions = r.path().startsWith(JOURNEY_QUESTIONS) ? JOURNEY_QUESTIONS : QUESTIONS;
        if (field.startsWith("facts.") || field.equals("dontKnow")) {
            String fact = field.equals("dontKnow") ? value : field.substring("facts.".length());
            return new BadParameter(Answers.change(r, questions, answerOf(r, fact)), "bad.fact",
                    CheckPage.question(rules, r, fact), field.equals("dontKnow") ? r.words().get("dontKnow") : value);
        }
        return switch (field) {
            case "facts" -> new BadParameter(Answers.change(r, questions, answerOf(r, value)), "bad.unknownFact", value);
            case "municipality" -> new BadParameter(null, "bad.municipality", value);
            case "service" -> rules.model().services().containsKey(value)
                    ? new BadParameter(r.link(GUIDE_PAGE, Answers.state(r)), "bad.noGuide",
                            rules.model().services().get(value).title().in(r.language()))
                    : new BadParameter(null, "bad.service", value);
            case "life event" -> new BadParameter(null, "bad.event", value);
            default -> new BadParameter(null, "bad.request");
        };
    }

    /** The answer in the address that gave a fact: its own, or its group page's. */
    private String answerOf(Request r, String fact) {
        for (Map.Entry<String, String> answer : Answers.given(r.query())) {
            if (answer.getKey().equals(Answers.FACT + fact) || answer.getKey().startsWith(Answers.GROUP)
                    && Answers.members(answer.getValue()).containsKey(fact)) {
                return answer.getKey();
            }
        }
        return Answers.FACT + fact;
    }

    private static Layout.Page badParameter(Request r, BadParameter e) {
        Words w = r.words();
        String back = e.back() != null ? "<p><a href=\"" + esc(e.back()) + "\" class=\"back-link\">" + Layout.icon("chevron-left")
                + esc(w.get("bad.back")) + "</a></p>\n" : "";
        String body = "<h1>" + esc(w.get("bad.title")) + "</h1>\n<div class=\"alert alert-error\">"
                + Layout.icon("error", w.get("icon.error")) + "<div class=\"alert-body\"><p class=\"alert-text\">"
                + esc(w.get("bad.intro")) + "</p><p class=\"alert-text\">" + esc(e.sentence(w)) + "</p></div></div>\n"
                + back + homeLink(r);
        return Layout.Page.of(w.get("bad.title"), body);
    }

    private static String homeLink(Request r) {
        return "<p><a href=\"" + esc(r.link("/", Map.of())) + "\">" + esc(r.words().get("restart")) + "</a></p>\n";
    }

    /** Serves the design system's files, copied from npm into the class path at build time. */
    private static void asset(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            InputStream in = path.contains("..") ? null : Portal.class.getResourceAsStream("/static" + path);
            if (in == null) {
                send(exchange, new Reply(404, "not found", null));
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

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply.location() != null) {
            exchange.getResponseHeaders().set("Location", reply.location());
            exchange.sendResponseHeaders(reply.status(), -1);
            return;
        }
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
