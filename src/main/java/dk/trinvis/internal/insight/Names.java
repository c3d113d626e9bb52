package dk.trinvis.internal.insight;

import dk.trinvis.model.ExemptionGround;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Language;
import dk.trinvis.model.RuleSetModel;
import dk.trinvis.model.Text;
import java.util.HashMap;
import java.util.Map;

/**
 * What a report calls the ids of its events, from a rule set: municipality names, service and
 * ground titles, the questions of facts. Events carry ids only; an id the rule set does not know
 * is shown as itself.
 *
 * @param municipalities names by code
 * @param services       titles by id
 * @param grounds        titles by id
 * @param questions      questions by fact id
 */
public record Names(Map<String, String> municipalities, Map<String, Text> services, Map<String, Text> grounds,
                    Map<String, Text> questions) {
    /** No names: every id shown as itself. */
    public static final Names NONE = new Names(Map.of(), Map.of(), Map.of(), Map.of());

    /** Copies the maps. */
    public Names {
        municipalities = Map.copyOf(municipalities);
        services = Map.copyOf(services);
        grounds = Map.copyOf(grounds);
        questions = Map.copyOf(questions);
    }

    /** The names a rule set gives its ids. */
    public static Names of(RuleSetModel model) {
        Map<String, String> municipalities = new HashMap<>();
        model.municipalities().forEach((code, m) -> municipalities.put(code, m.name()));
        Map<String, Text> services = new HashMap<>();
        model.services().forEach((id, s) -> services.put(id, s.title()));
        Map<String, Text> grounds = new HashMap<>();
        for (ExemptionGround g : model.grounds()) {
            grounds.putIfAbsent(g.id(), g.title());
        }
        Map<String, Text> questions = new HashMap<>();
        for (Fact f : model.facts().values()) {
            if (f.question() != null) {
                questions.put(f.id(), f.question());
            }
        }
        return new Names(municipalities, services, grounds, questions);
    }

    String municipality(String code) {
        return municipalities.getOrDefault(code, code);
    }

    String service(String id, Language lang) {
        Text t = services.get(id);
        return t == null ? id : t.in(lang);
    }

    String ground(String id, Language lang) {
        Text t = grounds.get(id);
        return t == null ? id : t.in(lang);
    }

    String question(String fact, Language lang) {
        Text t = questions.get(fact);
        return t == null ? fact : t.in(lang);
    }
}
