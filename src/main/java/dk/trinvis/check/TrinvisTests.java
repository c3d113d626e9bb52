package dk.trinvis.check;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Phrase;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * One dynamic test per YAML test of the rule set in the folder; with names or tags, only the
     * tests that have one of them (as {@code trinvis test --only}).
     */
    // JUnit is an optional dependency required without 'transitive', so that modules which never
    // call this compile without JUnit; a caller of this method has JUnit on its path already.
    @SuppressWarnings("exports")
    public static Stream<DynamicTest> from(Path folder, String... only) {
        RuleSet rules;
        try {
            rules = RuleSet.load(folder);
        } catch (RuntimeException e) {
            return Stream.of(DynamicTest.dynamicTest("rule set " + folder + " loads", () -> {
                throw new AssertionFailedError(e.getMessage());
            }));
        }
        return from(rules, only);
    }

    /**
     * One dynamic test per YAML test of an already loaded rule set (with names or tags: those that have one). The failure report carries
     * the test's file:line; no file source is attached, because Surefire does not count dynamic
     * tests whose source is a file.
     */
    @SuppressWarnings("exports") // as above
    public static Stream<DynamicTest> from(RuleSet rules, String... only) {
        TestRunner runner = new TestRunner(rules);
        List<String> selected = List.of(only);
        return rules.model().tests().stream()
                .filter(test -> selected.isEmpty() || selected.stream().anyMatch(test::selectedBy))
                .map(test -> DynamicTest.dynamicTest(test.name(),
                () -> {
                    TestResult result = runner.run(test);
                    if (!result.passed()) {
                        throw new AssertionFailedError(result.report(Phrase.defaultLanguage()));
                    }
                }));
    }
}
