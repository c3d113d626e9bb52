package example.portal;

import static example.portal.Layout.esc;

import dk.trinvis.model.Question;
import example.portal.Layout.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A group question on one page, as GOV.UK and borger.dk ask "which of these apply to you?": a
 * checkbox per member (its own question the label), "Ved ikke" under a member that allows it,
 * and "Nej, ingen af dem". The form sends what was ticked; the portal turns it into one answer,
 * {@code gruppe.<id>=<fact>:<value>,...} for every member shown (ticked yes, "ved ikke" unknown,
 * the rest no), and moves on; a page sent with nothing ticked, or with "none" and something
 * else, comes back with the problem.
 */
final class GroupPage {
    /** The form's own fields, which never travel further: what was shown and what was ticked. */
    private static final String SHOWN = "vist";
    private static final String CHOSEN = "valg.";
    private static final String UNKNOWN = "vedikke.";
    private static final String NONE = "ingen";
    /** The first checkbox, which an error links to. */
    static final String FIRST = "valg-1";

    private GroupPage() {
    }

    static boolean isFormField(String parameter) {
        return parameter.equals(SHOWN) || parameter.startsWith(CHOSEN) || parameter.startsWith(UNKNOWN);
    }

    /** Whether the request is a group page sent back, which {@link #read} turns into an answer. */
    static boolean isSent(Request r) {
        return r.get(Answers.ASKED).startsWith(Answers.GROUP) && r.query().containsKey(SHOWN);
    }

    /**
     * What a sent group page answers: the answer's value, or the problem with it.
     *
     * @param answer  {@code fact:value,...} for every member shown, or null when there is a problem
     * @param problem what is wrong, or null
     */
    record Read(@Nullable String answer, @Nullable Problem problem) {
    }

    /**
     * @param none the group's "none of these" in the page's language, which the problem names
     */
    static Read read(Request r, String none) {
        Words w = r.words();
        List<String> shown = List.of(r.get(SHOWN).split(","));
        boolean noneTicked = r.get(CHOSEN + NONE).equals("true");
        Map<String, String> answers = new LinkedHashMap<>();
        boolean anyTicked = false;
        for (String fact : shown) {
            boolean yes = r.get(CHOSEN + fact).equals("true");
            boolean unknown = r.get(UNKNOWN + fact).equals("true");
            if (yes && unknown) {
                return new Read(null, new Problem(FIRST, w.get("question.yesAndDontKnow")));
            }
            anyTicked |= yes || unknown;
            answers.put(fact, yes ? "true" : unknown ? Answers.DONT_KNOW : "false");
        }
        if (noneTicked && anyTicked) {
            return new Read(null, new Problem(FIRST, w.get("question.noneAndOthers", none)));
        }
        if (!noneTicked && !anyTicked) {
            return new Read(null, new Problem(FIRST, w.get("question.chooseAny", none)));
        }
        List<String> parts = new ArrayList<>();
        answers.forEach((fact, value) -> parts.add(fact + ":" + value));
        return new Read(String.join(",", parts), null);
    }

    static Layout.Page render(Request r, String action, Question group, String solution, List<Problem> problems) {
        Words w = r.words();
        String name = Answers.GROUP + group.group();
        Map<String, String> before = previous(r, name);
        boolean error = !problems.isEmpty();
        String number = QuestionPage.number(r);
        String none = group.none() == null ? w.get("none") : group.none();

        StringBuilder b = new StringBuilder("<form method=\"get\" action=\"").append(action).append("\" novalidate>\n");
        Answers.state(r).forEach((k, v) -> QuestionPage.hidden(b, k, v));
        QuestionPage.hidden(b, Request.LANG, r.language().code());
        QuestionPage.hidden(b, Answers.ASKED, name);
        QuestionPage.hidden(b, SHOWN, String.join(",", group.facts().stream().map(Question.Member::fact).toList()));
        b.append("<div class=\"form-group").append(error ? " form-error" : "").append("\">\n<fieldset aria-describedby=\"")
                .append("gruppe-hint").append(error ? " svar-fejl" : "").append("\">\n<legend class=\"form-label\">")
                .append("<span class=\"form-hint\">").append(esc(number)).append("</span>\n<h1 class=\"mt-2\">")
                .append(esc(group.question() == null ? group.group() : group.question())).append("</h1></legend>\n")
                .append("<span class=\"form-hint\" id=\"gruppe-hint\">").append(esc(w.get("question.chooseAll")))
                .append("</span>\n");
        if (error) {
            StartPage.errorMessage(b, w, "svar-fejl", problems.get(0).message());
        }
        int i = 1;
        for (Question.Member m : group.facts()) {
            String label = m.question() == null ? m.fact() : m.question();
            String value = before.getOrDefault(m.fact(), "");
            checkbox(b, "valg-" + i, CHOSEN + m.fact(), label, "", value.equals("true"));
            if (m.dontKnow()) {
                checkbox(b, "vedikke-" + i, UNKNOWN + m.fact(), w.get("dontKnow"), ": " + label,
                        value.equals(Answers.DONT_KNOW));
            }
            i++;
        }
        b.append("<p class=\"mt-5 mb-3\">").append(esc(w.get("or"))).append("</p>\n");
        boolean allNo = !before.isEmpty() && before.values().stream().allMatch("false"::equals);
        checkbox(b, "valg-ingen", CHOSEN + NONE, none, "", allNo);
        b.append("</fieldset>\n</div>\n<button type=\"submit\" class=\"button button-primary\">")
                .append(esc(w.get("continue"))).append("</button>\n</form>\n");
        b.append("<p><a href=\"").append(esc(r.link("/", Map.of()))).append("\">").append(esc(w.get("restart")))
                .append("</a></p>\n");
        return Layout.Page.of(number + " – " + solution, b.toString()).back(Answers.back(r, action)).problems(problems);
    }

    /** The answer a group page had before the citizen went back to it, member to value; empty when none. */
    private static Map<String, String> previous(Request r, String name) {
        String kept = Answers.previous(r, name);
        return kept.isEmpty() ? Map.of() : Answers.members(kept);
    }

    /**
     * A DKFDS checkbox; {@code hiddenLabel} is read only by screen readers, so "Ved ikke" under a
     * member says which member it is about.
     */
    private static void checkbox(StringBuilder b, String id, String name, String label, String hiddenLabel,
                                 boolean checked) {
        b.append("<div class=\"form-group-checkbox").append(id.startsWith("vedikke") ? " ml-7" : "")
                .append("\"><input type=\"checkbox\" class=\"form-checkbox\" id=\"").append(id).append("\" name=\"")
                .append(esc(name)).append("\" value=\"true\"").append(checked ? " checked" : "")
                .append("><label class=\"form-label\" for=\"").append(id).append("\">").append(esc(label));
        if (!hiddenLabel.isEmpty()) {
            b.append("<span class=\"sr-only\">").append(esc(hiddenLabel)).append("</span>");
        }
        b.append("</label></div>\n");
    }
}
