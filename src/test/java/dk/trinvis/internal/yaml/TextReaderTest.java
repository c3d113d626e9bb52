package dk.trinvis.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * The loader's reader over text in memory composes every text it takes exactly as SnakeYAML's own
 * reader does: the same nodes, values, tags, styles and places, and the same refusal at the same place.
 */
class TextReaderTest {
    @Test
    void everyBundledFileComposesToTheSameNodesAtTheSamePlaces() throws IOException {
        int files = 0;
        try (Stream<Path> all = Files.walk(Path.of("guides"))) {
            for (Path f : all.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f);
                assertThat(TextReader.fits(text)).as(f.toString()).isTrue();
                assertThat(composed(new TextReader(text))).as(f.toString())
                        .isEqualTo(composed(new StreamReader(new StringReader(text))));
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
                "emoji-free: \u00A0\u00A0nbsp\u00A0\n");
        for (String text : texts) {
            assertThat(TextReader.fits(text)).as(text).isTrue();
            assertThat(composed(new TextReader(text))).as(text).isEqualTo(composed(new StreamReader(new StringReader(text))));
        }
    }

    @Test
    void textsTheParserRefusesAreRefusedWithTheSameWordsAtTheSamePlaces() {
        List<String> texts = List.of("a: [b, c\n", "a: \"unclosed\n", "a: b\n - c\n", "a: *nope\n", "a: b: c\n",
                "a: !!python/object x\n", "{a: 1, a: 2}\n", "a:\n  - b\n c: d\n", "\ta: b\n", "a: |x\n  y\n");
        for (String text : texts) {
            assertThat(composed(new TextReader(text))).as(text).isEqualTo(composed(new StreamReader(new StringReader(text))));
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
            assertThat(composed(new TextReader(text))).as(text).isEqualTo(composed(new StreamReader(new StringReader(text))));
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

    /** The documents as text, with every node's places; or the refusal with its places. */
    private static List<String> composed(StreamReader reader) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(SafeYaml.MAX_ALIASES);
        options.setTagInspector(tag -> false);
        Composer composer = new Composer(new ParserImpl(reader, options), new PlainWords(), options);
        List<String> out = new ArrayList<>();
        try {
            while (composer.checkNode()) {
                StringBuilder b = new StringBuilder();
                describe(composer.getNode(), b, 0);
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

    private static void describe(Node node, StringBuilder b, int depth) {
        if (depth > 50) {
            b.append("...");
            return;
        }
        b.append(node.getNodeId()).append(' ').append(node.getTag()).append(' ').append(place(node.getStartMark()))
                .append('-').append(place(node.getEndMark())).append(' ').append(node.getAnchor());
        if (node instanceof ScalarNode s) {
            b.append(' ').append(s.getScalarStyle()).append(" [").append(s.getValue()).append(']');
        } else if (node instanceof SequenceNode s) {
            b.append(' ').append(s.getFlowStyle()).append(" (");
            s.getValue().forEach(child -> describe(child, b.append(' '), depth + 1));
            b.append(')');
        } else if (node instanceof MappingNode m) {
            b.append(' ').append(m.getFlowStyle()).append(" {");
            for (NodeTuple t : m.getValue()) {
                describe(t.getKeyNode(), b.append(' '), depth + 1);
                describe(t.getValueNode(), b.append(" = "), depth + 1);
            }
            b.append('}');
        }
    }

    private static String place(Mark mark) {
        return mark == null ? "-" : mark.getIndex() + "@" + mark.getLine() + ":" + mark.getColumn();
    }
}
