package dk.trinvis.internal.plan;

import dk.trinvis.internal.expr.Expression;
import dk.trinvis.internal.util.Names;
import dk.trinvis.model.Decision;
import dk.trinvis.model.Fact;
import dk.trinvis.model.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The questions one rule can raise, prepared at load in every language: deciding no longer
 * builds a question, a type name or a rule id per request.
 */
public final class FactQuestions {
    private final String ruleId;
    private final Map<String, Decision.MissingFact[]> byFact = new HashMap<>();

    FactQuestions(String ruleId, Expression when, Map<String, Fact> facts, Languages languages) {
        this.ruleId = ruleId;
        for (String id : Names.factIds(when.names())) {
            Fact f = Objects.requireNonNull(facts.get(id), "the linker resolves every fact a condition names");
            Decision.MissingFact[] perLanguage = new Decision.MissingFact[languages.size()];
            for (int l = 0; l < perLanguage.length; l++) {
                perLanguage[l] = question(f, languages.words(l).language(), List.of(ruleId));
            }
            byFact.put(id, perLanguage);
        }
    }

    /** The question about a fact in the language, deciding the rules named. */
    public static Decision.MissingFact question(Fact f, Language lang, List<String> decides) {
        return new Decision.MissingFact(f.id(), f.type().name().toLowerCase(Locale.ROOT),
                f.question() == null ? null : f.question().in(lang), f.askedOf(), decides);
    }

    /** The rule's id, e.g. {@code ExemptionGround:kognitiv}. */
    public String ruleId() {
        return ruleId;
    }

    /** The question about the fact, deciding this rule, in the language of the words. */
    Decision.MissingFact about(String factId, TraceWords words) {
        return Objects.requireNonNull(byFact.get(factId), "asked only about the rule's own facts")[words.index()];
    }
}
