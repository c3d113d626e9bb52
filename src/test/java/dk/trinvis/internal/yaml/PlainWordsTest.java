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
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** The loader's resolver tags every scalar as SnakeYAML's own resolver does, without its patterns for words. */
class PlainWordsTest {
    private final Resolver snakeyaml = new Resolver();
    private final PlainWords plain = new PlainWords();

    @Test
    void everyScalarOfTheBundledSetIsTaggedAsSnakeYamlTagsIt() throws IOException {
        List<String> scalars = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("guides"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                ParserImpl parser = new ParserImpl(new StreamReader(new StringReader(Files.readString(f))), new LoaderOptions());
                while (parser.peekEvent() != null) {
                    Event e = parser.getEvent();
                    if (e instanceof ScalarEvent s && s.getImplicit().canOmitTagInPlainScalar()) {
                        scalars.add(s.getValue());
                    }
                    if (e.is(Event.ID.StreamEnd)) {
                        break;
                    }
                }
            }
        }
        assertThat(scalars).hasSizeGreaterThan(10_000);
        for (String s : scalars) {
            assertThat(plain.resolve(NodeId.scalar, s, true)).as(s).isEqualTo(snakeyaml.resolve(NodeId.scalar, s, true));
        }
    }

    @Test
    void wordsNumbersDatesAndNullsAroundTheTaggedOnesAreTaggedAsSnakeYamlTagsThem() {
        List<String> values = new ArrayList<>(PlainWords.TAGGED);
        values.addAll(List.of("", " ", "~", "<<", "=", "!", "&", "*", "yes!", "Yes ", "nO", "tRUE", "nulls", "Nil", "y", "n",
                "Y", "N", "o", "O", "ON ", "off-line", "true.", "Null\t", "ñ", "Æble", "øre", "ü", "0", "-1", "+7", "0x1F",
                "0b101", "017", "1_000", "3.14", ".5", ".inf", "-.Inf", ".NaN", "1e5", "12:30", "190:20:30", "2012-12-01",
                "2012-12-01T10:00:00Z", "2023-11-17T00:00", "0751", "1.2.3", "Mo-Th 09:00-21:00", "${HOME}", "$x"));
        Random random = new Random(7);
        String alphabet = "yYnNtTfFoOrRuUeElLsS0123456789.-+:_xX~ <>!&*$æ\t";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(7); n >= 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            values.add(b.toString());
        }
        for (String v : values) {
            for (boolean implicit : new boolean[] {true, false}) {
                for (NodeId kind : NodeId.values()) {
                    assertThat(plain.resolve(kind, v, implicit)).as("'%s' %s %s", v, kind, implicit)
                            .isEqualTo(snakeyaml.resolve(kind, v, implicit));
                }
            }
        }
    }
}
