package dk.trinvis.check;

import dk.trinvis.model.Location;
import java.util.List;

/**
 * The outcome of one rule-set test.
 *
 * @param name     the test's name
 * @param location where the test is written
 * @param failures what did not hold, one line each; empty when the test passed
 * @param report   the full report of a failure (expected vs actual and the decision trace), or empty
 */
public record TestResult(String name, Location location, List<String> failures, String report) {
    /** Copies the list so the record stays immutable. */
    public TestResult {
        failures = List.copyOf(failures);
    }

    /** Whether every expectation held. */
    public boolean passed() {
        return failures.isEmpty();
    }
}
