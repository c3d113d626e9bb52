package dk.trinvis.internal.plan;

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
public final class PreparedEntry {
    private final Decision.TraceEntry[] byLanguage;

    /** The entry for the rule {@code kind:id} written at {@code at}, in each language. */
    public PreparedEntry(String kind, String id, Location at, @Nullable Legal legal, Outcome outcome,
                         Function<TraceWords, String> text, Languages languages) {
        String rule = kind + ":" + id;
        String where = at.file() + ":" + at.line();
        byLanguage = new Decision.TraceEntry[languages.size()];
        for (int l = 0; l < byLanguage.length; l++) {
            byLanguage[l] = new Decision.TraceEntry(rule, where, legal, outcome, text.apply(languages.words(l)));
        }
    }

    /** The entry in the language of the words. */
    public Decision.TraceEntry in(TraceWords words) {
        return byLanguage[words.index()];
    }
}
