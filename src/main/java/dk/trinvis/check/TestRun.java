package dk.trinvis.check;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.util.List;

/**
 * The outcome of running every test of a rule set.
 *
 * @param results  each test's result, in the order the tests are written
 * @param coverage what the tests touched
 */
public record TestRun(List<TestResult> results, Coverage coverage) {
    /** Copies the list so the record stays immutable. */
    public TestRun {
        results = List.copyOf(results);
    }

    /** How many tests passed. */
    public long passed() {
        return results.stream().filter(TestResult::passed).count();
    }

    /** How many tests failed. */
    public long failed() {
        return results.size() - passed();
    }

    /** The closing line test tools read: {@code N passed, N failed}. */
    public String summary() {
        return summary(Language.EN);
    }

    /** The closing line in a language: {@code N passed, N failed}, in Danish {@code N bestod, N fejlede}. */
    public String summary(Language lang) {
        return Phrase.text(lang, "test.summary", passed(), failed());
    }
}
