package dk.trinvis.check;

import dk.trinvis.RuleSet;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a rule set's YAML tests inside JUnit 5, one {@link DynamicTest} per {@code kind: Test}:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> ruleSetTests() {
 *     return TrinvisTests.from(Path.of("guides"));
 * }
 * }</pre>
 *
 * <p>A failing test fails with the same report as {@code trinvis test}: location, expected
 * against actual, and the decision trace. A rule set that does not load fails one test that
 * lists every load problem. Needs junit-jupiter-api on the test class path.
 */
public final class TrinvisTests {
    private TrinvisTests() {
    }

    /** One dynamic test per YAML test of the rule set in the folder. */
    public static Stream<DynamicTest> from(Path folder) {
        RuleSet rules;
        try {
            rules = RuleSet.load(folder);
        } catch (RuntimeException e) {
            return Stream.of(DynamicTest.dynamicTest("rule set " + folder + " loads", () -> {
                throw new AssertionFailedError(e.getMessage());
            }));
        }
        return from(rules);
    }

    /**
     * One dynamic test per YAML test of an already loaded rule set. The failure report carries
     * the test's file:line; no file source is attached, because Surefire does not count dynamic
     * tests whose source is a file.
     */
    public static Stream<DynamicTest> from(RuleSet rules) {
        TestRunner runner = new TestRunner(rules);
        return rules.model().tests().stream().map(test -> DynamicTest.dynamicTest(test.name(),
                () -> {
                    TestResult result = runner.run(test);
                    if (!result.passed()) {
                        throw new AssertionFailedError(result.report());
                    }
                }));
    }
}
