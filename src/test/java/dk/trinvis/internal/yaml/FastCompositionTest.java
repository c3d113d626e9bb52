package dk.trinvis.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
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
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The loader's reader over text in memory ({@link TextReader}) composes every text it takes
 * exactly as SnakeYAML's own reader does: the same nodes, values, tags, styles and places, and the
 * same refusal at the same place; and with the loader's composer ({@link NodeComposer}) every text
 * SnakeYAML composes comes out the same, and every text it refuses is refused (then composed again
 * by SnakeYAML to word the problem).
 */
class FastCompositionTest {
    @Test
    void everyBundledFileComposesToTheSameNodesAtTheSamePlaces() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("guides"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f);
                assertThat(TextReader.fits(text)).as(f.toString()).isTrue();
                assertSameAsSnakeYaml(text);
                files++;
            }
        }
        assertThat(files).isGreaterThan(20);
    }

    @Test
    void lineEndsTabsMarksAndLongLinesArePlacedAsSnakeYamlPlacesThem() {
        List<String> texts = List.of(
                "a: 1\r\nb: 2\r\n",
                "a: 1\rb: 2\r",
                "a: 1\u0085b: 2\u2028c: 3\u2029d: 4\n",
                "\uFEFFa: b\nc: \uFEFFd\n",
                "a:\t1\nb: \"x\\ty\\u00e6\"\nc: 'it''s'\n",
                "text: |\n  line one\n  line two\n\nfold: >-\n  one\n  two\n",
                "list: [a, b, {c: d}]\nmap: {e: f, g: [h]}\n",
                "a: &x {b: c}\nd: *x\ne: &y v\nf: *y\n",
                "long: " + "æøå ".repeat(2_000) + "\nnext: " + "x".repeat(5_000) + "\n",
                "kind: A\n---\nkind: B\n...\n---\nkind: C\n",
                "key: value # a comment\n# another\nk2: \"multi\n  line\"\n",
                "? complex\n: value\n",
                "emoji-free: \u00A0\u00A0nbsp\u00A0\n",
                "a: !local x\nb: !!str 12\nc: !!int '7'\n",
                "base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\n",
                "r: &r [*r, {s: *r}]\n",
                "deep: " + "[".repeat(40) + "]".repeat(40) + "\n");
        for (String text : texts) {
            assertThat(TextReader.fits(text)).as(text).isTrue();
            assertSameAsSnakeYaml(text);
        }
    }

    @Test
    void textsTheParserRefusesAreRefusedWithTheSameWordsAtTheSamePlaces() {
        List<String> texts = List.of("a: [b, c\n", "a: \"unclosed\n", "a: b\n - c\n", "a: *nope\n", "a: b: c\n",
                "a: !!python/object x\n", "{a: 1, a: 2}\n", "a:\n  - b\n c: d\n", "\ta: b\n", "a: |x\n  y\n",
                "deep: " + "[".repeat(60) + "]".repeat(60) + "\n", "a: !<tag:example.com,2000:x> y\n",
                "a: &a [x]\nb: [" + "*a, ".repeat(SafeYaml.MAX_ALIASES + 1) + "]\n");
        for (String text : texts) {
            assertSameAsSnakeYaml(text);
        }
    }

    @Test
    void nestingAndAliasesAreRefusedFromTheSameCountAsSnakeYamlRefusesThem() {
        for (int n = SafeYaml.MAX_DEPTH - 3; n <= SafeYaml.MAX_DEPTH + 3; n++) {
            assertSameAsSnakeYaml("deep: " + "[".repeat(n) + "]".repeat(n) + "\n");
            assertSameAsSnakeYaml("- ".repeat(n) + "x\n");
        }
        for (int n = SafeYaml.MAX_ALIASES - 2; n <= SafeYaml.MAX_ALIASES + 2; n++) {
            assertSameAsSnakeYaml("a: &a {x: 1}\n---\nb: &b [y]\nc: [" + "*b, ".repeat(n) + "]\n");
        }
    }

    @Test
    void randomYamlLikeTextsComposeOrFailAsWithSnakeYamlsOwnReader() {
        Random random = new Random(30);
        String[] pieces = {"a", "b: ", "- ", ": ", "\n", "\r\n", "\r", "  ", "\t", "\"", "'", "[", "]", "{", "}", ", ",
            "#", "|", ">", "&x ", "*x", "---\n", "...\n", "æ", "\u0085", "\u2028", "\uFEFF", "?", "!", "%", "\\", "1"};
        for (int i = 0; i < 5_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertSameAsSnakeYaml(text);
        }
    }

    @Test
    void onlyPrintableCharactersOfTheBasicPlaneFit() {
        assertThat(TextReader.fits("a: æøå – “quoted” \u0085\t\r\n")).isTrue();
        assertThat(TextReader.fits("emoji: \uD83D\uDE00")).isFalse();
        assertThat(TextReader.fits("a: \uFFFE")).isFalse();
        assertThat(TextReader.fits("a: \u0001")).isFalse();
        assertThat(TextReader.fits("a: \u007F")).isFalse();
    }

    private static void assertSameAsSnakeYaml(String text) {
        List<String> snakeyaml = composed(new StreamReader(new StringReader(text)));
        assertThat(composed(new TextReader(text))).as(text).isEqualTo(snakeyaml);
        List<String> fast = composedFast(text);
        if (snakeyaml.isEmpty() || !snakeyaml.get(snakeyaml.size() - 1).startsWith("refused: ")) {
            assertThat(fast).as(text).isEqualTo(snakeyaml);
        } else {
            assertThat(fast).as(text).last().asString().startsWith("refused: ");
        }
    }

    /** As {@link #composed}, through the loader's reader and composer. */
    private static List<String> composedFast(String text) {
        LoaderOptions options = SafeYaml.options();
        NodeComposer composer = new NodeComposer(new ParserImpl(new TextReader(text), options), new PlainWords(), options);
        return described(composer::checkNode, composer::getNode);
    }

    /** The documents as text, with every node's places; or the refusal with its places. */
    private static List<String> composed(StreamReader reader) {
        LoaderOptions options = SafeYaml.options();
        Composer composer = new Composer(new ParserImpl(reader, options), new PlainWords(), options);
        return described(composer::checkNode, composer::getNode);
    }

    private static List<String> described(BooleanSupplier more, Supplier<Node> next) {
        List<String> out = new ArrayList<>();
        try {
            while (more.getAsBoolean()) {
                StringBuilder b = new StringBuilder();
                describe(next.get(), b, new IdentityHashMap<>());
                out.add(b.toString());
            }
        } catch (MarkedYAMLException e) {
            out.add("refused: " + e.getContext() + " " + place(e.getContextMark()) + " " + e.getProblem() + " "
                    + place(e.getProblemMark()));
        } catch (YAMLException e) {
            out.add("refused: " + e.getMessage());
        }
        return out;
    }

    /** The node as text; a node met again (through an alias) as its anchor only. */
    private static void describe(Node node, StringBuilder b, Map<Node, Boolean> seen) {
        if (seen.put(node, Boolean.TRUE) != null) {
            b.append('*').append(node.getAnchor());
            return;
        }
        b.append(node.getNodeId()).append(' ').append(node.getTag()).append(' ').append(place(node.getStartMark()))
                .append('-').append(place(node.getEndMark())).append(' ').append(node.getAnchor());
        if (node instanceof ScalarNode s) {
            b.append(' ').append(s.getScalarStyle()).append(" [").append(s.getValue()).append(']');
        } else if (node instanceof SequenceNode s) {
            b.append(' ').append(s.getFlowStyle()).append(" (");
            s.getValue().forEach(child -> describe(child, b.append(' '), seen));
            b.append(')');
        } else if (node instanceof MappingNode m) {
            b.append(' ').append(m.getFlowStyle()).append(' ').append(m.isMerged()).append(" {");
            for (NodeTuple t : m.getValue()) {
                describe(t.getKeyNode(), b.append(' '), seen);
                describe(t.getValueNode(), b.append(" = "), seen);
            }
            b.append('}');
        }
    }

    private static String place(Mark mark) {
        return mark == null ? "-" : mark.getIndex() + "@" + mark.getLine() + ":" + mark.getColumn();
    }
}
