package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Problem;
import dk.trinvis.RuleSet;
import dk.trinvis.model.RuleSetException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Any input gives either a rule set or a located problem list — never another exception. The
 * corpus under robust/corpus holds inputs worth keeping; the random part mutates real rule-set
 * files with a fixed seed so a failure reproduces.
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

    @Test
    void mutatedRuleSetFilesNeverEscapeTheProblemList(@TempDir Path dir) throws IOException {
        List<byte[]> seeds = List.of(
                Files.readAllBytes(Path.of("guides/exemptions.yaml")),
                Files.readAllBytes(Path.of("guides/help/regional.yaml")),
                Files.readAllBytes(Path.of("guides/guides/flytning.yaml")),
                Files.readAllBytes(Path.of("src/test/resources/render/rules/guide.yaml")));
        byte[] alphabet = ":-[]{}\"' \n\t#&*!|>%@,?0129aZæ".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(20261124);
        Path file = dir.resolve("fuzz.yaml");
        for (int round = 0; round < 600; round++) {
            byte[] bytes = seeds.get(random.nextInt(seeds.size())).clone();
            int mutations = 1 + random.nextInt(6);
            for (int m = 0; m < mutations; m++) {
                int at = random.nextInt(bytes.length);
                switch (random.nextInt(3)) {
                    case 0 -> bytes[at] = alphabet[random.nextInt(alphabet.length)];
                    case 1 -> bytes = java.util.Arrays.copyOf(bytes, at);
                    default -> bytes[at] = (byte) random.nextInt(256);
                }
                if (bytes.length == 0) {
                    break;
                }
            }
            Files.write(file, bytes);
            assertLoadsOrReportsLocatedProblems(dir);
        }
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
