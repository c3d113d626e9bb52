package dk.trinvis.internal.util;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * How much Markdown a guide text may hold. Parsing and rendering Markdown take time that grows
 * faster than the text (some inputs are quadratic) and stack that grows with nesting, so both are
 * bounded: the loader reports a text over a limit as a located problem, and the renderers show
 * such a text as plain, escaped text instead of parsing it.
 */
public final class MarkdownLimits {
    /** Longest Markdown text (a step body, an intro), in characters: forty times the longest bundled body. */
    public static final int MAX_CHARS = 8_000;
    /** Deepest nesting of Markdown elements (quotes in lists in quotes …); real guides use three or four. */
    public static final int MAX_DEPTH = 12;
    /** Longest run of one emphasis character ({@code *} or {@code _}): the parser resolves runs recursively. */
    public static final int MAX_EMPHASIS_RUN = 100;

    private static final Parser PARSER = Parser.builder().build();

    private MarkdownLimits() {
    }

    /** The parsed Markdown, or null when the text is over a limit and must be shown as plain text. */
    public static @Nullable Node parse(String markdown) {
        if (markdown.length() > MAX_CHARS || longestEmphasisRun(markdown) > MAX_EMPHASIS_RUN) {
            return null;
        }
        Node document = PARSER.parse(markdown);
        return depth(document) > MAX_DEPTH ? null : document;
    }

    /** The limit the text passes, or null when it is within the limits. */
    public static @Nullable Violation violation(String markdown) {
        if (markdown.length() > MAX_CHARS) {
            return new Violation("length", markdown.length(), MAX_CHARS);
        }
        int run = longestEmphasisRun(markdown);
        if (run > MAX_EMPHASIS_RUN) {
            return new Violation("emphasis", run, MAX_EMPHASIS_RUN);
        }
        int depth = depth(PARSER.parse(markdown));
        return depth > MAX_DEPTH ? new Violation("depth", depth, MAX_DEPTH) : null;
    }

    /**
     * A limit a Markdown text passes; the loader words it for editors.
     *
     * @param limit   which: {@code length} (characters), {@code emphasis} (a run of '*' or '_') or {@code depth} (nesting)
     * @param found   how much the text has
     * @param allowed how much is allowed
     */
    public record Violation(String limit, int found, int allowed) {
    }

    private static int longestEmphasisRun(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = (c == '*' || c == '_') && i > 0 && s.charAt(i - 1) == c ? run + 1 : (c == '*' || c == '_') ? 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Nesting depth, walked without recursion: the tree may be deeper than the stack. */
    private static int depth(Node root) {
        int max = 0;
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            max = Math.max(max, depth);
            if (max > MAX_DEPTH) {
                return max;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return max;
    }
}
