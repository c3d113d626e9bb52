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

    @Test
    void aSizeThatIsNoSizeIsAUsageError() {
        CliRun run = CliRun.of("serve", "--port", "0", "--events", "events.jsonl", "--events-max-size", "lots");
        assertThat(run.code()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("a size is a positive whole number of bytes, or with K, M or G (e.g. 64M), not 'lots'");
    }

    @Test
    void sizesTakeBinaryUnits() {
        assertThat(new Converters.ByteSize().convert("64M")).isEqualTo(64L << 20);
        assertThat(new Converters.ByteSize().convert("512k")).isEqualTo(512L << 10);
        assertThat(new Converters.ByteSize().convert("2GiB")).isEqualTo(2L << 30);
        assertThat(new Converters.ByteSize().convert("1000")).isEqualTo(1000L);
    }
}
