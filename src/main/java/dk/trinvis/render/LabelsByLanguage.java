package dk.trinvis.render;

import dk.trinvis.model.Language;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One renderer's {@link Labels}, made once per language: making them looks up the phrase book and
 * parses two date patterns, more work than rendering a guide's fixed words. Thread-safe; holds at
 * most {@link #MAX_LANGUAGES}, as a guide's language is one its rule set knows but a hand-built
 * guide's could be anything.
 */
final class LabelsByLanguage {
    static final int MAX_LANGUAGES = 64;

    private final ConcurrentHashMap<Language, Labels> made = new ConcurrentHashMap<>();

    Labels in(Language language) {
        Labels labels = made.get(language);
        if (labels == null) {
            labels = new Labels(language);
            if (made.size() < MAX_LANGUAGES) {
                made.putIfAbsent(language, labels);
            }
        }
        return labels;
    }
}
