package dk.trinvis.internal.cli;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code --fact NAME=VALUE}: the value stays text until the rule set's Facts type it.
 *
 * @param name  the fact's id
 * @param value the value as typed
 */
record FactArgument(String name, String value) {

    /**
     * The facts by name, in the order given. A list of options rather than a picocli map, which
     * would keep the last of a repeated fact without a word: a fact given twice is a usage error.
     */
    static Map<String, Object> toMap(List<FactArgument> facts, Language words) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (FactArgument f : facts) {
            if (values.put(f.name(), f.value()) != null) {
                throw new UsageException(Phrase.text(words, "cli.fact.twice", f.name()));
            }
        }
        return values;
    }
}
