package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

/** Issue #18: arguments an adversarial run gave the CLI. */
class CliHardeningTest {
    private static final String RULES = Golden.resource("yamltests").toString();

    private static CliRun decide(String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"decide", "--service", "flytning", "--municipality", "0751"}, 0, args, 0, 5);
        args[5] = "--rules=" + RULES;
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void aYearFarOutsideTheRulesIsAUsageError() {
        CliRun run = decide("--at", "+999999999-12-31T23:59");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: --at +999999999-12-31T23:59 is outside the years 1900-2200\n");
    }

    @Test
    void anOffsetPicksTheSecondTwoThirtyOfAnAutumnNight() {
        CliRun first = decide("--at", "2025-10-26T02:30", "--format", "json");
        CliRun second = decide("--at", "2025-10-26T02:30+01:00", "--format", "json");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("\"at\" : \"2025-10-26T02:30+01:00\"");
        assertThat(first.out()).contains("\"at\" : \"2025-10-26T02:30+02:00\"");
        assertThat(first.err()).contains("happens twice", "2025-10-26T02:30+01:00 for the second");
    }

    @Test
    void aTimeTheClocksSkipIsDecidedWithAWarning() {
        CliRun run = decide("--at", "2025-03-30T02:30");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo("trinvis: warning: 2025-03-30T02:30 does not exist in Copenhagen (the clocks "
                + "jump from 02:00 to 03:00); deciding for 2025-03-30T03:30+02:00\n");
    }

    @Test
    void aFactGivenTwiceIsAUsageError() {
        CliRun run = decide("--fact", "hasMitID=true", "--fact", "hasMitID=false");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: --fact hasMitID is given twice; give each fact once\n");
    }

    @Test
    void arabicIndicDigitsAreNotAnInteger() {
        CliRun run = decide("--fact", "age=\u0664\u0660");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void controlCharactersInAnArgumentDoNotReachTheTerminal() {
        CliRun run = CliRun.of("decide", "--service", "\u001b[2Jx", "--municipality", "0751", "--rules=" + RULES);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("\u001b").contains("[2Jx");
    }

    @Test
    void escapeSequencesInRuleSetTextDoNotReachTheTerminal() {
        CliRun run = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--at", "2024-03-05T10:00",
                "--rules=" + Golden.resource("robust/unsafe-output"));
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Hotline").doesNotContain("\u001b", "\u0007", "\u0000", "\u202E");
    }

    @Test
    void anEmptyRulesPathIsAUsageErrorNotTheCurrentFolder() {
        CliRun run = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--rules=");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: the rule-set folder is empty text; give a folder, e.g. guides\n");
    }
}
