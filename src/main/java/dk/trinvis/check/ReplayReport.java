package dk.trinvis.check;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The outcome of replaying an archive of decisions, or of comparing two rule sets on it.
 *
 * @param total       decisions read
 * @param identical   answered the same
 * @param changed     answered differently
 * @param notReplayed could not be decided again or compared
 * @param skipped     for {@code affected}: not decided again because no changed document can touch
 *                    their service, municipality and moment (counted as identical too); 0 for replay
 * @param results     every decision that changed or could not be replayed, in archive order
 */
@JsonPropertyOrder({"total", "identical", "changed", "notReplayed", "skipped", "results"})
public record ReplayReport(int total, int identical, int changed, int notReplayed, int skipped,
                           List<ReplayResult> results) {

    /** Copies the list so the record stays immutable. */
    public ReplayReport {
        results = List.copyOf(results);
    }

    /** Whether every decision was answered the same. */
    public boolean allIdentical() {
        return identical == total;
    }
}
