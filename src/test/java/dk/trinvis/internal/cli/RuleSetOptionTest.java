package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

/** Every command takes its rule set as {@code --rules DIR}; the old positional PATH still works. */
class RuleSetOptionTest {
    private static final String TESTS = Golden.resource("yamltests").toString();
    private static final String OLD = Golden.resource("diff/old").toString();
    private static final String NEW = Golden.resource("diff/new").toString();

    @Test
    void testTakesTheRuleSetAsAnOptionOrAsThePath() {
        assertThat(CliRun.of("test", "--rules", TESTS).out()).isEqualTo(CliRun.of("test", TESTS).out())
                .isEqualTo("6 passed, 0 failed\n");
    }

    @Test
    void checkTakesTheRuleSetAsAnOption() {
        CliRun run = CliRun.of("check", "--rules", Golden.resource("loader/unknown-key").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("unknown key 'tittle' in Area");
    }

    @Test
    void twoDifferentRuleSetsAreAUsageError() {
        CliRun run = CliRun.of("check", "--rules", OLD, NEW);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("give the rule set once");
    }

    @Test
    void diffTakesOldAndNewAsOptions() {
        assertThat(CliRun.of("diff", "--old", OLD, "--rules", NEW).out()).isEqualTo(CliRun.of("diff", OLD, NEW).out())
                .contains("digital-post-fritaget");
    }

    @Test
    void diffWithOnePathIsAUsageError() {
        CliRun run = CliRun.of("diff", OLD);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("diff takes OLD NEW, or --old OLD --rules NEW");
    }

    @Test
    void formatIsTypedAndListsItsValues() {
        CliRun run = CliRun.of("check", "--format", "yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--format", "TEXT, JSON", "'yaml'");
    }

    @Test
    void versionIsTheOneMavenBuilt() {
        CliRun run = CliRun.of("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("trinvis \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    }
}
