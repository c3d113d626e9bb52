package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestCommandTest {

    @Test
    void passingTestsEndWithTheCountLine() {
        CliRun run = CliRun.of("test", Golden.resource("yamltests").toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("6 passed, 0 failed\n");
    }

    @Test
    void onlyRunsTheTestsWithThatTagOrName() {
        String folder = Golden.resource("yamltests").toString();
        assertThat(CliRun.of("test", "--only", "guide", folder).out()).isEqualTo("2 passed, 0 failed\n");
        assertThat(CliRun.of("test", "--only", "Varde's outage ends at ten", "--only", "guide", folder).out())
                .isEqualTo("3 passed, 0 failed\n");
    }

    @Test
    void onlyWithATagNoTestHasIsAUsageError() {
        CliRun run = CliRun.of("test", "--only", "gudie", Golden.resource("yamltests").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no test has the tag or name gudie");
    }

    @Test
    void stepsInTheWrongOrderFailWithWhatWasShown() {
        CliRun run = CliRun.of("test", "--only", "order", Golden.resource("yamltests-failing").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("steps order: expected [log-ind, mitid] in this order, actual shown [mitid, log-ind]")
                .endsWith("0 passed, 1 failed\n");
    }

    @Test
    void failingTestPrintsExpectedActualAndTraceAndExitsOne() {
        String folder = Golden.resource("yamltests-failing").toString();
        CliRun run = CliRun.of("test", folder);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(folder + "/tests.yaml:6:1: test failed: A wrong expectation fails with the trace",
                "  requirement: expected mandatory-digital, actual optional",
                "  channel: expected assisted, actual self-service",
                "  trace:", "Service:flytning [not-yet]");
        assertThat(run.out()).endsWith("1 passed, 2 failed\n");
    }

    @Test
    void coverageListsWhatNoTestTouched() {
        CliRun run = CliRun.of("test", "--coverage", Golden.resource("yamltests").toString());
        assertThat(run.out()).contains("not covered: ground klare-fordele", "not covered: assist-rule wants-help",
                "coverage rules 27.3%").doesNotContain("not covered: ground kognitiv", "not covered: outage");
        Golden.assertMatches(run.out(), "yamltests/coverage.txt");
    }

    @Test
    void junitXmlReportIsWritten(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("report.xml");
        CliRun run = CliRun.of("test", "--junit-xml", xml.toString(), Golden.resource("yamltests-failing").toString());
        assertThat(run.code()).isEqualTo(1);
        String report = Files.readString(xml);
        assertThat(report).contains("<testsuite", "tests=\"3\"", "failures=\"2\"",
                "name=\"A wrong expectation fails with the trace\"", "<failure message=\"requirement: expected");
    }

    @Test
    void langDaSaysFailuresAndTheCountLineInDanish() {
        String folder = Golden.resource("yamltests-failing").toString();
        CliRun run = CliRun.of("test", "--lang", "da", folder);
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains(folder + "/tests.yaml:6:1: testen fejlede: A wrong expectation fails with the trace",
                "  requirement: forventede mandatory-digital, men fik optional",
                "  channel: forventede assisted, men fik self-service",
                "  forløb:", "Service:flytning [not-yet]")
                .doesNotContain("expected", "actual", "test failed")
                .endsWith("1 bestod, 2 fejlede\n");
    }

    @Test
    void langDaSaysStepOrderFailuresInDanish() {
        CliRun run = CliRun.of("test", "--lang", "da", "--only", "order", Golden.resource("yamltests-failing").toString());
        assertThat(run.out()).contains("steps order: forventede [log-ind, mitid] i den rækkefølge, "
                + "men de viste trin er [mitid, log-ind]");
    }

    @Test
    void langEnIsTheEnglishOfBefore() {
        String folder = Golden.resource("yamltests-failing").toString();
        assertThat(CliRun.of("test", "--lang", "en", folder).out()).isEqualTo(CliRun.of("test", folder).out())
                .contains("  requirement: expected mandatory-digital, actual optional");
    }

    @Test
    void langDaCoverageIsDanishWithDecimalCommas() {
        CliRun run = CliRun.of("test", "--lang", "da", "--coverage", Golden.resource("yamltests").toString());
        assertThat(run.out()).contains("rules.yaml:42: ikke dækket: periode dagtilbud fra 2012-12-01",
                "ikke dækket: hjælperegel wants-help", "dækning regler 27,3%").doesNotContain("not covered");
        Golden.assertMatches(run.out(), "yamltests/coverage.da.txt");
    }

    @Test
    void langDaSaysAnUnknownTagInDanish() {
        CliRun run = CliRun.of("test", "--lang", "da", "--only", "gudie", "--only", "gæst",
                Golden.resource("yamltests").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("ingen test har tagget eller navnet gudie eller gæst");
    }

    @Test
    void langDaWritesTheJUnitFailuresInDanish(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("report.xml");
        CliRun.of("test", "--lang", "da", "--junit-xml", xml.toString(), Golden.resource("yamltests-failing").toString());
        assertThat(Files.readString(xml)).contains("<failure message=\"requirement: forventede mandatory-digital, men fik");
    }

    @Test
    void anUnknownLangIsAUsageError() {
        CliRun run = CliRun.of("test", "--lang", "dansk", Golden.resource("yamltests").toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--lang is da or en, not 'dansk'");
    }

    @Test
    void schemaCommandPrintsTheSchema() {
        CliRun run = CliRun.of("schema");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    }
}
