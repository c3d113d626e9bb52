package dk.trinvis.internal.yaml;

import dk.trinvis.model.Phrase;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Parses YAML into position-carrying node trees and nothing else: no Java objects are ever
 * constructed from YAML, custom tags are refused, and aliases, depth and size are bounded so
 * hostile input fails fast with a located problem.
 */
final class SafeYaml {
    /** Largest file read, in characters: rule-set files are small; anything bigger is a mistake or an attack. */
    static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    static final int MAX_ALIASES = 20;
    static final int MAX_DEPTH = 40;
    /** Bounds the nodes walked through aliases, so a small alias fan-out cannot blow up a walk. */
    static final int MAX_NODES = 500_000;

    /** The parser's words for a refused tag, e.g. "Global tag is not allowed: tag:yaml.org,2002:java.io.File". */
    private static final Pattern REFUSED_TAG = Pattern.compile("tag is not allowed: (\\S+)");

    private static final Pattern UNDEFINED_ALIAS = Pattern.compile("undefined alias (\\S+)");
    private static final Pattern BAD_START = Pattern.compile("found character '(.)' that cannot start any token");

    private static final Set<Tag> STANDARD = Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP, Tag.MERGE, Tag.BINARY);

    private SafeYaml() {
    }

    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        options.setTagInspector(tag -> false);
        return options;
    }

    /** Composes every document of a file's text, reporting problems into the scalar reader's sink. */
    static List<Node> documents(String text, Scalars scalars) {
        List<Node> composed = new ArrayList<>();
        boolean fast = TextReader.fits(text);
        YAMLException failure = fast ? composeFast(text, composed) : compose(text, composed);
        if (failure != null && fast) {
            // A refused text is read again by SnakeYAML's own reader and composer: its words and places, as ever.
            composed.clear();
            failure = compose(text, composed);
        }
        List<Node> documents = new ArrayList<>(composed.size());
        for (Node node : composed) {
            // A '---' at the end of a file starts an empty document: nothing to read, nothing wrong.
            boolean empty = node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)
                    && scalar.getValue().isEmpty();
            if (!empty && safe(node, scalars)) {
                documents.add(node);
            }
        }
        if (failure != null) {
            report(failure, text, scalars);
        }
        return documents;
    }

    /** Composes the documents into the list with SnakeYAML's own reader and composer; the problem, or null. */
    private static @Nullable YAMLException compose(String text, List<Node> into) {
        LoaderOptions options = options();
        Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options),
                new PlainWords(), options);
        try {
            while (composer.checkNode()) {
                Node node = composer.getNode();
                if (node != null) {
                    into.add(node);
                }
            }
            return null;
        } catch (YAMLException e) {
            return e;
        }
    }

    /** As {@link #compose}, through {@link TextReader} and {@link NodeComposer}, for a text that {@link TextReader#fits}. */
    private static @Nullable YAMLException composeFast(String text, List<Node> into) {
        LoaderOptions options = options();
        NodeComposer composer = new NodeComposer(new ParserImpl(new TextReader(text), options), new PlainWords(), options);
        try {
            while (composer.checkNode()) {
                into.add(composer.getNode());
            }
            return null;
        } catch (YAMLException e) {
            return e;
        }
    }

    private static void report(YAMLException failure, String text, Scalars scalars) {
        if (failure instanceof MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            // SnakeYAML always composes a message for a marked exception.
            String problem = e.getProblem() != null ? e.getProblem() : Objects.requireNonNullElse(e.getMessage(), "");
            boolean unsafe = (problem.contains("tag") || problem.contains("alias")
                    || problem.contains("Nesting Depth") || problem.contains("exceeds the limit"));
            SyntaxHints.Said said = unsafe || mark == null ? null
                    : SyntaxHints.explain(problem, text, mark.getLine(), mark.getColumn());
            if (said != null) {
                scalars.problems().error(Codes.SYNTAX, new dk.trinvis.model.Location(scalars.file(), mark.getLine() + 1,
                        said.column()), said.phrase());
            } else if (unsafe) {
                scalars.problems().error(Codes.UNSAFE, at(scalars, mark), limit(problem));
            } else {
                Phrase known = known(problem);
                // An unclosed quote or bracket is found where the reader gave up; the mistake is where it began.
                boolean atStart = known != null && !known.key().equals("yaml.strayItem") && e.getContextMark() != null;
                Mark where = atStart ? e.getContextMark() : mark;
                scalars.problems().error(Codes.SYNTAX, at(scalars, where),
                        known != null ? known : Phrase.of("yaml.syntax", firstLine(problem)));
            }
        } else {
            // Unmarked YAML errors are the limits: size, aliases, depth.
            scalars.problems().error(Codes.UNSAFE, new dk.trinvis.model.Location(scalars.file(), 1, 1),
                    limit(failure.getMessage()));
        }
    }

    private static dk.trinvis.model.Location at(Scalars scalars, Mark mark) {
        return mark == null ? new dk.trinvis.model.Location(scalars.file(), 1, 1)
                : new dk.trinvis.model.Location(scalars.file(), mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The parser's refusal of a tag or a limit, in words for editors; the parser's own words when unknown. */
    private static Phrase limit(@Nullable String problem) {
        String p = problem == null ? "" : problem;
        Matcher tag = REFUSED_TAG.matcher(p);
        if (tag.find()) {
            return Phrase.of("yaml.tag", tag.group(1));
        }
        Matcher undefined = UNDEFINED_ALIAS.matcher(p);
        if (undefined.find()) {
            return Phrase.of("yaml.undefinedAlias", undefined.group(1));
        }
        if (p.contains("alias")) {
            return Phrase.of("yaml.aliases", MAX_ALIASES);
        }
        if (p.contains("Nesting Depth")) {
            return Phrase.of("yaml.depth", MAX_DEPTH);
        }
        if (p.contains("exceeds the limit")) {
            return Phrase.of("yaml.size", MAX_CODE_POINTS);
        }
        return Phrase.of("yaml.unsafe", firstLine(problem));
    }

    /** The parser's words for the usual slips, in an editor's words; null for the rest. */
    private static @Nullable Phrase known(String problem) {
        String p = problem == null ? "" : problem;
        Matcher start = BAD_START.matcher(p);
        if (start.find()) {
            return Phrase.of("yaml.badStart", start.group(1));
        }
        if (p.contains("unexpected end of stream")) {
            return Phrase.of("yaml.unclosedQuote");
        }
        if (p.startsWith("expected ',' or ']'")) {
            return Phrase.of("yaml.unclosedList");
        }
        if (p.startsWith("expected ',' or '}'")) {
            return Phrase.of("yaml.unclosedMap");
        }
        if (p.contains("could not find expected ':'")) {
            return Phrase.of("yaml.missingColon");
        }
        if (p.startsWith("expected <block end>, but found '-'")) {
            return Phrase.of("yaml.strayItem");
        }
        if (p.contains("sequence entries are not allowed here")) {
            return Phrase.of("yaml.itemNotHere");
        }
        // Both come from the header of a block scalar: a value written "> 18 år" or "|foo".
        if (p.startsWith("expected chomping or indentation indicators") || p.startsWith("expected a comment or a line break")) {
            return Phrase.of("yaml.blockIndicator");
        }
        if (p.startsWith("unexpected character found") || p.startsWith("expected alphabetic or numeric character")) {
            return Phrase.of("yaml.anchor");
        }
        return null;
    }

    private static String firstLine(@Nullable String s) {
        if (s == null) {
            return "invalid YAML";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** Refuses custom tags and alias bombs anywhere in the tree; aliases are walked once each. */
    private static boolean safe(Node root, Scalars scalars) {
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        List<Node> stack = new ArrayList<>();
        stack.add(root);
        int walked = 0;
        while (!stack.isEmpty()) {
            Node node = stack.remove(stack.size() - 1);
            if (++walked > MAX_NODES) {
                scalars.problems().error(Codes.UNSAFE, scalars.location(root), Phrase.of("yaml.nodes", MAX_NODES));
                return false;
            }
            if (!STANDARD.contains(node.getTag())) {
                scalars.problems().error(Codes.UNSAFE, scalars.location(node), Phrase.of("yaml.tag",
                        node.getTag().getValue()));
                return false;
            }
            // Only an anchored node can be reached twice (through its aliases): the rest need no bookkeeping.
            if (node.getAnchor() != null && seen.put(node, Boolean.TRUE) != null) {
                continue;
            }
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    stack.add(t.getKeyNode());
                    stack.add(t.getValueNode());
                }
            } else if (node instanceof SequenceNode s) {
                stack.addAll(s.getValue());
            }
        }
        return true;
    }
}
