package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

/** Issue #27 finding 8: the interview strips terminal escapes and bidi overrides as every other command does. */
class InterviewEscapesTest {

    @Test
    void questionsAllowedValuesAndRefusalsReachTheTerminalWithoutEscapes() {
        CliRun run = CliRun.answering("ja\nx\u001b[2J\nejer\n", "interview", "--rules",
                Golden.resource("robust/unsafe-interview").toString(), "--service", "flytning", "--municipality", "0751",
                "--at", "2024-01-01T10:00");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Har du MitID?", "Lejer eller ejer?", "[lejer[31m/ejer]", "klik")
                .doesNotContain("\u001b", "\u0007", "\u202E");
    }
}
