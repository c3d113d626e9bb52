package example.portal;

import static example.portal.Layout.esc;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Tjek dine svar": every answer given, each with a link that asks its question again (the
 * answer chosen, the others kept), before the citizen sees the guide or journey.
 */
final class CheckPage {
    private CheckPage() {
    }

    /**
     * @param action   the questions' address, where a change goes
     * @param next     where the citizen goes on to: the guide or the journey
     * @param button   the button's words key: {@code check.guide} or {@code check.journey}
     * @param solution what the citizen is doing, for the title
     */
    static Layout.Page render(RuleSet rules, Request r, String action, String next, String button, String solution) {
        Words w = r.words();
        StringBuilder b = new StringBuilder("<h1>").append(esc(w.get("check.title"))).append("</h1>\n<p>")
                .append(esc(w.get("check.intro"))).append("</p>\n<table class=\"table\">\n<thead><tr><th scope=\"col\">")
                .append(esc(w.get("check.question"))).append("</th><th scope=\"col\">").append(esc(w.get("check.answer")))
                .append("</th><th scope=\"col\"><span class=\"sr-only\">").append(esc(w.get("check.change")))
                .append("</span></th></tr></thead>\n<tbody>\n");
        List<Map.Entry<String, String>> given = Answers.given(r.query());
        for (Map.Entry<String, String> answer : given) {
            boolean group = answer.getKey().startsWith(Answers.GROUP);
            String question = group ? groupQuestion(rules, r, answer.getKey().substring(Answers.GROUP.length()))
                    : question(rules, r, answer.getKey().substring(Answers.FACT.length()));
            b.append("<tr><th scope=\"row\">").append(esc(question)).append("</th><td>")
                    .append(group ? groupAnswer(rules, r, answer) : esc(QuestionPage.label(w, answer.getValue())))
                    .append("</td><td><a href=\"")
                    .append(esc(Answers.change(r, action, answer.getKey()))).append("\">").append(esc(w.get("check.change")))
                    .append("<span class=\"sr-only\"> ").append(esc(w.get("check.changeWhat", question)))
                    .append("</span></a></td></tr>\n");
        }
        b.append("</tbody>\n</table>\n<a class=\"button button-primary mt-5\" href=\"")
                .append(esc(r.link(next, Answers.state(r)))).append("\">").append(esc(w.get(button))).append("</a>\n");
        return Layout.Page.of(w.get("check.title") + " – " + solution, b.toString()).back(Answers.back(r, action));
    }

    /** A group's question in the page's language, or its id when the rule set does not know it. */
    private static String groupQuestion(RuleSet rules, Request r, String groupId) {
        FactGroup group = rules.model().groups().get(groupId);
        return group == null ? groupId : group.question().in(r.language());
    }

    /**
     * A group page's answer as HTML: the members the citizen ticked and those they do not know, or
     * the group's "none of these" when every member is no.
     */
    private static String groupAnswer(RuleSet rules, Request r, Map.Entry<String, String> answer) {
        Words w = r.words();
        List<String> lines = new ArrayList<>();
        Answers.members(answer.getValue()).forEach((fact, value) -> {
            if (value.equals("true")) {
                lines.add(question(rules, r, fact));
            } else if (value.equals(Answers.DONT_KNOW)) {
                lines.add(w.get("dontKnow") + ": " + question(rules, r, fact));
            }
        });
        if (lines.isEmpty()) {
            FactGroup group = rules.model().groups().get(answer.getKey().substring(Answers.GROUP.length()));
            return esc(group == null ? w.get("none") : group.none().in(r.language()));
        }
        StringBuilder b = new StringBuilder("<ul class=\"nobullet-list\">");
        lines.forEach(line -> b.append("<li>").append(esc(line)).append("</li>"));
        return b.append("</ul>").toString();
    }

    /** The fact's question in the page's language, or its id when the rule set has none. */
    static String question(RuleSet rules, Request r, String factId) {
        Fact fact = rules.model().facts().get(factId);
        return fact == null || fact.question() == null ? factId : fact.question().in(r.language());
    }
}
