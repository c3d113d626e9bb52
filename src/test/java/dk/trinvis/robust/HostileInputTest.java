package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.trinvis.model.Problem;
import dk.trinvis.RuleSet;
import dk.trinvis.model.RuleSetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile rule sets are refused quickly with a located problem; nothing else escapes the loader. */
class HostileInputTest {

    private static List<Problem> problems(Path dir) {
        // The timeout only guards against a hang; it is not a performance assert.
        RuleSetException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir)));
        assertThat(e).as("loading must fail with RuleSetException").isNotNull();
        return e.problems();
    }

    @Test
    void tenThousandDeepNestingIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("deep.yaml"), "kind: Area\nid: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertThat(problems(dir)).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("TRV002"));
    }

    @Test
    void fiftyMegabyteScalarIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        byte[] head = "kind: Area\nid: x\ntitle: ".getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(dir.resolve("big.yaml"))) {
            out.write(head);
            out.write(big);
        }
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TRV002");
            assertThat(p.message()).contains("KiB");
        });
    }

    @Test
    void fileThatIsNotUtf8IsLocated(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin1.yaml"), "kind: Area\nid: x\ntitle: {da: B\u00f8rn}\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TRV015");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("file is not UTF-8");
        });
    }

    @Test
    void linkOutOfTheRuleSetFolderIsRefused(@TempDir Path dir) throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.yaml"), "kind: Area\nid: x\ntitle: {da: X}\n");
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.createSymbolicLink(rules.resolve("link.yaml"), secret);
        assertThat(problems(rules)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TRV015");
            assertThat(p.message()).isEqualTo("link points outside the rule-set folder");
        });
    }

    @Test
    void hundredThousandFilesAreRefused(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 100_000; i++) {
            Files.createFile(dir.resolve("f" + i + ".yaml"));
        }
        assertThat(problems(dir)).singleElement().satisfies(p -> assertThat(p.message()).contains("more than 5000"));
    }

    @Test
    void customJavaTagsAreRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tag.yaml"), "kind: Area\nid: !!javax.script.ScriptEngineManager []\n");
        Files.writeString(dir.resolve("local.yaml"), "kind: Area\nid: !mine x\ntitle: {da: X}\n");
        assertThat(problems(dir)).extracting(Problem::code).containsOnly("TRV002");
    }
}
