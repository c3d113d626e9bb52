package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged CLI jar works on its own: bundled rule set read from inside the jar. */
class CliJarIT {
    private static final Path JAR = Path.of("target", "trinvis-cli.jar");

    private static CliRun java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new CliRun(p.exitValue(), out, err);
    }

    @Test
    void bundledRuleSetLoadsFromTheJar() throws Exception {
        CliRun run = java("check");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
    }

    @Test
    void readmeQuickStartDecisionWorks() throws Exception {
        CliRun run = java("decide", "--service", "flytning", "--municipality", "0751", "--at", "2012-12-03T10:00",
                "--fact", "hasMitID=true");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Krav:", "obligatorisk digital selvbetjening");
    }

    @Test
    void fourMistakesAreAllReported() throws Exception {
        String folder = Path.of("src/test/resources/loader/four-mistakes").toString();
        CliRun run = java("check", folder);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out().lines().filter(l -> l.contains(": error TRV"))).hasSize(4);
    }
}
