package dk.trinvis.check;

import dk.trinvis.model.Language;
import dk.trinvis.model.Location;
import dk.trinvis.model.Phrase;
import java.util.List;

/**
 * The outcome of one rule-set test. What did not hold is kept as phrases, so one run reports in
 * Danish or English.
 *
 * @param name     the test's name
 * @param location where the test is written
 * @param misses   what did not hold, one phrase each; empty when the test passed
 * @param trace    the decision's trace, one line each, in the test's request language; empty when the
 *                 request itself failed or the test passed
 */
public record TestResult(String name, Location location, List<Phrase> misses, List<String> trace) {
    /** Copies the lists so the record stays immutable. */
    public TestResult {
        misses = List.copyOf(misses);
        trace = List.copyOf(trace);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return misses.isEmpty();
    }

    /** What did not hold, one line each, in English. */
    public List<String> failures() {
        return failures(Language.EN);
    }

    /** What did not hold, one line each, in a language (Danish when the tools have no book in it). */
    public List<String> failures(Language lang) {
        return misses.stream().map(m -> m.message(lang)).toList();
    }

    /** The full report of a failure in English, or empty when the test passed. */
    public String report() {
        return report(Language.EN);
    }

    /** The full report of a failure (expected vs actual and the decision trace) in a language, or empty. */
    public String report(Language lang) {
        if (passed()) {
            return "";
        }
        StringBuilder b = new StringBuilder(Phrase.text(lang, "test.failed", location, name)).append('\n');
        failures(lang).forEach(f -> b.append("  ").append(f).append('\n'));
        if (!trace.isEmpty()) {
            b.append("  ").append(Phrase.text(lang, "test.trace")).append('\n');
            trace.forEach(t -> b.append("    ").append(t).append('\n'));
        }
        return b.toString();
    }
}
