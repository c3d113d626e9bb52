package dk.trinvis.check;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.TestCase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code text: {contains, absent}} look at what the citizen reads, the decision sentence and help included. */
class TextExpectationTest {
    private static final TestRunner RUNNER = new TestRunner(RuleSet.bundled());

    private static TestResult run(List<String> contains, List<String> absent, boolean exempt) {
        TestCase.Given given = new TestCase.Given("flytning", "0751", LocalDateTime.parse("2024-04-08T10:00"),
                Map.of("hasMitID", true, "digitalPostExempt", exempt), Language.DA);
        TestCase.Expect expect = new TestCase.Expect(null, null, null, null, null, null, null, null, null, null, null,
                contains, absent);
        return RUNNER.run(new TestCase("text", given, expect, List.of(), new Location("t.yaml", 1, 1)));
    }

    @Test
    void aSnippetOfTheDecisionSentenceIsFoundThoughTheTextRendererWrapsIt() {
        assertThat(run(List.of("Brug den digitale selvbetjening."), null, false).passed()).isTrue();
    }

    @Test
    void aSnippetOfTheHelpBlockIsFound() {
        assertThat(run(List.of("Den Digitale Hotline, 70 20 00 00"), null, false).passed()).isTrue();
    }

    @Test
    void anAbsentSnippetTheGuideSaysFailsTheTestNamingTheSnippet() {
        TestResult r = run(null, List.of("fritaget for Digital Post"), true);
        assertThat(r.passed()).isFalse();
        assertThat(r.failures()).containsExactly("text: expected the guide not to say 'fritaget for Digital Post'");
    }

    @Test
    void anAbsentSnippetNothingSaysPasses() {
        assertThat(run(null, List.of("fritaget for Digital Post", "Skaf dig NemID"), false).passed()).isTrue();
    }
}
