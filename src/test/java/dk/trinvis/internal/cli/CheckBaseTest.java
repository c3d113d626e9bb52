package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code check --rules LAYER --base NEW}: what a national update does to a municipality's layer. */
class CheckBaseTest {
    private static final Path LAYER = Golden.resource("layers/update");
    private static final Path NEW_BASE = Golden.resource("layers/national-2027");

    @Test
    void checkWithBaseReportsWhatTheUpdateDoesAndFailsOnATestThatNowFails() {
        CliRun run = CliRun.of("check", "--rules", LAYER.toString(), "--base", NEW_BASE.toString());
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains(LAYER + "/layer.yaml:15:5: warning TRV125: the new base has no national step "
                + "'log-ind' any more, which step 'floorwalker' is placed 'after:': the step is added at the end of the guide")
                .contains("error TRV127: test 'Floorwalkeren står efter log-ind' passes on the current base but fails");
    }

    @Test
    void checkWithBaseBundledPutsTheLayerOnTheBundledSet() {
        CliRun run = CliRun.of("check", "--rules", Golden.resource("layers/on-bundled").toString(), "--base", "bundled");
        assertThat(run.code()).as(run.out() + run.err()).isZero();
    }
}
