package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.model.Problem;
import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.RuleSetHolder.ReloadPolicy;
import dk.trinvis.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads never install a half-written rule set, and a slow reload never undoes a later one. */
class ReloadGuardTest {
    private static final ReloadPolicy FAST = new ReloadPolicy(Duration.ofMillis(5), 3, fresh -> java.util.List.of());
    private static final Path MINIMAL = Golden.resource("loader/valid-minimal/rules.yaml");

    @Test
    void anEmptiedFileIsRefusedAndTheLastGoodRuleSetKept(@TempDir Path dir) throws Exception {
        Path file = Files.copy(MINIMAL, dir.resolve("rules.yaml"));
        RuleSetHolder holder = RuleSetHolder.load(dir, FAST);
        Files.writeString(file, "");

        RuleSetHolder.ReloadResult result = holder.reload();

        assertThat(result.loaded()).isFalse();
        assertThat(result.problems()).extracting(Problem::code).containsExactly(RuleSetHolder.REFUSED);
        assertThat(result.problems().get(0).message()).contains("no services");
        assertThat(holder.current().model().services()).containsKey("flytning");
    }

    @Test
    void aFileTruncatedBeforeItsServicesIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.copy(MINIMAL, dir.resolve("rules.yaml"));
        RuleSetHolder holder = RuleSetHolder.load(dir, FAST);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("kind: Service")));

        assertThat(holder.reload().loaded()).isFalse();
        assertThat(holder.current().model().services()).containsKey("flytning");
    }

    @Test
    void decisionsNeverSeeAFileThatIsBeingRewrittenInPlace(@TempDir Path dir) throws Exception {
        Path file = Files.copy(MINIMAL, dir.resolve("rules.yaml"));
        byte[] bytes = Files.readAllBytes(file);
        // Cut where the first part is a valid rule set without the service: what the adversarial run hit.
        int cut = Files.readString(file).indexOf("---\nkind: Service");
        RuleSetHolder holder = RuleSetHolder.load(dir, new ReloadPolicy(Duration.ofMillis(30), 3, fresh -> java.util.List.of()));
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            // An editor that saves in place: truncate, write half, pause, write the rest.
            while (writing.get()) {
                try (var out = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE,
                        java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                    out.write(java.nio.ByteBuffer.wrap(bytes, 0, cut));
                    Thread.sleep(5);
                    out.write(java.nio.ByteBuffer.wrap(bytes, cut, bytes.length - cut));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        dk.trinvis.model.DecisionRequest request = dk.trinvis.model.DecisionRequest.of("flytning", "0751");
        int decided = 0;
        try {
            for (int i = 0; i < 20; i++) {
                holder.reload();
                holder.current().decide(request); // throws "unknown service" if a half-written set got in
                decided++;
            }
        } finally {
            writing.set(false);
            writer.get(10, TimeUnit.SECONDS);
        }
        assertThat(decided).isEqualTo(20);
        assertThat(holder.current().model().services()).containsKey("flytning");
    }

    @Test
    void withTheTestGateARuleSetThatFailsItsOwnTestsIsRefused(@TempDir Path dir) throws Exception {
        Files.copy(Golden.resource("yamltests/rules.yaml"), dir.resolve("rules.yaml"));
        Files.copy(Golden.resource("yamltests/tests.yaml"), dir.resolve("tests.yaml"));
        Files.copy(Golden.resource("yamltests/guide.yaml"), dir.resolve("guide.yaml"));
        // The failing tests have other names: removals accepted, so the refusal is the gate's alone.
        RuleSetHolder holder = RuleSetHolder.load(dir, FAST.withGate(dk.trinvis.check.TestRunner.gate())
                .withRemovalsAccepted());
        String before = holder.current().contentHash();
        Files.copy(Golden.resource("yamltests-failing/tests.yaml"), dir.resolve("tests.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        RuleSetHolder.ReloadResult result = holder.reload();

        assertThat(result.loaded()).isFalse();
        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).startsWith("test '"));
        assertThat(holder.current().contentHash()).isEqualTo(before);
        assertThat(RuleSetHolder.load(dir, FAST).current().contentHash()).as("the same files without the policy load")
                .isNotEqualTo(before);
    }

    @Test
    void aSlowReloadThatStartedFirstNeverReplacesALaterOne() throws Exception {
        RuleSet older = RuleSet.load(Golden.resource("loader/valid-minimal"));
        RuleSet newer = RuleSet.load(Golden.resource("yamltests"));
        // The slow reload read the old files, then stalls while a later reload installs the new ones.
        RuleSetHolder holder = slowThenFast(older, () -> older, newer);
        assertThat(holder.current()).isSameAs(newer);
    }

    @Test
    void aStaleFailureKeepsTheRuleSetALaterReloadInstalled() throws Exception {
        RuleSet first = RuleSet.load(Golden.resource("loader/valid-minimal"));
        RuleSet newer = RuleSet.load(Golden.resource("yamltests"));
        RuleSetHolder holder = slowThenFast(first, () -> {
            throw new dk.trinvis.model.RuleSetException(java.util.List.of(new Problem(Problem.Severity.ERROR, "TRV001",
                    new dk.trinvis.model.Location("x.yaml", 1, 1), "broken", null)));
        }, newer);
        assertThat(holder.current()).isSameAs(newer);
        assertThat(holder.lastProblems()).as("the later, successful reload is the last word").isEmpty();
    }

    /**
     * A holder loaded with {@code first}, whose next reload stalls until a later reload (giving
     * {@code fast}) has finished, and then gives what {@code slow} gives. Returns after both.
     */
    private static RuleSetHolder slowThenFast(RuleSet first, java.util.function.Supplier<RuleSet> slow, RuleSet fast)
            throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        RuleSetHolder holder = RuleSetHolder.of(() -> switch (calls.getAndIncrement()) {
            case 0 -> first;
            case 1 -> {
                slowStarted.countDown();
                await(release);
                yield slow.get();
            }
            default -> fast;
        });
        CompletableFuture<RuleSetHolder.ReloadResult> stalled = CompletableFuture.supplyAsync(holder::reload);
        assertThat(slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(holder.reload().loaded()).isTrue();
        release.countDown();
        assertThat(stalled.get(10, TimeUnit.SECONDS).loaded()).as("the stale reload is not installed").isFalse();
        return holder;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
