package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import org.junit.jupiter.api.Test;

class CheckCommandTest {

    @Test
    void warningsAloneExitZero() {
        CliRun run = CliRun.of("check", Golden.resource("loader/valid-minimal").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("warning TRV102: service 'flytning' has no guide").endsWith("0 errors, 2 warnings\n");
    }

    @Test
    void ruleSetWithoutErrorsExitsZero() {
        CliRun run = CliRun.of("check", Golden.resource("yamltests").toString());
        assertThat(run.out()).doesNotContain(": error ");
        assertThat(run.code()).isZero();
    }

    @Test
    void everyMistakeIsPrintedWithItsLocationAndExitIsOne() {
        String folder = Golden.resource("loader/four-mistakes").toString();
        CliRun run = CliRun.of("check", folder);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(
                folder + "/grounds.yaml:8:11: error TRV013: unknown name 'citizen.hasMitId'",
                folder + "/grounds.yaml:10:7: error TRV007: '2012-31-12' is not a valid date",
                folder + "/help.yaml:3:7: error TRV012: text has no Danish ('da')",
                folder + "/services.yaml:13:5: error TRV004: unknown key 'too' in MandatoryPeriod (did you mean 'to'?)");
        assertThat(run.out()).endsWith("4 errors, 0 warnings\n");
    }

    @Test
    void jsonReportListsProblemsWithCodes() {
        CliRun run = CliRun.of("check", "--format", "json", Golden.resource("loader/unknown-key").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("\"code\" : \"TRV004\"", "\"line\" : 3", "\"column\" : 1");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("check", "--frobnicate");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void missingFolderIsAUsageErrorOfOneLine() {
        CliRun run = CliRun.of("check", "does/not/exist");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("trinvis: no rule-set folder at does/not/exist\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aFileGivenAsTheRuleSetIsAUsageErrorOfOneLine() {
        CliRun run = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--rules",
                Golden.resource("loader/valid-minimal/rules.yaml").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).endsWith("rules.yaml is a file; give the folder that holds the rule set's .yaml files\n")
                .hasLineCount(1);
    }

    @Test
    void anEmptyFolderFailsCheckAndTest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        CliRun check = CliRun.of("check", dir.toString());
        assertThat(check.code()).isEqualTo(1);
        assertThat(check.out()).contains("error TRV015: no .yaml files in the rule-set folder").doesNotContain("ok: no problems");
        CliRun test = CliRun.of("test", dir.toString());
        assertThat(test.code()).isEqualTo(1);
        assertThat(test.out()).doesNotContain("0 passed, 0 failed");
    }

    @Test
    void langDaPrintsProblemsAndSummaryInDanish() {
        CliRun run = CliRun.of("check", "--lang", "da", Golden.resource("loader/valid-minimal").toString());
        assertThat(run.out()).contains("advarsel TRV102: ydelsen 'flytning' har ingen vejledning (tilføj en 'kind: Guide'")
                .endsWith("0 fejl, 2 advarsler\n");
    }

    @Test
    void langDaTranslatesLoadErrorsFromThePhraseBook() {
        CliRun run = CliRun.of("check", "--lang", "da", Golden.resource("loader/missing-separator").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("rules.yaml:5:1: fejl TRV001: endnu en 'kind:' i samme dokument: der mangler en linje "
                + "'---' før linje 5").endsWith("1 fejl, 0 advarsler\n");
    }

    @Test
    void eachProblemShowsItsCodeSoAnEditorCanSilenceIt() {
        CliRun run = CliRun.of("check", Golden.resource("lint-fixtures/overlay-own-steps").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("/rules.yaml:36:5: warning TRV124: 'papir' is removed twice");
    }

    @Test
    void strictMakesTheRemovalOfAStepThatIsNotThereAnError() {
        CliRun run = CliRun.of("check", "--strict", Golden.resource("lint-fixtures/overlay-own-steps").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("/rules.yaml:38:5: error TRV111: 'remove: kvitering' names no step of the "
                + "national guide, so nothing is removed").endsWith("6 errors, 0 warnings\n");
    }
}
