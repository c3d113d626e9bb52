package dk.trinvis.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.RuleSetException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The usual YAML slips are said in an editor's words, in Danish too, where the mistake begins. */
class SyntaxSlipsTest {

    static Stream<Arguments> slips() {
        return Stream.of(
                Arguments.of("kind: Area\nid: x\ntitle: \"Borger\n", "yaml.unclosedQuote", 3, 8),
                Arguments.of("kind: Area\nid: 'x\ntitle: y\n", "yaml.unclosedQuote", 2, 5),
                Arguments.of("kind: Area\nid: [x, y\ntitle: y\n", "yaml.unclosedList", 2, 5),
                Arguments.of("kind: Area\nid: {a: b\n", "yaml.unclosedMap", 2, 5),
                Arguments.of("kind: Area\nid x\ntitle: y\n", "yaml.missingColon", 2, 1),
                Arguments.of("kind: Area\nid: @x\ntitle: y\n", "yaml.badStart", 2, 5),
                Arguments.of("kind: Area\nid: x\ntitle: y\n- a\n", "yaml.strayItem", 4, 1),
                Arguments.of("kind: Area\nid: *x\n", "yaml.undefinedAlias", 2, 5),
                Arguments.of("kind: Area\nid: x\ntitle: \"Trin 1\" og mere\n", "syntax.afterValue", 3, 17),
                Arguments.of("kind: Area\nid: x\ntitle: [a, b]]\n", "syntax.afterValue", 3, 14),
                Arguments.of("kind: Area\nid: x\ntitle: > 18 år\n", "yaml.blockIndicator", 3, 8),
                Arguments.of("kind: Area\nid: x\ntitle: & co\n", "yaml.anchor", 3, 8),
                Arguments.of("kind: Area\nid: x\ntitle: - a\n", "yaml.itemNotHere", 3, 8));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("slips")
    void aSlipIsNamedWhereItBegins(String yaml, String key, int line, int column, @TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("r.yaml"), yaml);
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.phrase()).isNotNull();
            assertThat(p.phrase().key()).isEqualTo(key);
            assertThat(p.location().line()).isEqualTo(line);
            assertThat(p.location().column()).isEqualTo(column);
            assertThat(p.message(Language.DA)).isNotEqualTo(p.message(Language.EN));
        });
    }
}
