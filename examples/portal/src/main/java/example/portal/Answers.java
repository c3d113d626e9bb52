package example.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers so far, as they travel in the address: one parameter per page answered, in the
 * order answered ({@code fact.<id>=<value>}). The page is stateless: the back link is the same
 * address without the last answer, which it keeps as {@code forrige.<id>} to show it chosen, and
 * a change link on "Tjek dine svar" takes out one answer the same way.
 */
final class Answers {
    static final String FACT = "fact.";
    static final String PREVIOUS = "forrige.";
    /** The question the page asked, so an empty answer is told apart from a first visit. */
    static final String ASKED = "spurgt";

    private Answers() {
    }

    /** The request's parameters without the page's own bookkeeping: what the next request carries. */
    static Map<String, String> carried(Map<String, String> q) {
        Map<String, String> out = new LinkedHashMap<>();
        q.forEach((k, v) -> {
            if (!k.startsWith(PREVIOUS) && !k.equals(ASKED) && !(isAnswer(k) && v.isBlank())) {
                out.put(k, v);
            }
        });
        return out;
    }

    static boolean isAnswer(String parameter) {
        return parameter.startsWith(FACT);
    }

    /** The answers given, one per page, in the order given: parameter name to value. */
    static List<Map.Entry<String, String>> given(Map<String, String> q) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        carried(q).forEach((k, v) -> {
            if (isAnswer(k)) {
                out.add(Map.entry(k, v));
            }
        });
        return out;
    }

    /** The facts answered, as the library takes them. */
    static Map<String, Object> facts(Map<String, String> q) {
        Map<String, Object> facts = new LinkedHashMap<>();
        for (Map.Entry<String, String> answer : given(q)) {
            facts.put(answer.getKey().substring(FACT.length()), answer.getValue());
        }
        return facts;
    }

    /** The link back to the previous question with its answer kept, or null before the first answer. */
    static @Nullable String back(Request r, String action) {
        List<Map.Entry<String, String>> given = given(r.query());
        return given.isEmpty() ? null : change(r, action, given.get(given.size() - 1).getKey());
    }

    /** The question of one answer asked again, its answer chosen; every other answer kept. */
    static String change(Request r, String action, String answer) {
        Map<String, String> kept = carried(r.query());
        String value = kept.remove(answer);
        kept.remove(Request.LANG);
        if (value != null) {
            kept.put(PREVIOUS + answer.substring(FACT.length()), value);
        }
        return r.link(action, kept);
    }

    /** The address's context and answers, without the language (links add it). */
    static Map<String, String> state(Request r) {
        Map<String, String> kept = carried(r.query());
        kept.remove(Request.LANG);
        return kept;
    }
}
