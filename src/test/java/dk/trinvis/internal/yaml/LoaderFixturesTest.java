package dk.trinvis.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each folder under loader/ holds one class of mistake and the exact report it must give, in English and Danish. */
class LoaderFixturesTest {

    static Stream<String> brokenRuleSets() throws IOException {
        try (Stream<Path> dirs = Files.list(Golden.resource("loader"))) {
            return dirs.map(p -> p.getFileName().toString())
                    .filter(name -> !name.startsWith("valid"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleSets")
    void brokenRuleSetReportsEveryProblemWithItsLocation(String fixture) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSet.load(Golden.resource("loader/" + fixture)));

        assertThat(e).as("loading %s must fail", fixture).isNotNull();
        Golden.assertMatches(e.getMessage() + "\n", "loader/" + fixture + "/expected.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRuleSets")
    void brokenRuleSetReportsEveryProblemInDanishToo(String fixture) {
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSet.load(Golden.resource("loader/" + fixture)));

        String danish = e.problems().stream().map(p -> p.format("", Language.DA)).collect(Collectors.joining("\n"));
        Golden.assertMatches(danish + "\n", "loader/" + fixture + "/expected.da.txt");
    }
}
