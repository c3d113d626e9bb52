package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #27 finding 11: whatever --name holds, trinvis new writes YAML that loads, or nothing at all. */
class NewNamesTest {

    private static Path rules(Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        Folders.copyTree(Path.of("guides"), rules);
        return rules;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ny \"Kommune\"", "Kommune # 2", "a: b", "帮助市", "Åbenrå-Sønderø", "{[x]}", "'", "\\\\"})
    void aNameWithQuotesHashesColonsOrNoLatinLettersWritesARuleSetThatLoads(String name, @TempDir Path dir)
            throws Exception {
        Path rules = rules(dir);
        CliRun run = CliRun.of("new", "--rules", rules.toString(), "--municipality", "0999", "--name", name,
                "--service", "flytning");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        RuleSet loaded = RuleSet.load(rules);
        assertThat(loaded.model().municipalities().get("0999").name()).isEqualTo(name);
        assertThat(loaded.model().guides()).anySatisfy(g -> {
            assertThat(g.municipality()).isEqualTo("0999");
            assertThat(g.steps()).allSatisfy(s -> assertThat(s.id()).matches("[a-z0-9].*"));
        });
    }

    @Test
    void aNameWithALineBreakIsAUsageErrorAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path rules = rules(dir);
        CliRun run = CliRun.of("new", "--rules", rules.toString(), "--municipality", "0999", "--name", "By\nkind: Test",
                "--service", "flytning");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("line breaks");
        assertThat(rules.resolve("kommuner")).doesNotExist();
    }

    @Test
    void whatDoesNotLoadIsRemovedAgain(@TempDir Path dir) throws Exception {
        Path rules = rules(dir);
        // The id the scaffold gives the new municipality's borgerservice is taken by another municipality's offer.
        Files.writeString(rules.resolve("zz-taken.yaml"), """
                kind: HelpOffer
                id: borgerservice-0999
                name: {da: "Borgerservice et andet sted"}
                type: in-person
                municipalities: ["0101"]
                source: unverified
                reviewBy: 2099-01-01
                """);
        CliRun run = CliRun.of("new", "--rules", rules.toString(), "--municipality", "0999", "--name", "By",
                "--service", "flytning");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("were removed again");
        try (Stream<Path> left = Files.walk(rules)) {
            assertThat(left.filter(p -> p.toString().contains("0999"))).isEmpty();
        }
    }
}
