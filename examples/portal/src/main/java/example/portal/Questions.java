package example.portal;

import static example.portal.Layout.esc;

import dk.trinvis.model.Interview;
import dk.trinvis.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One question per page, the interview's {@code next}. The answers so far travel in the URL as
 * {@code fact.<id>} in the order they were given, so the page is stateless: the back link is the
 * same URL without the last answer, which it keeps as {@code forrige.<id>} to show it chosen.
 */
final class Questions {
    static final String FACT = "fact.";
    static final String PREVIOUS = "forrige.";
    static final String ASKED = "spurgt";

    private Questions() {
    }

    /** The request's parameters without the page's own bookkeeping: what the next request carries. */
    static Map<String, String> carried(Map<String, String> q) {
        Map<String, String> out = new LinkedHashMap<>();
        q.forEach((k, v) -> {
            if (!k.startsWith(PREVIOUS) && !k.equals(ASKED) && !(k.startsWith(FACT) && v.isBlank())) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The facts answered, in the order given. */
    static Map<String, Object> answers(Map<String, String> q) {
        Map<String, Object> facts = new LinkedHashMap<>();
        carried(q).forEach((k, v) -> {
            if (k.startsWith(FACT)) {
                facts.put(k.substring(FACT.length()), v);
            }
        });
        return facts;
    }

    /** The link back to the previous question with its answer kept, or null before the first answer. */
    static String back(String action, Map<String, String> q) {
        Map<String, String> kept = carried(q);
        List<String> facts = new ArrayList<>(kept.keySet().stream().filter(k -> k.startsWith(FACT)).toList());
        if (facts.isEmpty()) {
            return null;
        }
        String last = facts.get(facts.size() - 1);
        String value = kept.remove(last);
        kept.put(PREVIOUS + last.substring(FACT.length()), value);
        return action + "?" + Layout.encode(kept);
    }

    /** The page asking {@code next}, or null when the interview is done. */
    static String page(String action, Map<String, String> q, Interview interview, String start) {
        Question next = interview.next();
        Map<String, String> carried = carried(q);
        int answered = answers(q).size();
        String chosen = q.get(PREVIOUS + next.fact());
        boolean unanswered = next.fact().equals(q.get(ASKED));
        String legendId = "spoergsmaal-legend";
        StringBuilder b = new StringBuilder();
        b.append("<p class=\"form-hint\">Spørgsmål ").append(answered + 1).append(" af højst ")
                .append(answered + interview.remaining()).append("</p>\n");
        b.append("<form method=\"get\" action=\"").append(action).append("\" novalidate>\n");
        Layout.hidden(b, carried);
        b.append("<input type=\"hidden\" name=\"").append(ASKED).append("\" value=\"").append(esc(next.fact()))
                .append("\">\n");
        b.append("<div class=\"form-group").append(unanswered ? " form-error" : "").append("\">\n<fieldset")
                .append(unanswered ? " aria-describedby=\"svar-fejl\"" : "").append(">\n<legend class=\"form-label\" id=\"")
                .append(legendId).append("\">").append(esc(next.question() == null ? next.fact() : next.question()))
                .append("</legend>\n");
        if (unanswered) {
            b.append("<span class=\"form-error-message\" id=\"svar-fejl\"><span class=\"sr-only\">Fejl: </span>"
                    + "Vælg et svar for at fortsætte.</span>\n");
        }
        String name = FACT + next.fact();
        if (next.values().isEmpty()) {
            b.append("<label class=\"form-label\" for=\"svar\">Dit svar</label>\n<input class=\"form-input\" id=\"svar\" name=\"")
                    .append(esc(name)).append("\" type=\"text\" value=\"").append(esc(chosen == null ? "" : chosen))
                    .append("\">\n");
        } else {
            int i = 1;
            for (String value : next.values()) {
                String id = "svar-" + i++;
                String label = value.equals("true") ? "Ja" : value.equals("false") ? "Nej" : value;
                b.append("<div class=\"form-group-radio\"><input type=\"radio\" class=\"form-radio\" id=\"").append(id)
                        .append("\" name=\"").append(esc(name)).append("\" value=\"").append(esc(value)).append('"')
                        .append(value.equals(chosen) ? " checked" : "").append("><label class=\"form-label\" for=\"")
                        .append(id).append("\">").append(esc(label)).append("</label></div>\n");
            }
        }
        b.append("</fieldset>\n</div>\n<button type=\"submit\" class=\"button button-primary\">Fortsæt</button>\n</form>\n");
        b.append("<p><a href=\"").append(esc(start)).append("\">Start forfra</a></p>\n");
        return b.toString();
    }
}
