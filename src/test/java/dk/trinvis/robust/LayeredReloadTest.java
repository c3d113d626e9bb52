package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSetHolder;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reload guards of a holder of a rule set in layers: every folder read is watched, a layer's
 * base too, and what a stacked set loses is refused as a save in progress unless accepted.
 */
class LayeredReloadTest {
    private static final RuleSetHolder.ReloadPolicy QUICK = new RuleSetHolder.ReloadPolicy(Duration.ZERO, 3,
            fresh -> List.of());

    @Test
    void anEditInTheBaseOfALayerIsSeenAndReloaded(@TempDir Path dir) throws Exception {
        Path layer = copyLayers(dir).resolve("hvidovre");
        RuleSetHolder holder = RuleSetHolder.load(layer, QUICK);
        assertThat(holder.reloadIfChanged()).as("nothing changed").isEmpty();

        Path national = dir.resolve("national").resolve("rules.yaml");
        rewrite(national, Files.readString(national).replace("Log ind på borger.dk", "Log ind på borger.dk nu"));
        Optional<RuleSetHolder.ReloadResult> result = holder.reloadIfChanged();

        assertThat(result).as("an edit in the base folder, which the layer names").isPresent();
        assertThat(result.get().loaded()).as(result.get().problems().toString()).isTrue();
        assertThat(titles(holder, "0167")).contains("Log ind på borger.dk nu");
    }

    @Test
    void aStackedLayerThatLostAStepIsRefusedUnlessRemovalsAreAccepted(@TempDir Path dir) throws Exception {
        Path layers = copyLayers(dir);
        RuleSetHolder guarded = RuleSetHolder.stacked(layers.resolve("national"),
                List.of(layers.resolve("hvidovre"), layers.resolve("koebenhavn")), QUICK);
        RuleSetHolder accepting = RuleSetHolder.stacked(layers.resolve("national"),
                List.of(layers.resolve("hvidovre"), layers.resolve("koebenhavn")), QUICK.withRemovalsAccepted());
        String before = guarded.current().contentHash();

        Path overlay = layers.resolve("hvidovre").resolve("flytning.yaml");
        String text = Files.readString(overlay);
        String step = text.substring(text.indexOf("  - id: floorwalker"), text.indexOf("---"));
        rewrite(overlay, text.replace(step, "  - id: skranke\n    title: {da: \"Kom til skranken\"}\n"));

        RuleSetHolder.ReloadResult refused = guarded.reloadIfChanged().orElseThrow();
        assertThat(refused.loaded()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(RuleSetHolder.REFUSED);
            assertThat(p.message()).contains("floorwalker");
        });
        assertThat(guarded.current().contentHash()).isEqualTo(before);

        RuleSetHolder.ReloadResult taken = accepting.reloadIfChanged().orElseThrow();
        assertThat(taken.loaded()).as(taken.problems().toString()).isTrue();
        assertThat(taken.removed()).anyMatch(r -> r.contains("floorwalker"));
        assertThat(titles(accepting, "0167")).contains("Kom til skranken");
    }

    @Test
    void theGateSeesTheStackedRuleSetWithTheLayersTests(@TempDir Path dir) throws Exception {
        Path layers = copyLayers(dir);
        List<Integer> tested = new java.util.ArrayList<>();
        RuleSetHolder.stacked(layers.resolve("national"), List.of(layers.resolve("hvidovre")),
                QUICK.withGate(fresh -> {
                    tested.add(fresh.model().tests().size());
                    return List.of();
                }));
        assertThat(tested).singleElement().satisfies(n -> assertThat(n).isPositive());
    }

    private static List<String> titles(RuleSetHolder holder, String municipality) {
        ResolvedGuide guide = holder.current().guide(DecisionRequest.of("flytning", municipality)
                .at(LocalDateTime.parse("2024-01-02T10:00")).fact("hasMitID", true));
        return guide.steps().stream().map(s -> s.title().text()).toList();
    }

    /** Writes the file with a modification time in the past, so the quiet period never waits. */
    private static void rewrite(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        // Another size or time than before: the fingerprint must see the change.
        Files.setLastModifiedTime(file.getParent(), FileTime.from(Instant.now().minusSeconds(60)));
    }

    private static Path copyLayers(Path dir) throws IOException {
        Path source = Golden.resource("layers");
        for (String part : List.of("national", "hvidovre", "koebenhavn")) {
            try (Stream<Path> files = Files.walk(source.resolve(part))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Path to = dir.resolve(source.relativize(f).toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(f, to);
                    Files.setLastModifiedTime(to, FileTime.from(Instant.now().minusSeconds(120)));
                }
            }
        }
        return dir;
    }
}
