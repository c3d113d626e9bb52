package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.RuleSet;
import dk.trinvis.check.TestResult;
import dk.trinvis.check.TestRun;
import dk.trinvis.check.TestRunner;
import dk.trinvis.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScaffoldTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void aMunicipalityTheRuleSetLacksGetsItsMunicipalityBorgerserviceOverlayAndTests() {
        Map<String, String> files = Scaffold.files(RuleSet.load(Golden.resource("overlay/operations")).model(),
                "0851", "Aalborg", null, TODAY);
        String all = files.entrySet().stream().map(e -> "== " + e.getKey() + "\n" + e.getValue())
                .collect(Collectors.joining());
        Golden.assertMatches(all, "scaffold/aalborg.txt");
    }

    @Test
    void theScaffoldLoadsAndItsTestsPass(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"rules.yaml", "hvidovre.yaml"}) {
            Files.copy(Golden.resource("overlay/operations/" + f), dir.resolve(f));
        }
        Scaffold.files(RuleSet.load(dir).model(), "0851", "Aalborg", "flytning", TODAY).forEach((path, text) -> {
            try {
                Files.createDirectories(dir.resolve(path).getParent());
                Files.writeString(dir.resolve(path), text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        TestRun run = new TestRunner(RuleSet.load(dir)).run(java.util.List.of("0851"));
        assertThat(run.results()).hasSize(2).allMatch(TestResult::passed);
    }

    @Test
    void anUnknownMunicipalityWithoutANameIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> Scaffold.files(RuleSet.load(Golden.resource("overlay/operations")).model(),
                "0851", null, null, TODAY)).hasMessageContaining("give its name with --name");
    }

    @Test
    void namesBecomeIdsWithDanishLettersSpeltOut() {
        assertThat(Scaffold.slug("Høje-Taastrup")).isEqualTo("hoeje-taastrup");
        assertThat(Scaffold.slug("Ærø")).isEqualTo("aeroe");
    }

    @Test
    void aLayerOnTheBundledSetIsWrittenAsTheGoldenFileSays() {
        Map<String, String> files = Scaffold.layer(RuleSet.bundled(), "bundled", "0167", null, "flytning", TODAY,
                dk.trinvis.model.Language.DA);
        String all = files.entrySet().stream().map(e -> "== " + e.getKey() + "\n" + e.getValue())
                .collect(Collectors.joining());
        Golden.assertMatches(all, "scaffold/hvidovre-layer.txt");
    }

    @Test
    void aNewLayerIntoAnEmptyFolderChecksAndTestsCleanAndItsTestsNeedTheLayer(@TempDir Path dir) {
        Path layer = dir.resolve("hvidovre");
        CliRun run = CliRun.of("new", "--municipality", "0167", "--lang", "en", layer.toString());
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(layer.resolve("layer.yaml")).content().contains("kind: Layer", "base: bundled", "municipality: \"0167\"");
        RuleSet rules = RuleSet.load(layer);
        assertThat(rules.warnings()).isEmpty();
        assertThat(new dk.trinvis.check.Linter(java.time.Clock.systemUTC()).lint(rules)).isEmpty();
        TestRunner runner = new TestRunner(rules);
        TestRun tests = runner.run();
        assertThat(tests.results()).hasSize(2).allMatch(TestResult::passed);
        assertThat(runner.passingWithoutLayer(tests)).as("each test needs the layer").isEmpty();
        CliRun test = CliRun.of("test", "--rules", layer.toString(), "--lang", "en");
        assertThat(test.out()).isEqualTo("2 passed, 0 failed\n");
    }

    @Test
    void aNewLayerForAMunicipalityTheBaseLacksAddsItAndItsBorgerservice(@TempDir Path dir) {
        Path layer = dir.resolve("testby");
        assertThat(CliRun.of("new", "--municipality", "0999", "--name", "Testby", layer.toString()).code()).isZero();
        RuleSet rules = RuleSet.load(layer);
        assertThat(rules.model().municipalities()).containsKey("0999");
        TestRunner runner = new TestRunner(rules);
        TestRun tests = runner.run();
        assertThat(tests.results()).hasSize(2).allMatch(TestResult::passed);
        assertThat(runner.passingWithoutLayer(tests)).isEmpty();
    }
}
