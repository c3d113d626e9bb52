package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Problem;
import dk.trinvis.RuleSet;
import dk.trinvis.model.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs worth keeping give either a rule set or a located problem list — never another
 * exception. The fuzzer that mutates rule sets is {@code dk.trinvis.fuzz.RuleSetFuzzTest}; it
 * also uses this corpus as seeds.
 */
class LoaderFuzzTest {
    private static final Path CORPUS = Path.of("src/test/resources/robust/corpus");

    static Stream<Path> corpus() throws IOException {
        return Files.list(CORPUS).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void corpusInputsGiveLocatedProblems(Path input, @TempDir Path dir) throws IOException {
        Files.copy(input, dir.resolve("input.yaml"));
        assertLoadsOrReportsLocatedProblems(dir);
    }

    private static void assertLoadsOrReportsLocatedProblems(Path dir) {
        try {
            RuleSet.load(dir);
        } catch (RuleSetException e) {
            assertThat(e.problems()).isNotEmpty();
            for (Problem p : e.problems()) {
                assertThat(p.location().line()).isPositive();
                assertThat(p.location().column()).isPositive();
                assertThat(p.message()).isNotBlank();
            }
        }
    }
}
