package dk.trinvis.internal.yaml;

import dk.trinvis.model.Phrase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the YAML parser's problem into words for an editor: which line is out of column and
 * where it should start, instead of "expected &lt;block end&gt;, but found '?'".
 */
final class SyntaxHints {
    /** A line that is only a key before the colon the parser stopped at, e.g. {@code "  title"} or {@code "- id"}. */
    private static final Pattern KEY_ONLY = Pattern.compile("^(\\s*)(- )?([A-Za-z_][\\w-]*)\\s*$");
    private static final Pattern KEY_LINE = Pattern.compile("^(\\s*)(- )?([A-Za-z_][\\w-]*)\\s*:");

    /**
     * What the parser found, in words.
     *
     * @param column the phrase's column (1-based) where the reader should look
     * @param phrase the message and hint
     */
    record Said(int column, Phrase phrase) {
    }

    private SyntaxHints() {
    }

    /** The editor's version of a parser problem at a 0-based line and column, or null to keep the parser's words. */
    static @Nullable Said explain(String problem, String text, int line, int column) {
        if (problem == null) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        String here = line < lines.length ? lines[line] : "";
        if (problem.contains("found character '\\t'")) {
            return new Said(column + 1, Phrase.of("syntax.tab"));
        }
        if (problem.contains("mapping values are not allowed")) {
            Matcher key = KEY_ONLY.matcher(here.substring(0, Math.min(column, here.length())));
            Above above = above(lines, line);
            if (key.matches() && above != null) {
                int keyColumn = key.group(1).length() + (key.group(2) == null ? 0 : 2) + 1;
                return new Said(keyColumn, Phrase.of("syntax.overindented", key.group(3), above.column(), above.key()));
            }
            return new Said(column + 1, Phrase.of("syntax.colon"));
        }
        if (problem.startsWith("expected <block end>")) {
            Matcher key = KEY_LINE.matcher(here);
            Above above = above(lines, line);
            if (key.find() && above != null) {
                int keyColumn = key.group(1).length() + (key.group(2) == null ? 0 : 2) + 1;
                if (keyColumn != above.column()) {
                    return new Said(keyColumn, Phrase.of("syntax.indent", key.group(3), keyColumn, above.column()));
                }
                // The key lines up: what follows its value on the line is the slip, e.g. title: "Trin 1" og mere.
                return new Said(column + 1, Phrase.of("syntax.afterValue", key.group(3)));
            }
        }
        return null;
    }

    /** The key on the nearest line above that has one, and its 1-based column. */
    private static @Nullable Above above(String[] lines, int line) {
        for (int i = line - 1; i >= 0; i--) {
            Matcher m = KEY_LINE.matcher(lines[i]);
            if (m.find()) {
                return new Above(m.group(3), m.group(1).length() + (m.group(2) == null ? 0 : 2) + 1);
            }
            if (!lines[i].isBlank() && !lines[i].trim().startsWith("#")) {
                return null;
            }
        }
        return null;
    }

    private record Above(String key, int column) {
    }
}
