package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

class DecideCommandTest {
    private static final String RULES = Golden.resource("decide").toString();

    @Test
    void jsonDecisionMatchesTheGoldenFile() {
        CliRun run = CliRun.of("decide", "--rules", RULES, "--service", "flytning", "--municipality", "0751",
                "--at", "2024-04-08T20:30", "--fact", "digitalPostExempt=true", "--fact", "needsHelp=true",
                "--format", "json");
        assertThat(run.code()).isZero();
        Golden.assertMatches(run.out().replaceAll("\"ruleSetHash\" : \"[0-9a-f]+\"", "\"ruleSetHash\" : \"…\""),
                "decide/golden/digital-post-exempt.json");
    }

    @Test
    void textDecisionExplainsItselfInEnglish() {
        CliRun run = CliRun.of("decide", "--rules", RULES, "--service", "flytning", "--municipality", "0573",
                "--at", "2023-11-20T12:00", "--lang", "en");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Requirement: unavailable (outage) until 2023-11-28T10:00+01:00",
                "The solution is down until 2023-11-28T10:00");
    }

    @Test
    void aFactAnsweredDontKnowIsListedAsStillOpenAndMarkedAsAnswered() {
        CliRun run = CliRun.of("decide", "--service", "flytning", "--municipality", "0615",
                "--at", "2024-03-05T10:00", "--fact", "hasMitID=true", "--dont-know", "digitalPostExempt");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("digitalPostExempt: Er du fritaget for Digital Post? (svaret: ved ikke)")
                .containsPattern("languageBarrier: [^\\n]*løsningen på dansk\\?\\n");
    }

    @Test
    void unknownServiceIsAOneLineUsageError() {
        CliRun run = CliRun.of("decide", "--rules", RULES, "--service", "flytnig", "--municipality", "0751");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: unknown service 'flytnig' (did you mean 'flytning'?)\n");
    }

    @Test
    void badlyTypedFactIsAUsageError() {
        CliRun run = CliRun.of("decide", "--rules", RULES, "--service", "flytning", "--municipality", "0751",
                "--fact", "age=old");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("fact 'age' cannot be 'old'");
    }

    @Test
    void malformedFactOptionIsAUsageError() {
        CliRun run = CliRun.of("decide", "--rules", RULES, "--service", "flytning", "--municipality", "0751",
                "--fact", "age");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--fact", "should be in KEY=VALUE format but was age");
    }

    @Test
    void missingRequiredOptionIsAUsageError() {
        assertThat(CliRun.of("decide", "--service", "flytning").code()).isEqualTo(2);
    }

    @Test
    void textDecisionSaysItsValuesInTheChosenLanguageNotAsCodes() {
        CliRun da = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--at", "2012-12-03T10:00",
                "--fact", "hasMitID=true", "--lang", "da");
        assertThat(da.out()).containsPattern("Krav: +obligatorisk digital selvbetjening\n")
                .containsPattern("Kanal: +digital selvbetjening\n").doesNotContain("mandatory-digital", "self-service");
        CliRun en = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--at", "2012-12-03T10:00",
                "--fact", "hasMitID=true", "--lang", "en");
        assertThat(en.out()).containsPattern("Requirement: +mandatory digital self-service\n");
    }

    @Test
    void aDecisionOnALayerNamesTheBaseAndTheLayerUnderItsReceipt() {
        CliRun run = CliRun.of("decide", "--rules", Golden.resource("layers/on-bundled").toString(), "--service",
                "flytning", "--municipality", "0167", "--at", "2024-04-09T17:00", "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("Receipt: [0-9a-f]{12} @ .*\n  bundled [0-9a-f]{12}\n  on-bundled [0-9a-f]{12} \\(0167\\)\n")
                .contains("Aftentelefonen i Hvidovre");
    }
}
