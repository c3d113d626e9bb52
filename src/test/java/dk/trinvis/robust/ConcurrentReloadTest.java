package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Requirement;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads deciding while the rule set reloads see whole old or whole new answers only. */
class ConcurrentReloadTest {
    private static final String VERSION = """
            kind: Area
            id: borgerservice
            title: {da: Borgerservice}
            ---
            kind: Service
            id: flytning
            title: {da: Anmeld flytning}
            area: borgerservice
            legal: "CPR-loven § 12"
            mandatoryDigital:
              - from: %s
            ---
            kind: Municipality
            code: "0751"
            name: Aarhus
            """;

    @Test
    void decisionsSeeOnlyWholeRuleSetsAndBrokenReloadsKeepTheLastGoodOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("rules.yaml");
        String early = VERSION.formatted("2012-12-01");  // mandatory at the moment asked about
        String late = VERSION.formatted("2030-01-01");   // optional at that moment
        Files.writeString(file, early);
        String earlyHash = RuleSet.load(dir).contentHash();
        Files.writeString(file, late);
        String lateHash = RuleSet.load(dir).contentHash();
        Map<String, Requirement> expected = Map.of(earlyHash, Requirement.MANDATORY_DIGITAL,
                lateHash, Requirement.OPTIONAL);
        Files.writeString(file, early);
        // A short quiet period: this test writes whole files between reloads, so there is nothing to wait for.
        RuleSetHolder holder = RuleSetHolder.load(dir, new RuleSetHolder.ReloadPolicy(java.time.Duration.ofMillis(5), 3, fresh -> java.util.List.of()));
        DecisionRequest request = DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2024-01-01T10:00"));

        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        Queue<String> mismatches = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        CountDownLatch started = new CountDownLatch(8);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            pool.execute(() -> {
                started.countDown();
                while (running.get()) {
                    try {
                        Decision d = holder.current().decide(request);
                        Requirement want = expected.get(d.receipt().ruleSetHash());
                        if (want != d.requirement()) {
                            mismatches.add(d.receipt().ruleSetHash() + " -> " + d.requirement());
                        }
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            });
        }
        started.await();
        int failedReloads = 0;
        for (int i = 0; i < 100; i++) {
            boolean broken = i % 2 == 1;
            Files.writeString(file, broken ? "kind: Service\nid: [broken\n" : (i % 4 == 0 ? late : early));
            RuleSetHolder.ReloadResult result = holder.reload();
            if (broken) {
                failedReloads++;
                assertThat(result.loaded()).isFalse();
                assertThat(result.problems()).isNotEmpty();
                assertThat(holder.lastProblems()).isEqualTo(result.problems());
                assertThat(expected).containsKey(holder.current().contentHash());
            } else {
                assertThat(result.loaded()).isTrue();
                assertThat(holder.lastProblems()).isEmpty();
            }
        }
        running.set(false);
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(failedReloads).isEqualTo(50);
        assertThat(errors).isEmpty();
        assertThat(mismatches).isEmpty();
    }
}
