package dk.trinvis.internal.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.RuleSetHolder;
import dk.trinvis.testing.Folders;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #27 findings 2, 3, 4 and 9: what a reload of a served folder does when things go wrong. */
class ReloadSafetyTest {
    private static final String FLYTNING = "{\"service\":\"flytning\",\"municipality\":\"0751\",\"at\":\"2024-03-01T10:00\","
            + "\"facts\":{\"cognitiveImpairment\":true}}";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private ServerOptions watching(Path rules) {
        return ServerOptions.defaults(0).withRules(rules).withWatching(Duration.ofMillis(50), Duration.ofMillis(50));
    }

    private PrintStream out() {
        return new PrintStream(log, true, StandardCharsets.UTF_8);
    }

    private String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Waits, bounded, for the condition; the bound only guards against a hang. */
    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 3000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private static String rulesOf(Client client) {
        try {
            return client.get("/healthz").headers().firstValue("Trinvis-Rules").orElse("");
        } catch (Exception e) {
            return "";
        }
    }

    /** Writes a file and dates it a little ahead, so the quiet period does not wait for the clock. */
    private static void write(Path file, String content) throws Exception {
        Files.writeString(file, content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(5)));
    }

    /** Finding 2. */
    @Test
    void aReloadThatRunsOutOfMemoryIsCountedAndTheServiceSaysItIsNotReadyUntilOneWorks() throws Exception {
        RuleSet rules = RuleSet.load(Path.of("src/test/resources/render/rules"));
        AtomicBoolean failing = new AtomicBoolean(false);
        AtomicInteger reloads = new AtomicInteger();
        RuleSetHolder holder = RuleSetHolder.of(() -> {
            if (reloads.getAndIncrement() > 0 && failing.get()) {
                throw new OutOfMemoryError("Java heap space");
            }
            return rules;
        });
        try (DecisionServer server = DecisionServer.start(watching(dir), holder, out())) {
            Client client = new Client(server.uri());
            failing.set(true);
            await("the watcher reports the error", () -> log().contains("java.lang.OutOfMemoryError: Java heap space"));
            int seen = reloads.get();
            await("the watcher keeps going after it", () -> reloads.get() > seen + 2);
            HttpResponse<String> ready = client.get("/readyz");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("\"code\" : \"not-ready\"", "OutOfMemoryError", "restarted");
            assertThat(client.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(client.post("/v1/decisions", FLYTNING).statusCode()).isEqualTo(200);
            assertThat(client.get("/metrics").body()).doesNotContain("trinvis_rule_reloads_total{result=\"failed\"} 0\n");
            failing.set(false);
            await("a reload that works makes it ready again", () -> {
                try {
                    return client.get("/readyz").statusCode() == 200;
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    /** Finding 3. */
    @Test
    void aReleaseSwitchedInByALinkIsServedAndMayRemoveThings() throws Exception {
        Path one = dir.resolve("release-1");
        Path two = dir.resolve("release-2");
        Folders.copyTree(Path.of("src/test/resources/render/rules"), one);
        Folders.copyTree(Path.of("src/test/resources/render/rules"), two);
        // Release 2 removes a ground: a deliberate removal, written in full before the switch.
        String rules = Files.readString(two.resolve("rules.yaml"));
        write(two.resolve("rules.yaml"), rules.replaceFirst("(?s)---\nkind: ExemptionGround\nid: klare-fordele.*?(?=---)", ""));
        String hashTwo = RuleSet.load(two).contentHash();
        Path current = dir.resolve("current");
        Files.createSymbolicLink(current, one.getFileName());
        try (DecisionServer server = DecisionServer.start(watching(current), out())) {
            Client client = new Client(server.uri());
            assertThat(rulesOf(client)).isEqualTo(RuleSet.load(one).contentHash()).isNotEqualTo(hashTwo);
            Path next = dir.resolve("current.next");
            Files.createSymbolicLink(next, two.getFileName());
            Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            await("the new release is served", () -> rulesOf(client).equals(hashTwo));
            assertThat(log()).contains("event=reload result=ok", "removed: exemption ground klare-fordele");
        }
    }

    /** The small render rule set with its exemption grounds in a file of their own, as the bundled set has them. */
    static Path splitRuleSet(Path rules) throws Exception {
        Folders.copyTree(Path.of("src/test/resources/render/rules"), rules);
        String yaml = Files.readString(rules.resolve("rules.yaml"));
        int from = yaml.indexOf("kind: ExemptionGround");
        int to = yaml.indexOf("kind: AssistRule");
        write(rules.resolve("exemptions.yaml"), yaml.substring(from, to).replaceFirst("---\n$", ""));
        write(rules.resolve("rules.yaml"), yaml.substring(0, from) + yaml.substring(to));
        return rules;
    }

    /** Finding 4. */
    @Test
    void aFileEmptiedOrCutShortInPlaceIsNeverInstalled() throws Exception {
        Path rules = splitRuleSet(dir.resolve("rules"));
        String good = RuleSet.load(rules).contentHash();
        String guide = Files.readString(rules.resolve("guide.yaml"));
        try (DecisionServer server = DecisionServer.start(watching(rules), out())) {
            Client client = new Client(server.uri());
            String[][] tornWrites = {
                {"exemptions.yaml", ""},                                                         // emptied
                {"guide.yaml", guide.substring(0, guide.indexOf("  - id: laege"))},             // written in two halves
                {"guide.yaml", guide.substring(0, guide.indexOf("when: not citizen.hasMitID"))}, // a condition cut off
                {"guide.yaml", guide.substring(0, guide.indexOf("Vælg *Anmeld flytning*") + 10)}}; // a text cut short
            for (String[] torn : tornWrites) {
                String whole = Files.readString(rules.resolve(torn[0]));
                int failedBefore = log().split("result=failed", -1).length;
                write(rules.resolve(torn[0]), torn[1]);
                await("the torn " + torn[0] + " is refused", () -> log().split("result=failed", -1).length > failedBefore);
                assertThat(rulesOf(client)).isEqualTo(good);
                assertThat(client.post("/v1/decisions", FLYTNING).body()).contains("\"alternative\":\"must-offer\"");
                write(rules.resolve(torn[0]), whole);
                int okBefore = log().split("result=ok", -1).length;
                await("the whole file is read again", () -> log().split("result=ok", -1).length > okBefore);
            }
            assertThat(log()).contains("the new rule set lacks what the current one has", "exemption ground kognitiv",
                    "step flytning/laege", "the end of file guide.yaml");
            assertThat(rulesOf(client)).isEqualTo(good);
        }
    }

    @Test
    void acceptRemovalsInstallsASmallerSetAndLogsWhatWent() throws Exception {
        Path rules = dir.resolve("rules");
        Folders.copyTree(Path.of("src/test/resources/render/rules"), rules);
        String guide = Files.readString(rules.resolve("guide.yaml"));
        try (DecisionServer server = DecisionServer.start(watching(rules).withReloadGuards(false, true), out())) {
            Client client = new Client(server.uri());
            String before = rulesOf(client);
            write(rules.resolve("guide.yaml"), guide.replaceFirst("(?s)  - id: gammel.*?(?=---)", ""));
            await("the smaller set is installed", () -> !rulesOf(client).equals(before));
            assertThat(log()).contains("event=reload result=ok", "removed=", "removed: step flytning/gammel");
        }
    }

    @Test
    void requireTestsKeepsASetWhoseOwnTestsFail() throws Exception {
        Path rules = dir.resolve("rules");
        Folders.copyTree(Path.of("src/test/resources/yamltests"), rules);
        try (DecisionServer server = DecisionServer.start(watching(rules).withReloadGuards(true, true), out())) {
            Client client = new Client(server.uri());
            String before = rulesOf(client);
            Files.copy(Path.of("src/test/resources/yamltests-failing/tests.yaml"), rules.resolve("tests.yaml"),
                    StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(rules.resolve("tests.yaml"), FileTime.from(Instant.now().minusSeconds(5)));
            await("the failing tests are reported", () -> log().contains("fails:"));
            assertThat(rulesOf(client)).isEqualTo(before);
        }
    }

    /** Finding 9. */
    @Test
    void aKeyWithALineBreakOrAnEscapeCannotForgeALogLine() throws Exception {
        Path rules = dir.resolve("rules");
        Folders.copyTree(Path.of("src/test/resources/render/rules"), rules);
        String yaml = Files.readString(rules.resolve("rules.yaml"));
        try (DecisionServer server = DecisionServer.start(watching(rules), out())) {
            assertThat(server.uri()).isNotNull();
            write(rules.resolve("rules.yaml"), yaml + "---\nkind: Area\nid: x\ntitle: {da: X}\n"
                    + "\"a\\nts=2026-01-01T00:00:00Z id=forged method=GET route=/healthz status=200\\e[2J\": 1\n");
            await("the reload fails", () -> log().contains("result=failed"));
            await("its problems are logged", () -> log().contains("forged"));
        }
        assertThat(log().lines()).noneMatch(l -> l.startsWith("ts=2026-01-01"));
        assertThat(log()).doesNotContain("\u001b").contains("\\nts=2026-01-01", "\\u001b[2J");
    }
}
