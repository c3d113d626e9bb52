package dk.trinvis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

class DiffCommandTest {
    private static final String OLD = Golden.resource("diff/old").toString();
    private static final String NEW = Golden.resource("diff/new").toString();

    @Test
    void changesForCitizensAreListed() {
        CliRun run = CliRun.of("diff", OLD, NEW);
        assertThat(run.code()).isZero();
        Golden.assertMatches(run.out(), "diff/expected.txt");
    }

    @Test
    void municipalityAndWindowNarrowTheDiff() {
        CliRun run = CliRun.of("diff", OLD, NEW, "--municipality", "0751", "--from", "2013-01-01", "--to", "2013-02-01");
        assertThat(run.out()).contains("requirement flytning 0751 from 2013-01-01T00:00: mandatory-digital -> optional")
                .doesNotContain(" 0167 ").doesNotContain("2012-12-01T00:00");
    }

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(CliRun.of("diff", OLD, OLD).out()).isEqualTo("0 changes\n");
    }

    @Test
    void jsonListsTheChanges() {
        assertThat(CliRun.of("diff", "--format", "json", OLD, NEW).out())
                .contains("\"kind\" : \"ground\"", "\"id\" : \"digital-post-fritaget\"");
    }

    @Test
    void matrixShowsWhenRequirementsChange() {
        CliRun run = CliRun.of("check", "--matrix", Golden.resource("decide").toString());
        assertThat(run.out()).contains("dagtilbud 0167: 2012-06-01 steered-digital; 2012-12-01 mandatory-digital",
                "flytning 0573: 2012-12-01 mandatory-digital; 2023-11-17 unavailable; 2023-11-28T10:00 mandatory-digital");
    }
}
