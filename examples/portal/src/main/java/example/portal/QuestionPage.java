package example.portal;

import static example.portal.Layout.esc;

import dk.trinvis.model.Interview;
import dk.trinvis.model.Question;
import example.portal.Layout.Problem;
import java.util.List;
import java.util.Map;

/**
 * One question per page, the interview's {@code next}: its title says which question it is
 * ("Spørgsmål 2 – Anmeld flytning"), the question is the page's heading, and a page sent without
 * an answer comes back with "Fejl:" in its title and an error summary leading to the field.
 */
final class QuestionPage {
    private QuestionPage() {
    }

    /**
     * The page asking the interview's next question.
     *
     * @param action   where the answer goes
     * @param solution what the citizen is doing, e.g. the service's title
     */
    static Layout.Page render(Request r, String action, Interview interview, String solution) {
        Question next = interview.next();
        return next.group() != null ? GroupPage.render(r, action, next, solution, List.of())
                : fact(r, action, next, solution);
    }

    /** "Spørgsmål 2": the pages answered so far, plus this one. */
    static String number(Request r) {
        return r.words().get("question.number", Answers.given(r.query()).size() + 1);
    }

    private static Layout.Page fact(Request r, String action, Question next, String solution) {
        Words w = r.words();
        String name = Answers.FACT + next.fact();
        String chosen = Answers.previous(r, name);
        boolean unanswered = name.equals(r.get(Answers.ASKED)) && r.get(name).isBlank();
        String field = next.values().isEmpty() ? "svar" : "svar-1";
        String number = number(r);
        String problem = next.values().isEmpty() ? w.get("question.typeAnswer") : w.get("question.chooseOne");

        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"").append(action).append("\" novalidate>\n");
        Answers.state(r).forEach((k, v) -> hidden(b, k, v));
        hidden(b, Request.LANG, r.language().code());
        hidden(b, Answers.ASKED, name);
        b.append("<div class=\"form-group").append(unanswered ? " form-error" : "").append("\">\n<fieldset")
                .append(unanswered ? " aria-describedby=\"svar-fejl\"" : "").append(">\n<legend class=\"form-label\">")
                .append("<span class=\"form-hint\">").append(esc(number)).append("</span>\n<h1 class=\"mt-2\">")
                .append(esc(next.question() == null ? next.fact() : next.question())).append("</h1></legend>\n");
        if (unanswered) {
            StartPage.errorMessage(b, w, "svar-fejl", problem);
        }
        if (next.values().isEmpty()) {
            b.append("<label class=\"form-label\" for=\"svar\">").append(esc(w.get("question.answer")))
                    .append("</label>\n<input class=\"form-input\" id=\"svar\" name=\"").append(esc(name))
                    .append("\" type=\"text\" value=\"").append(esc(chosen.equals(Answers.DONT_KNOW) ? "" : chosen))
                    .append("\">\n");
            if (next.dontKnow()) {
                b.append("<div class=\"form-group-checkbox mt-5\"><input type=\"checkbox\" class=\"form-checkbox\" ")
                        .append("id=\"svar-ved-ikke\" name=\"").append(esc(name)).append("\" value=\"").append(Answers.DONT_KNOW)
                        .append('"').append(chosen.equals(Answers.DONT_KNOW) ? " checked" : "")
                        .append("><label class=\"form-label\" for=\"svar-ved-ikke\">").append(esc(w.get("dontKnow")))
                        .append("</label></div>\n");
            }
        } else {
            int i = 1;
            for (String value : next.values()) {
                radio(b, "svar-" + i++, name, value, label(w, value), value.equals(chosen));
            }
            if (next.dontKnow()) {
                radio(b, "svar-" + i, name, Answers.DONT_KNOW, w.get("dontKnow"), Answers.DONT_KNOW.equals(chosen));
            }
        }
        b.append("</fieldset>\n</div>\n<button type=\"submit\" class=\"button button-primary\">")
                .append(esc(w.get("continue"))).append("</button>\n</form>\n");
        b.append("<p><a href=\"").append(esc(r.link("/", Map.of()))).append("\">").append(esc(w.get("restart")))
                .append("</a></p>\n");
        return Layout.Page.of(number + " – " + solution, b.toString()).back(Answers.back(r, action))
                .problems(unanswered ? List.of(new Problem(field, problem)) : List.of());
    }

    /** An answer as the citizen reads it: yes, no and don't know in their language, other values as written. */
    static String label(Words w, String value) {
        return switch (value) {
            case "true" -> w.get("yes");
            case "false" -> w.get("no");
            case Answers.DONT_KNOW -> w.get("dontKnow");
            default -> value;
        };
    }

    private static void radio(StringBuilder b, String id, String name, String value, String label, boolean checked) {
        b.append("<div class=\"form-group-radio\"><input type=\"radio\" class=\"form-radio\" id=\"").append(id)
                .append("\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value)).append('"')
                .append(checked ? " checked" : "").append("><label class=\"form-label\" for=\"").append(id).append("\">")
                .append(esc(label)).append("</label></div>\n");
    }

    static void hidden(StringBuilder b, String name, String value) {
        b.append("<input type=\"hidden\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value))
                .append("\">\n");
    }
}
