package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import java.io.ByteArrayOutputStream;
import dk.trinvis.testing.Folders;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadUnderLoadTest {
    private static final Pattern RECEIPT_HASH = Pattern.compile("\"ruleSetHash\" ?: ?\"([0-9a-f]+)\"");
    private static final String EXTRA = "\n---\nkind: Municipality\ncode: \"0999\"\nname: Testby\n";

    @TempDir
    Path dir;

    /** Writes a temporary file beside the target, then moves it over: readers see old or new, never half. */
    private static void writeAtomically(Path target, String content) {
        try {
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void answersComeFromWholeGoodRuleSetsWhileTheFolderIsRewritten() throws Exception {
        Path rules = dir.resolve("rules");
        // A small rule set: its reload is quick even on a loaded machine, so it can win the race with the writer.
        Folders.copyTree(Path.of("src/test/resources/render/rules"), rules);
        Path file = rules.resolve("rules.yaml");
        String goodA = Files.readString(file);
        String goodB = goodA + EXTRA;
        String broken = goodA + "\n---\nkind: Municipalty\ncode: \"0998\"\n";
        Set<String> goodHashes = Set.of(RuleSet.load(rules).contentHash(), hashWith(rules, file, goodB));
        writeAtomically(file, goodA);

        ByteArrayOutputStream log = new ByteArrayOutputStream();
        ServerOptions options = ServerOptions.defaults(0).withRules(rules)
                .withWatching(Duration.ofMillis(20), Duration.ofMillis(20));
        try (DecisionServer server = DecisionServer.start(options, new PrintStream(log, true, StandardCharsets.UTF_8))) {
            Client client = new Client(server.uri());
            ExecutorService pool = Executors.newFixedThreadPool(9);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<String> mismatches = java.util.Collections.synchronizedList(new ArrayList<>());
            List<Future<?>> clients = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                clients.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        HttpResponse<String> r = client.post("/v1/decisions", "{\"service\":\"flytning\","
                                + "\"municipality\":\"0751\",\"at\":\"2014-04-07T10:00\",\"explain\":false}");
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        String header = r.headers().firstValue("Trinvis-Rules").orElse("none");
                        Matcher m = RECEIPT_HASH.matcher(r.body());
                        if (!m.find() || !m.group(1).equals(header)) {
                            mismatches.add(header);
                        }
                        seen.add(header);
                    }
                    return null;
                }));
            }
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    writeAtomically(file, i % 2 == 1 ? broken : i % 4 == 0 ? goodB : goodA);
                    // Longer than the quiet period, so some reloads find the folder still and succeed.
                    Thread.sleep(100);
                }
                return null;
            });
            writer.get(2, TimeUnit.MINUTES);
            for (Future<?> c : clients) {
                c.get(5, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(statuses.keySet()).containsExactly(200);
            assertThat(statuses.get(200)).hasValue(16_000);
            assertThat(mismatches).isEmpty();
            assertThat(goodHashes).containsAll(seen);
            String metrics = client.get("/metrics").body();
            assertThat(metrics).doesNotContain("trinvis_rule_reloads_total{result=\"ok\"} 0\n")
                    .doesNotContain("trinvis_rule_reloads_total{result=\"failed\"} 0\n");
        }
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains("event=reload result=failed", "rules.yaml:", "unknown kind 'Municipalty'");
    }

    private static String hashWith(Path rules, Path file, String content) throws IOException {
        String before = Files.readString(file);
        writeAtomically(file, content);
        try {
            return RuleSet.load(rules).contentHash();
        } finally {
            writeAtomically(file, before);
        }
    }
}
