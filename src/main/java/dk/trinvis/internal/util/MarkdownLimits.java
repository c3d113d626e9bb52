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
        if (2 + 2 * nestingMarks(markdown) <= MAX_DEPTH) {
            // Too few marks to nest past the limit: a thousand guides' steps need not be parsed at load.
            return null;
        }
        int depth = nesting(markdown);
        return depth > MAX_DEPTH ? new Violation("depth", depth, MAX_DEPTH) : null;
    }

    /** How deep the parsed text nests: the document is 0, a paragraph's text 2. */
    static int nesting(String markdown) {
        return depth(PARSER.parse(markdown));
    }

    /**
     * How many characters could each open a level of nesting. Below a paragraph's text (depth 2)
     * every level needs a character of its own: a block quote its {@code >}, a list and its item
     * (two levels) the item's marker ({@code -}, {@code +} or {@code *} before a blank or the line's
     * end, or a number's {@code .} or {@code )} likewise), emphasis a {@code *} or {@code _}, a
     * link or image its {@code [}, an autolink its {@code <}. So a text nests at most
     * {@code 2 + 2 * nestingMarks} deep.
     */
    static int nestingMarks(String s) {
        int marks = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean blankAfter = i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t'
                    || s.charAt(i + 1) == '\n' || s.charAt(i + 1) == '\r';
            if (c == '>' || c == '*' || c == '_' || c == '[' || c == '<'
                    || (c == '-' || c == '+') && blankAfter
                    || (c == '.' || c == ')') && blankAfter && i > 0 && Character.isDigit(s.charAt(i - 1))) {
                marks++;
            }
        }
        return marks;
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
