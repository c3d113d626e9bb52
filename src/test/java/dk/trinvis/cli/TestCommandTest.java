package dk.trinvis.cli;

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
    void schemaCommandPrintsTheSchema() {
        CliRun run = CliRun.of("schema");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\"");
    }
}
