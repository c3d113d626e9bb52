package dk.trinvis.model;

import dk.trinvis.internal.util.PathText;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Where something stands in a rule set: a file relative to the rule-set folder, and a
 * 1-based line and column.
 *
 * @param file   path relative to the rule-set folder, with {@code /} separators
 * @param line   1-based line
 * @param column 1-based column
 */
@NullMarked
public record Location(String file, int line, int column) {

    /** Prints {@code file:line:column}, the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }

    /** What the files of the bundled rule set start with when it is the base of a layer. */
    public static final String BUNDLED = "bundled:";

    /**
     * The same place seen from another folder, e.g. {@code guides/} + {@code x.yaml}; a layer's base
     * written {@code ../national/x.yaml} folds to {@code national/x.yaml} from the layer's parent.
     * A file of the bundled rule set ({@code bundled:x.yaml}) lies in no folder and stays as it is.
     */
    public Location under(@Nullable String prefix) {
        if (prefix == null || prefix.isEmpty() || file.startsWith(BUNDLED)) {
            return this;
        }
        return new Location(PathText.join(prefix, file), line, column);
    }
}
