package dk.trinvis.internal.plan;

import dk.trinvis.model.Language;
import dk.trinvis.model.RuleSetModel;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The languages sentences are prepared in: those with a bundled phrase book and those the rule
 * set's texts use, Danish first. A request in any other language is answered in Danish (the
 * {@link TraceWords} at index 0): neither the rule set nor the phrase books have a word of it.
 */
public final class Languages {
    private final TraceWords[] words;

    /** The languages of the rule set and the phrase books. */
    public Languages(RuleSetModel model) {
        List<Language> ordered = List.copyOf(known(model));
        this.words = new TraceWords[ordered.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = new TraceWords(ordered.get(i), i);
        }
    }

    /** The languages an answer can be written in: a bundled phrase book's or a rule-set text's; Danish first. */
    public static SortedSet<Language> known(RuleSetModel model) {
        SortedSet<Language> all = new TreeSet<>(Language.BUNDLED);
        all.addAll(model.languages());
        return all;
    }

    /** How many languages there are. */
    public int size() {
        return words.length;
    }

    /** The sentences of the i-th language. */
    public TraceWords words(int index) {
        return words[index];
    }

    /** The sentences for a requested language: its own when prepared, else Danish. */
    public TraceWords words(Language requested) {
        for (TraceWords w : words) {
            if (w.language().equals(requested)) {
                return w;
            }
        }
        return words[0];
    }
}
