package dk.trinvis.internal.decide;

import dk.trinvis.model.Language;
import dk.trinvis.model.RuleSetModel;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The languages an engine prepares its sentences in: those with a bundled phrase book and those the
 * rule set's texts use, Danish first. A request in any other language is answered in Danish (the
 * {@link Say} at index 0): neither the rule set nor the phrase books have a word of it.
 */
final class LanguageSet {
    private final Say[] says;

    LanguageSet(RuleSetModel model) {
        List<Language> ordered = List.copyOf(known(model));
        this.says = new Say[ordered.size()];
        for (int i = 0; i < says.length; i++) {
            says[i] = new Say(ordered.get(i), i);
        }
    }

    /** The languages an answer can be written in: a bundled phrase book's or a rule-set text's; Danish first. */
    static SortedSet<Language> known(RuleSetModel model) {
        SortedSet<Language> all = new TreeSet<>(Language.BUNDLED);
        all.addAll(model.languages());
        return all;
    }

    int size() {
        return says.length;
    }

    /** The sentences of the i-th language. */
    Say say(int index) {
        return says[index];
    }

    /** The sentences for a requested language: its own when prepared, else Danish. */
    Say say(Language requested) {
        for (Say say : says) {
            if (say.language().equals(requested)) {
                return say;
            }
        }
        return says[0];
    }
}
