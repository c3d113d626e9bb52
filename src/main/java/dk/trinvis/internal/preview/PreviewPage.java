package dk.trinvis.internal.preview;

import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.check.TestResult;
import dk.trinvis.check.TestRunner;
import dk.trinvis.model.DocumentInfo;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Language;
import dk.trinvis.internal.util.PhraseBook;
import dk.trinvis.model.Municipality;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.Service;
import dk.trinvis.model.TestCase;
import dk.trinvis.internal.util.HtmlEscape;
import dk.trinvis.internal.util.Moment;
import dk.trinvis.render.HtmlRenderer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The preview page: the request form built from the facts' questions and types, the guide, and
 * beside it the decision with its trace and missing facts, the lint warnings and the test
 * results of the service shown. Danish unless {@code lang=en}; every value is escaped.
 */
final class PreviewPage {
    private final RuleSet rules;
    private final Map<String, String> q;
    private final Language lang;
    private final StringBuilder b = new StringBuilder();

    private PreviewPage(RuleSet rules, Map<String, String> q) {
        this.rules = rules;
        this.q = q;
        this.lang = Language.parse(q.getOrDefault("lang", "da")).orElse(Language.DA);
    }

    /**
     * The page.
     *
     * @param rules    the rule set shown (the last good one)
     * @param problems why the last edit does not load, or empty
     * @param warnings lint warnings of the rule set
     * @param q        the query: service, municipality, at, lang, fact.ID
     * @param version  changes whenever the files change; the page reloads itself when it does
     */
    static String render(RuleSet rules, List<Problem> problems, List<Problem> warnings, Map<String, String> q,
                         String version) {
        return new PreviewPage(rules, q).page(problems, warnings, version);
    }

    private String page(List<Problem> problems, List<Problem> warnings, String version) {
        // The page's own words come from the tools book (da, en); a guide previewed in another
        // language marks its own parts.
        b.append("<!DOCTYPE html>\n<html lang=\"").append(PhraseBook.of(PhraseBook.TOOLS, lang.code()).language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(t("preview.title")).append("</title>\n<style>")
                .append(".cols{display:flex;flex-wrap:wrap;gap:2em}.cols>*{flex:1 1 24em}fieldset label{display:block}")
                .append(".fail{color:#a00}.pass{color:#060}</style>\n")
                .append("<script src=\"/live.js\" defer></script>\n</head>\n<body data-version=\"").append(esc(version))
                .append("\">\n<main>\n<h1>").append(t("preview.title")).append("</h1>\n");
        if (!problems.isEmpty()) {
            b.append("<section class=\"problems\" role=\"alert\">\n<h2>").append(t("preview.brokenEdit")).append("</h2>\n<ul>\n");
            problems.forEach(p -> b.append("<li><code>").append(esc(p.format("", lang))).append("</code></li>\n"));
            b.append("</ul>\n</section>\n");
        }
        String service = q.getOrDefault("service", rules.model().services().keySet().stream().findFirst().orElse(""));
        String code = q.getOrDefault("municipality", rules.model().municipalities().keySet().stream().findFirst().orElse(""));
        form(service, code);
        b.append("<div class=\"cols\">\n");
        try {
            DecisionRequest request = request(service, code);
            boolean hasGuide = rules.model().guides().stream().anyMatch(g -> g.service().equals(service));
            b.append("<section>\n");
            Decision decision = rules.decide(request);
            List<Decision.MissingFact> missing = decision.missingFacts();
            if (hasGuide) {
                ResolvedGuide guide = rules.guide(request);
                b.append(new HtmlRenderer(2).render(guide));
                missing = guide.missingFacts();
            } else {
                b.append("<p>").append(t("preview.noGuide")).append("</p>\n");
            }
            b.append("</section>\n<aside>\n");
            decision(decision, missing);
        } catch (Moment.Invalid e) {
            b.append("<p role=\"alert\">").append(esc(momentProblem(e))).append("</p>\n<aside>\n");
        } catch (RequestException | IllegalArgumentException e) {
            // An IllegalArgumentException may come without a message; escaping null would throw.
            String message = e.getMessage();
            b.append("<p role=\"alert\">").append(esc(message != null ? message : e.toString())).append("</p>\n<aside>\n");
        }
        warnings(warnings, service);
        tests(service);
        b.append("</aside>\n</div>\n</main>\n</body>\n</html>\n");
        return b.toString();
    }

    private DecisionRequest request(String service, String code) {
        DecisionRequest request = DecisionRequest.of(service, code).language(lang);
        String at = q.get("at");
        if (at != null && !at.isBlank()) {
            // Read as every Trinvis tool reads a moment, within the same years.
            request = request.at(Moment.parse(at).instant());
        }
        for (Fact f : rules.model().facts().values()) {
            String v = q.get("fact." + f.id());
            if (v != null && !v.isBlank()) {
                request = request.fact(f.id(), v);
            }
        }
        return request;
    }

    /** Why the moment in the form is none Trinvis decides for, in the page's language. */
    private String momentProblem(Moment.Invalid e) {
        String label = Phrase.text(lang, "preview.at");
        return switch (e.reason()) {
            case FORMAT -> Phrase.text(lang, "cli.at.format", label, e.text());
            case IMPOSSIBLE -> Phrase.text(lang, "cli.at.impossible", label, e.text());
            case RANGE -> Phrase.text(lang, "cli.at.range", label, e.text(), Moment.FIRST_YEAR, Moment.LAST_YEAR);
        };
    }

    private void form(String service, String code) {
        b.append("<form method=\"get\" action=\"/\">\n<input type=\"hidden\" name=\"lang\" value=\"")
                .append(lang.code()).append("\">\n");
        b.append("<label for=\"service\">").append(t("preview.service")).append("</label> <select id=\"service\" name=\"service\">\n");
        for (Service s : rules.model().services().values()) {
            option(s.id(), s.title().in(lang), s.id().equals(service));
        }
        b.append("</select>\n<label for=\"municipality\">").append(t("preview.municipality"))
                .append("</label> <select id=\"municipality\" name=\"municipality\">\n");
        for (Municipality m : rules.model().municipalities().values()) {
            option(m.code(), m.name() + " (" + m.code() + ")", m.code().equals(code));
        }
        b.append("</select>\n<label for=\"at\">").append(t("preview.at"))
                .append("</label> <input id=\"at\" name=\"at\" type=\"datetime-local\" value=\"")
                .append(esc(q.getOrDefault("at", ""))).append("\">\n");
        b.append("<fieldset>\n<legend>").append(t("preview.facts")).append("</legend>\n");
        // The interview's order: lower 'order' first, then as declared.
        rules.model().facts().values().stream()
                .sorted(Comparator.comparing(Fact::order, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(this::fact);
        b.append("</fieldset>\n<button type=\"submit\">").append(t("preview.show")).append("</button>\n");
        for (Language other : Language.BUNDLED) {
            if (!other.equals(lang)) {
                b.append("<a href=\"?lang=").append(other.code()).append("\" lang=\"").append(other.code()).append("\">")
                        .append(esc(other.locale().getDisplayLanguage(other.locale()))).append("</a>\n");
            }
        }
        b.append("</form>\n");
    }

    /** One fact as the control its type calls for, labelled with its question. */
    private void fact(Fact f) {
        String name = "fact." + f.id();
        String value = q.getOrDefault(name, "");
        String label = f.question() == null ? f.id() : f.question().in(lang);
        switch (f.type()) {
            case BOOLEAN -> {
                b.append("<fieldset>\n<legend>").append(esc(label)).append("</legend>\n");
                radio(name, "true", t("preview.yes"), value);
                radio(name, "false", t("preview.no"), value);
                radio(name, "", t("preview.unknown"), value);
                b.append("</fieldset>\n");
            }
            case STRING -> {
                b.append("<label for=\"").append(esc(name)).append("\">").append(esc(label)).append("</label> ");
                if (f.values().isEmpty()) {
                    input(name, "text", value, "");
                } else {
                    b.append("<select id=\"").append(esc(name)).append("\" name=\"").append(esc(name)).append("\">\n");
                    option("", t("preview.unknown"), value.isEmpty());
                    f.values().forEach(v -> option(v, v, v.equals(value)));
                    b.append("</select>\n");
                }
            }
            case INTEGER -> {
                b.append("<label for=\"").append(esc(name)).append("\">").append(esc(label)).append("</label> ");
                input(name, "number", value, (f.min() == null ? "" : " min=\"" + f.min() + "\"")
                        + (f.max() == null ? "" : " max=\"" + f.max() + "\""));
            }
            default -> {
                b.append("<label for=\"").append(esc(name)).append("\">").append(esc(label)).append("</label> ");
                input(name, "date", value, "");
            }
        }
    }

    private void radio(String name, String value, String label, String current) {
        String id = name + "-" + (value.isEmpty() ? "unknown" : value);
        b.append("<label for=\"").append(esc(id)).append("\"><input type=\"radio\" id=\"").append(esc(id))
                .append("\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value)).append('"')
                .append(value.equals(current) ? " checked" : "").append("> ").append(label).append("</label>\n");
    }

    private void input(String name, String type, String value, String extra) {
        b.append("<input id=\"").append(esc(name)).append("\" name=\"").append(esc(name)).append("\" type=\"")
                .append(type).append("\" value=\"").append(esc(value)).append('"').append(extra).append(">\n");
    }

    private void decision(Decision d, List<Decision.MissingFact> missing) {
        b.append("<h2>").append(t("preview.decision")).append("</h2>\n<dl>\n");
        item(t("preview.requirement"), value("requirement", d.requirement().value()));
        item(t("preview.channel"), d.channel() == null ? "-" : value("channel", d.channel().value()));
        item(t("preview.alternative"), value("alternative", d.alternative().value()));
        if (d.until() != null) {
            item(t("preview.until"), d.until().toLocalDateTime().toString());
        }
        d.grounds().forEach(g -> item(t("preview.ground"), g.legal() == null ? g.title() : g.title() + " (" + g.legal().citation() + ")"));
        b.append("</dl>\n<h3>").append(t("preview.missingFacts")).append("</h3>\n");
        if (missing.isEmpty()) {
            b.append("<p>").append(t("preview.none")).append("</p>\n");
        } else {
            b.append("<ul>\n");
            missing.forEach(f -> b.append("<li>").append(esc(f.question() == null ? f.id() : f.question()))
                    .append(" <code>").append(esc(f.id())).append("</code></li>\n"));
            b.append("</ul>\n");
        }
        b.append("<details>\n<summary>").append(t("preview.trace")).append("</summary>\n<ol>\n");
        for (Decision.TraceEntry e : d.trace()) {
            b.append("<li><code>").append(esc(e.rule())).append("</code> ").append(esc(String.valueOf(e.outcome())))
                    .append(": ").append(esc(e.text())).append(" <small>").append(esc(e.location()))
                    .append(e.legal() == null ? "" : ", " + esc(e.legal().citation())).append("</small></li>\n");
        }
        b.append("</ol>\n</details>\n");
    }

    /** A requirement, channel or alternative in words of the page's language, not its code. */
    private String value(String what, String code) {
        return Phrase.text(lang, "value." + what + "." + code);
    }

    private void item(String term, String value) {
        b.append("<dt>").append(term).append("</dt><dd>").append(esc(value)).append("</dd>\n");
    }

    /** Warnings written in the service's own documents: the Service and its guides (overlays too). */
    private void warnings(List<Problem> warnings, String service) {
        List<Problem> mine = warnings.stream().filter(p -> service.equals(owner(p))).toList();
        b.append("<h2>").append(t("preview.warnings")).append("</h2>\n");
        if (mine.isEmpty()) {
            b.append("<p>").append(t("preview.none")).append("</p>\n");
            return;
        }
        b.append("<ul>\n");
        mine.forEach(p -> b.append("<li><code>").append(esc(p.format("", lang))).append("</code></li>\n"));
        b.append("</ul>\n");
    }

    private @Nullable String owner(Problem p) {
        DocumentInfo owner = null;
        for (DocumentInfo d : rules.model().documents()) {
            if (d.location().file().equals(p.location().file()) && d.location().line() <= p.location().line()
                    && (owner == null || d.location().line() > owner.location().line())) {
                owner = d;
            }
        }
        return owner == null || !(owner.kind().equals("Service") || owner.kind().equals("Guide")) ? null : owner.id();
    }

    private void tests(String service) {
        TestRunner runner = new TestRunner(rules);
        List<TestCase> mine = rules.model().tests().stream()
                .filter(c -> c.given() != null && Objects.equals(c.given().service(), service)).toList();
        b.append("<h2>").append(t("preview.tests")).append("</h2>\n");
        if (mine.isEmpty()) {
            b.append("<p>").append(t("preview.noTests")).append("</p>\n");
            return;
        }
        List<TestResult> results = mine.stream().map(runner::run).toList();
        long passed = results.stream().filter(TestResult::passed).count();
        b.append("<p>").append(t("preview.testCounts", passed, results.size() - passed)).append("</p>\n<ul>\n");
        for (TestResult r : results) {
            b.append("<li class=\"").append(r.passed() ? "pass\">" : "fail\">").append(t(r.passed() ? "preview.passed"
                    : "preview.failed")).append(": ").append(esc(r.name()));
            if (!r.passed()) {
                b.append("<ul>\n");
                r.failures(lang).forEach(f -> b.append("<li>").append(esc(f)).append("</li>\n"));
                b.append("</ul>\n");
            }
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private void option(String value, String label, boolean selected) {
        b.append("<option value=\"").append(esc(value)).append('"').append(selected ? " selected" : "").append('>')
                .append(esc(label)).append("</option>\n");
    }

    /** A phrase of the preview's own UI, escaped. */
    private String t(String key, Object... args) {
        return esc(Phrase.text(lang, key, args));
    }

    private static String esc(String s) {
        return HtmlEscape.escape(s);
    }
}
