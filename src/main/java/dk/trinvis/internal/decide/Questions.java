package dk.trinvis.internal.decide;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The questions one rule can raise, prepared at load in every language: deciding no longer
 * builds a question, a type name or a rule id per request.
 */
final class Questions {
    private final String ruleId;
    private final Map<String, Decision.MissingFact[]> byFact = new HashMap<>();

    Questions(String ruleId, Expression when, Map<String, Fact> facts, LanguageSet languages) {
        this.ruleId = ruleId;
        List<String> ids = RuleNames.factIds(when.names());
        for (String id : ids) {
            Fact f = facts.get(id);
            Decision.MissingFact[] perLanguage = new Decision.MissingFact[languages.size()];
            for (int l = 0; l < perLanguage.length; l++) {
                perLanguage[l] = question(f, languages.say(l).language(), List.of(ruleId));
            }
            byFact.put(id, perLanguage);
        }
    }

    /** The question about a fact in the language, deciding the rules named. */
    static Decision.MissingFact question(Fact f, Language lang, List<String> decides) {
        return new Decision.MissingFact(f.id(), f.type().name().toLowerCase(Locale.ROOT),
                f.question() == null ? null : f.question().in(lang), f.askedOf(), decides);
    }

    /** The rule's id, e.g. {@code ExemptionGround:kognitiv}. */
    String ruleId() {
        return ruleId;
    }

    /** The question about the fact, deciding this rule, in the language of the sentences. */
    Decision.MissingFact about(String factId, Say say) {
        return byFact.get(factId)[say.index()];
    }
}
