package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same request on the same rule set gives byte-identical JSON, in this JVM and in another. */
class DeterminismTest {

    /** Entry point of the second JVM: prints the decision for the shared request. */
    public static void main(String[] args) {
        System.out.print(decisionJson());
    }

    static String decisionJson() {
        return RuleSet.bundled().decide(DecisionRequest.of("flytning", "0751")
                .at(LocalDateTime.parse("2024-04-08T20:30"))
                .facts(Map.of("needsHelp", true, "digitalPostExempt", true, "hasMitID", false))).toJson();
    }

    @Test
    void repeatedDecisionsAreByteIdentical() {
        assertThat(decisionJson()).isEqualTo(decisionJson());
    }

    @Test
    void aTraceWhoseSentencesAreMadeOnReadingReadsTheSameFromManyThreadsAtOnce() throws Exception {
        String expected = decisionJson();
        for (int round = 0; round < 20; round++) {
            var decision = RuleSet.bundled().decide(DecisionRequest.of("flytning", "0751")
                    .at(LocalDateTime.parse("2024-04-08T20:30"))
                    .facts(Map.of("needsHelp", true, "digitalPostExempt", true, "hasMitID", false)));
            try (var pool = new AutoClosePool(8)) {
                List<java.util.concurrent.Future<String>> reads = new java.util.ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    reads.add(pool.executor.submit(decision::toJson));
                }
                for (var read : reads) {
                    assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
                }
            }
        }
    }

    /** A fixed pool shut down when the block ends (Java 17's executors are not AutoCloseable). */
    private static final class AutoClosePool implements AutoCloseable {
        final java.util.concurrent.ExecutorService executor;

        AutoClosePool(int threads) {
            executor = java.util.concurrent.Executors.newFixedThreadPool(threads);
        }

        @Override
        public void close() {
            executor.shutdownNow();
        }
    }

    @Test
    void anotherJvmWritesTheSameBytes() throws Exception {
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DeterminismTest.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String other = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(other).isEqualTo(decisionJson());
    }
}
