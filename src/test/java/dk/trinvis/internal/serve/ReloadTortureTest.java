package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.testing.Folders;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #27: torn writes of every kind while eight clients decide, and every answer comes from a
 * complete rule set that was released: slow writes in two halves, emptied files, files cut at a
 * random byte, and release switches by a link. The default quiet period (200 ms) and watch
 * interval (1 s) are shortened so the run takes seconds, not minutes.
 */
class ReloadTortureTest {
    private static final String CITIZEN = "{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"2024-03-01T10:00\","
            + "\"facts\":{\"cognitiveImpairment\":true},\"explain\":false}";

    @TempDir
    Path dir;

    @Test
    void noAnswerComesFromATornSetInFiftyTornWrites() throws Exception {
        Path one = ReloadSafetyTest.splitRuleSet(dir.resolve("release-1"));
        Path two = dir.resolve("release-2");
        Folders.copyTree(one, two);
        Files.writeString(two.resolve("rules.yaml"), Files.readString(two.resolve("rules.yaml"))
                + "---\nkind: Municipality\ncode: \"0998\"\nname: Nyby\n");
        Set<String> released = Set.of(RuleSet.load(one).contentHash(), RuleSet.load(two).contentHash());
        Path current = dir.resolve("current");
        Files.createSymbolicLink(current, one.getFileName());

        ServerOptions options = ServerOptions.defaults(0).withRules(current)
                .withWatching(Duration.ofMillis(40), Duration.ofMillis(60));
        try (DecisionServer server = DecisionServer.start(options, new PrintStream(OutputStream.nullOutputStream()))) {
            Client client = new Client(server.uri());
            AtomicBoolean writing = new AtomicBoolean(true);
            Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
            List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                clients.add(pool.submit(() -> {
                    while (writing.get()) {
                        HttpResponse<String> r = client.post("/v1/decisions", CITIZEN);
                        String hash = r.headers().firstValue("Trinvis-Rules").orElse("none");
                        answers.computeIfAbsent(hash, k -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() != 200 || !released.contains(hash) || !r.body().contains("must-offer")) {
                            wrong.add(r.statusCode() + " " + hash + " " + r.body());
                        }
                    }
                    return null;
                }));
            }
            int tornWrites = tear(current, one, two, new Random(27), client);
            writing.set(false);
            for (Future<?> c : clients) {
                c.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(tornWrites).isGreaterThanOrEqualTo(50);
            assertThat(wrong).as("answers from a torn or unreleased set").isEmpty();
            assertThat(answers.keySet()).containsExactlyInAnyOrderElementsOf(released);
        }
    }

    /**
     * Tears the files of the release the link points to, and switches releases; returns how many torn
     * writes. After a switch it waits until the new release is served before writing into it: a release
     * is complete when it is switched in (a set from another folder may remove things), and only edits
     * in place are guarded against.
     */
    private static int tear(Path current, Path one, Path two, Random random, Client client) throws Exception {
        int torn = 0;
        for (int round = 0; round < 18; round++) {
            Path release = current.toRealPath();
            for (String file : new String[] {"guide.yaml", "exemptions.yaml", "rules.yaml"}) {
                Path f = release.resolve(file);
                byte[] whole = Files.readAllBytes(f);
                switch ((round + file.length()) % 3) {
                    case 0 -> {   // emptied, as a save in progress leaves it for an instant
                        Files.write(f, new byte[0]);
                        Thread.sleep(150 + random.nextInt(200));
                    }
                    case 1 -> {   // cut at a random byte
                        Files.write(f, java.util.Arrays.copyOf(whole, 1 + random.nextInt(whole.length - 2)));
                        Thread.sleep(150 + random.nextInt(200));
                    }
                    default -> {  // written in two halves, far enough apart for a reload between them
                        Files.write(f, java.util.Arrays.copyOf(whole, whole.length / 2));
                        Thread.sleep(300 + random.nextInt(300));
                    }
                }
                Files.write(f, whole);
                torn++;
                Thread.sleep(100);
            }
            // A release switch by a link, as docs/security.md recommends.
            Path next = current.resolveSibling("current.next");
            Files.deleteIfExists(next);
            Files.createSymbolicLink(next, (release.equals(one.toRealPath()) ? two : one).getFileName());
            Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            String switched = RuleSet.load(current).contentHash();
            for (int i = 0; i < 3000 && !switched.equals(client.get("/healthz").headers().firstValue("Trinvis-Rules")
                    .orElse("")); i++) {
                Thread.sleep(10);
            }
        }
        return torn;
    }
}
