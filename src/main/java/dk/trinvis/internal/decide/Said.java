package dk.trinvis.internal.decide;

import dk.trinvis.model.Decision;
import dk.trinvis.model.Legal;
import dk.trinvis.model.Location;
import dk.trinvis.model.Outcome;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One trace entry prepared at load in every language, for a rule whose sentence does not depend
 * on the request. Entries are immutable, so every decision shares them.
 */
final class Said {
    private final Decision.TraceEntry[] byLanguage;

    Said(String kind, String id, Location at, @Nullable Legal legal, Outcome outcome, Function<Say, String> text,
         LanguageSet languages) {
        String rule = kind + ":" + id;
        String where = at.file() + ":" + at.line();
        byLanguage = new Decision.TraceEntry[languages.size()];
        for (int l = 0; l < byLanguage.length; l++) {
            byLanguage[l] = new Decision.TraceEntry(rule, where, legal, outcome, text.apply(languages.say(l)));
        }
    }

    /** Adds the entry in the request's language to its trace. */
    void to(Ask ask) {
        ask.trace().add(byLanguage[ask.say().index()]);
    }
}
