package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.yaml.RuleSetLoader;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.testing.Folders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #27 finding 1: sentences are prepared per service × ground × language, and "languages" is
 * every code used anywhere; 2,000 language keys in one title took 1.17 GB. The loader refuses such a
 * set before the engine prepares anything, with the key that went over the limit located.
 */
class LanguageBombTest {

    private static String codes(int n) {
        return IntStream.range(0, n).mapToObj(i -> "" + (char) ('a' + i / 26 / 26 % 26) + (char) ('a' + i / 26 % 26)
                + (char) ('a' + i % 26)).map(c -> c + ": \"Område " + c + "\"").collect(Collectors.joining(", "));
    }

    @Test
    void twoThousandLanguageKeysInOneTitleAreRefusedAtTheKeyOverTheLimit(@TempDir Path dir) throws Exception {
        Folders.copyTree(Path.of("guides"), dir);
        Files.writeString(dir.resolve("zz-sprog.yaml"), "kind: Area\nid: sprog\ntitle: {da: Sprog, " + codes(2_000) + "}\n");
        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            Problem p = e.problems().get(0);
            assertThat(p.code()).isEqualTo("TRV002");
            assertThat(p.location().file()).isEqualTo("zz-sprog.yaml");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.message()).contains("more than " + RuleSetLoader.MAX_LANGUAGES + " languages");
        });
    }

    @Test
    void theLimitLeavesRoomForEveryLanguageARealRuleSetUses(@TempDir Path dir) throws Exception {
        Folders.copyTree(Path.of("guides"), dir);
        // The bundled three and 37 more: exactly the limit.
        Files.writeString(dir.resolve("zz-sprog.yaml"), "kind: Area\nid: sprog\ntitle: {da: Sprog, " + codes(37) + "}\n");
        assertThat(RuleSet.load(dir).model().languages()).hasSize(RuleSetLoader.MAX_LANGUAGES);
    }

    @Test
    void aRuleSetTooLargeToPrepareIsRefusedAtTheServiceThatPassesTheBudget(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("kind: Facts\nfacts:\n  a: {type: boolean}\n---\nkind: Area\nid: omr\n"
                + "title: {da: Område, " + codes(30) + "}\n---\nkind: Municipality\ncode: \"0101\"\nname: By\n");
        for (int g = 0; g < 100; g++) {
            yaml.append("---\nkind: ExemptionGround\nid: g").append(g).append("\ntitle: {da: G}\nwhen: citizen.a\n")
                    .append("effect: may-accept\nlegal: \"x\"\n");
        }
        for (int s = 0; s < 100; s++) {
            yaml.append("---\nkind: Service\nid: s").append(s).append("\ntitle: {da: S}\narea: omr\nlegal: \"x\"\n");
        }
        Files.writeString(dir.resolve("big.yaml"), yaml);
        assertThatThrownBy(() -> RuleSet.load(dir)).isInstanceOfSatisfying(RuleSetException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).contains("too large to prepare", "× 33 languages");
                    assertThat(p.location().file()).isEqualTo("big.yaml");
                }));
    }
}
