package example.portal;

import static example.portal.Layout.esc;

import dk.trinvis.RuleSet;
import dk.trinvis.model.LifeEvent;
import dk.trinvis.model.Municipality;
import example.portal.Layout.Problem;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The front page: a service in a municipality, or a life event from a date. Lists are in Danish
 * alphabetical order (Aa with Å, as Danish names are sorted), and nothing is chosen for the
 * citizen: a forgotten choice is an error the page names, not a guess.
 */
final class StartPage {
    static final String SERVICE_FORM = "/start";
    static final String EVENT_FORM = "/forloeb/start";

    private StartPage() {
    }

    static Layout.Page render(RuleSet rules, Request r, List<Problem> problems) {
        Words w = r.words();
        StringBuilder b = new StringBuilder("<h1>").append(esc(w.get("portal.heading"))).append("</h1>\n");
        b.append("<form method=\"get\" action=\"").append(SERVICE_FORM).append("\" novalidate>\n");
        language(b, r);
        select(b, w, "municipality", "municipality", w.get("start.municipality"), w.get("start.chooseMunicipality"),
                municipalities(rules), r.get("municipality"), problem(problems, "municipality"));
        Collator order = Collator.getInstance(r.language().locale());
        List<Map.Entry<String, String>> services = rules.model().services().values().stream()
                .map(s -> Map.entry(s.id(), s.title().in(r.language())))
                .sorted(Comparator.comparing(Map.Entry::getValue, order)).toList();
        select(b, w, "service", "service", w.get("start.service"), w.get("start.chooseService"), services,
                r.get("service"), problem(problems, "service"));
        b.append("<button type=\"submit\" class=\"button button-primary\">").append(esc(w.get("start.button")))
                .append("</button>\n</form>\n");

        b.append("<h2>").append(esc(w.get("events.heading"))).append("</h2>\n<p>").append(esc(w.get("events.intro")))
                .append("</p>\n<form method=\"get\" action=\"").append(EVENT_FORM).append("\" novalidate>\n");
        language(b, r);
        events(b, rules, r, problem(problems, "event-1"));
        select(b, w, "event-municipality", "municipality", w.get("start.municipality"), w.get("start.chooseMunicipality"),
                municipalities(rules), r.path().equals(EVENT_FORM) ? r.get("municipality") : "",
                problem(problems, "event-municipality"));
        DateField.render(b, w, r.get(DateField.DAY), r.get(DateField.MONTH), r.get(DateField.YEAR),
                problem(problems, DateField.FIRST));
        b.append("<button type=\"submit\" class=\"button button-secondary\">").append(esc(w.get("events.button")))
                .append("</button>\n</form>\n");
        return Layout.Page.of(w.get("portal.heading"), b.toString()).problems(problems);
    }

    /** The municipalities by name in Danish order; their names are Danish in every language. */
    static List<Map.Entry<String, String>> municipalities(RuleSet rules) {
        Collator danish = Collator.getInstance(java.util.Locale.forLanguageTag("da"));
        return rules.model().municipalities().values().stream()
                .sorted(Comparator.comparing(Municipality::name, danish))
                .map(m -> Map.entry(m.code(), m.name())).toList();
    }

    private static void language(StringBuilder b, Request r) {
        if (!r.language().code().equals("da")) {
            b.append("<input type=\"hidden\" name=\"").append(Request.LANG).append("\" value=\"")
                    .append(r.language().code()).append("\">\n");
        }
    }

    private static String problem(List<Problem> problems, String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(Problem::message).findFirst().orElse("");
    }

    private static void select(StringBuilder b, Words w, String id, String name, String label, String choose,
                               List<Map.Entry<String, String>> options, String chosen, String problem) {
        boolean error = !problem.isEmpty();
        b.append("<div class=\"form-group").append(error ? " form-error" : "").append("\">\n<label class=\"form-label\" for=\"")
                .append(id).append("\">").append(esc(label)).append("</label>\n");
        if (error) {
            errorMessage(b, w, id + "-fejl", problem);
        }
        b.append("<select class=\"form-select\" id=\"").append(id).append("\" name=\"").append(name).append('"')
                .append(error ? " aria-describedby=\"" + id + "-fejl\"" : "").append(">\n<option value=\"\"")
                .append(chosen.isEmpty() ? " selected" : "").append(">").append(esc(choose)).append("</option>\n");
        for (Map.Entry<String, String> o : options) {
            b.append("<option value=\"").append(esc(o.getKey())).append('"').append(o.getKey().equals(chosen) ? " selected" : "")
                    .append('>').append(esc(o.getValue())).append("</option>\n");
        }
        b.append("</select>\n</div>\n");
    }

    private static void events(StringBuilder b, RuleSet rules, Request r, String problem) {
        Words w = r.words();
        boolean error = !problem.isEmpty();
        b.append("<div class=\"form-group").append(error ? " form-error" : "").append("\">\n<fieldset")
                .append(error ? " aria-describedby=\"event-fejl\"" : "").append(">\n<legend class=\"form-label\">")
                .append(esc(w.get("events.legend"))).append("</legend>\n");
        if (error) {
            errorMessage(b, w, "event-fejl", problem);
        }
        int i = 1;
        for (LifeEvent e : rules.model().lifeEvents().values()) {
            String id = "event-" + i++;
            b.append("<div class=\"form-group-radio\"><input type=\"radio\" class=\"form-radio\" id=\"").append(id)
                    .append("\" name=\"event\" value=\"").append(esc(e.id())).append('"')
                    .append(e.id().equals(r.get("event")) ? " checked" : "").append("><label class=\"form-label\" for=\"")
                    .append(id).append("\">").append(esc(e.title().in(r.language()))).append("</label></div>\n");
        }
        b.append("</fieldset>\n</div>\n");
    }

    /** DKFDS's error message above a field, "Fejl:" said to screen readers. */
    static void errorMessage(StringBuilder b, Words w, String id, String message) {
        b.append("<span class=\"form-error-message\" id=\"").append(id).append("\"><span class=\"sr-only\">")
                .append(esc(w.get("error.prefix"))).append(" </span>").append(esc(message)).append("</span>\n");
    }

    /** The service form's choices checked: the problems, none when the interview can start. */
    static List<Problem> serviceProblems(RuleSet rules, Request r) {
        Words w = r.words();
        List<Problem> problems = new java.util.ArrayList<>();
        require(problems, rules.model().municipalities(), r.get("municipality"), "municipality",
                w.get("start.missingMunicipality"));
        require(problems, rules.model().services(), r.get("service"), "service", w.get("start.missingService"));
        return problems;
    }

    /** The life-event form's choices checked. */
    static List<Problem> eventProblems(RuleSet rules, Request r) {
        Words w = r.words();
        List<Problem> problems = new java.util.ArrayList<>();
        require(problems, rules.model().lifeEvents(), r.get("event"), "event-1", w.get("events.missingEvent"));
        require(problems, rules.model().municipalities(), r.get("municipality"), "event-municipality",
                w.get("start.missingMunicipality"));
        String problem = DateField.problem(w, r.get(DateField.DAY), r.get(DateField.MONTH), r.get(DateField.YEAR));
        if (problem != null) {
            problems.add(new Problem(DateField.FIRST, problem));
        }
        return problems;
    }

    /** A choice that must name something the rule set knows, else the problem at its field. */
    private static void require(List<Problem> problems, Map<String, ?> known, String chosen, String field,
                                String message) {
        if (!known.containsKey(chosen)) {
            problems.add(new Problem(field, message));
        }
    }
}
