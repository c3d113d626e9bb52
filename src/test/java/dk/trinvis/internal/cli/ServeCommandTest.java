package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.ExitCode;

class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "70000");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--port must be 0-65535");
    }

    @Test
    void aMissingRuleFolderIsReportedWithoutServing() {
        CliRun run = CliRun.of("serve", "--port", "0", "--rules", "no/such/folder");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("no/such/folder");
    }
}
