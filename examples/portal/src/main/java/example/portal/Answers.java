package example.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The answers so far, as they travel in the address: one parameter per page answered, in the
 * order answered. A single fact is {@code fact.<id>=<value>} ({@code ved-ikke} when the citizen
 * does not know); a group page is {@code gruppe.<id>=<fact>:<value>,...} for each member it
 * showed. The page is stateless: the back link is the same address without the last answer,
 * which it keeps as {@code forrige.<parameter>} to show it chosen, and a change link on "Tjek
 * dine svar" takes out one answer the same way.
 */
final class Answers {
    static final String FACT = "fact.";
    static final String GROUP = "gruppe.";
    static final String PREVIOUS = "forrige.";
    /** The answer of a citizen who does not know, where the fact allows it. */
    static final String DONT_KNOW = "ved-ikke";
    /** The page's question, {@code fact.<id>} or {@code gruppe.<id>}, so an empty answer is told apart from a first visit. */
    static final String ASKED = "spurgt";

    /** What the library takes: the facts answered, and those the citizen does not know. */
    record Given(Map<String, Object> facts, List<String> dontKnow) {
    }

    private Answers() {
    }

    /** The request's parameters without the page's own bookkeeping: what the next request carries. */
    static Map<String, String> carried(Map<String, String> q) {
        Map<String, String> out = new LinkedHashMap<>();
        q.forEach((k, v) -> {
            if (!k.startsWith(PREVIOUS) && !k.equals(ASKED) && !GroupPage.isFormField(k) && !(isAnswer(k) && v.isBlank())) {
                out.put(k, v);
            }
        });
        return out;
    }

    static boolean isAnswer(String parameter) {
        return parameter.startsWith(FACT) || parameter.startsWith(GROUP);
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

    /** The facts answered and not known, as the library takes them. */
    static Given facts(Map<String, String> q) {
        Map<String, Object> facts = new LinkedHashMap<>();
        List<String> dontKnow = new ArrayList<>();
        for (Map.Entry<String, String> answer : given(q)) {
            if (answer.getKey().startsWith(FACT)) {
                put(answer.getKey().substring(FACT.length()), answer.getValue(), facts, dontKnow);
            } else {
                members(answer.getValue()).forEach((fact, value) -> put(fact, value, facts, dontKnow));
            }
        }
        return new Given(facts, dontKnow);
    }

    private static void put(String fact, String value, Map<String, Object> facts, List<String> dontKnow) {
        if (value.equals(DONT_KNOW)) {
            dontKnow.add(fact);
        } else {
            facts.put(fact, value);
        }
    }

    /** A group page's answer, {@code fact:value,...}, as fact to value in the order shown. */
    static Map<String, String> members(String groupAnswer) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : groupAnswer.split(",")) {
            int colon = part.indexOf(':');
            if (colon <= 0) {
                throw new Inputs.BadParameter(null, "bad.request");
            }
            out.put(part.substring(0, colon), part.substring(colon + 1));
        }
        return out;
    }

    /** The answer kept for a question asked again, {@code fact.<id>} or {@code gruppe.<id>}; empty when none. */
    static String previous(Request r, String answer) {
        return r.get(PREVIOUS + answer);
    }

    /** The link back to the previous question with its answer kept, or null before the first answer. */
    static @Nullable String back(Request r, String action) {
        List<Map.Entry<String, String>> given = given(r.query());
        return given.isEmpty() ? null : change(r, action, given.get(given.size() - 1).getKey());
    }

    /** The question of one answer asked again, its answer chosen; every other answer kept. */
    static String change(Request r, String action, String answer) {
        Map<String, String> kept = state(r);
        String value = kept.remove(answer);
        if (value != null) {
            kept.put(PREVIOUS + answer, value);
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
