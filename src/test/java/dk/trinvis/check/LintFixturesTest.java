package dk.trinvis.check;

import dk.trinvis.model.Language;
import dk.trinvis.model.Problem;
import dk.trinvis.RuleSet;
import dk.trinvis.testing.Golden;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each folder under lint-fixtures/ holds one kind of doubtful content and the warnings it must give, in English and Danish. */
class LintFixturesTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    static Stream<String> fixtures() throws IOException {
        return Golden.fixtures("lint-fixtures");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void warnsAtTheLocationOfWhatLooksWrong(String fixture) {
        String report = warnings(fixture).stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n";
        Golden.assertMatches(report, "lint-fixtures/" + fixture + "/expected.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void warnsInDanishToo(String fixture) {
        String report = warnings(fixture).stream().map(p -> p.format("", Language.DA))
                .collect(Collectors.joining("\n")) + "\n";
        Golden.assertMatches(report, "lint-fixtures/" + fixture + "/expected.da.txt");
    }

    private static List<Problem> warnings(String fixture) {
        RuleSet rules = RuleSet.load(Golden.resource("lint-fixtures/" + fixture));
        List<Problem> warnings = new ArrayList<>(rules.warnings());
        warnings.addAll(new Linter(NOW).lint(rules));
        warnings.sort(Problem.BY_LOCATION);
        return warnings;
    }
}
