package dk.trinvis.model;

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

    /** The same place seen from another folder, e.g. {@code guides/} + {@code x.yaml}. */
    public Location under(@Nullable String prefix) {
        if (prefix == null || prefix.isEmpty()) {
            return this;
        }
        String sep = prefix.endsWith("/") ? "" : "/";
        return new Location(prefix + sep + file, line, column);
    }
}
