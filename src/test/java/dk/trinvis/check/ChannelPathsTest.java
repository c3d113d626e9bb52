package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Problem;
import dk.trinvis.testing.Golden;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TRV113: a guide has a path for citizens whose channel is the alternative. */
class ChannelPathsTest {
    private static final List<Problem> WARNINGS = new Linter(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"),
            ZoneOffset.UTC)).lint(RuleSet.load(Golden.resource("lint-channels")));

    private static List<Problem> noPath() {
        return WARNINGS.stream().filter(p -> p.code().equals(LintCodes.NO_PATH_FOR_CHANNEL)).toList();
    }

    @Test
    void aGuideThatOnlyLogsInIsFlaggedWhereAMustOfferGroundCanApply() {
        assertThat(noPath()).singleElement().satisfies(p -> {
            assertThat(p.message()).contains("guide 'flytning'");
            assertThat(p.location().toString()).startsWith("rules.yaml:50");
        });
    }

    @Test
    void aGuideWithAStepForTheAlternativeChannelIsNotFlagged() {
        assertThat(noPath()).noneMatch(p -> p.message().contains("'navn'"));
    }

    @Test
    void aGuideWhoseAreaNoMustOfferGroundReachesIsNotFlagged() {
        assertThat(noPath()).noneMatch(p -> p.message().contains("'retssag'"));
    }
}
