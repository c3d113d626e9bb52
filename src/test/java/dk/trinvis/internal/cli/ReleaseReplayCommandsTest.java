package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.RuleSet;
import dk.trinvis.internal.util.EngineVersion;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.testing.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseReplayCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path release(Path dir) {
        Path out = dir.resolve("release");
        CliRun run = CliRun.of("release", "--rules", "guides", "--out", out.toString(), "--lang", "en");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("released", "id ");
        return out;
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void aReleaseLoadsAsTheRuleSetItWasMadeFromAndItsReceiptsNameIt(@TempDir Path dir) throws IOException {
        Path out = release(dir);
        RuleSet released = RuleSet.load(out);
        RuleSet source = RuleSet.load(Path.of("guides"));
        String id = Files.readString(out.resolve("release.id")).strip();
        assertThat(released.release()).isEqualTo(id);
        assertThat(released.contentHash()).isEqualTo(source.contentHash());
        JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
        assertThat(manifest.get("ruleSetHash").asText()).isEqualTo(source.contentHash());
        assertThat(manifest.get("engineVersion").asText()).isEqualTo(EngineVersion.CURRENT);
        assertThat(manifest.get("files")).hasSize(files(out).size() - 2);
        DecisionRequest r = DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2014-04-07T10:00"));
        var receipt = released.decide(r).receipt();
        assertThat(receipt.release()).isEqualTo(id);
        assertThat(receipt.ruleSetHash()).isEqualTo(source.contentHash());
        assertThat(source.decide(r).receipt().release()).isNull();
        java.util.List<dk.trinvis.model.DecisionEvent> events = new java.util.ArrayList<>();
        released.withListener(events::add).decide(r);
        assertThat(events).singleElement().satisfies(e -> assertThat(e.release()).as("the event names the release").isEqualTo(id));
    }

    @Test
    void aChangedByteInAnyFileOfTheReleaseIsRefusedWithItsLocation(@TempDir Path dir) throws IOException {
        Path out = release(dir);
        // Every file the release holds, the manifest and the id included.
        for (Path file : files(out)) {
            byte[] original = Files.readAllBytes(file);
            byte[] changed = original.clone();
            int at = changed.length / 2;
            changed[at] = (byte) (changed[at] == 'a' ? 'b' : 'a');
            Files.write(file, changed);
            RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(out));
            String rel = out.relativize(file).toString().replace('\\', '/');
            assertThat(e).as(rel).isNotNull();
            assertThat(e.problems()).as(rel).anySatisfy(p -> {
                assertThat(p.code()).isEqualTo("TRV021");
                assertThat(p.location().file()).isIn(rel, "manifest.json");
            });
            Files.write(file, original);
        }
        assertThat(RuleSet.load(out).release()).isNotNull();
    }

    @Test
    void aFileAddedToAReleaseIsRefused(@TempDir Path dir) throws IOException {
        Path out = release(dir);
        Files.writeString(out.resolve("extra.yaml"), "kind: Area\nid: x\ntitle: {da: X}\n");
        CliRun run = CliRun.of("check", "--rules", out.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("extra.yaml:1:1: error TRV021: extra.yaml is not part of this release");
    }

    @Test
    void releaseRefusesAFolderThatIsNotEmpty(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("x.txt"), "x");
        CliRun run = CliRun.of("release", "--rules", "guides", "--out", dir.toString(), "--lang", "en");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("is not an empty folder");
    }

    @Test
    void replayExitsZeroWhenAllAreIdenticalAndOneWithTheChangesOtherwise(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String at : List.of("2012-11-20T10:00", "2013-01-10T10:00", "2013-05-02T10:00")) {
            CliRun decided = CliRun.of("decide", "--service", "flytning", "--municipality", "0751", "--at", at,
                    "--format", "json");
            lines.add(JSON.readTree(decided.out()).toString());
        }
        Path archive = dir.resolve("archive.jsonl");
        Files.write(archive, lines, StandardCharsets.UTF_8);
        CliRun same = CliRun.of("replay", archive.toString(), "--lang", "en");
        assertThat(same.code()).isZero();
        assertThat(same.out()).isEqualTo("3 decisions: 3 identical, 0 changed, 0 could not be replayed\n");

        Path moved = dir.resolve("moved");
        Folders.copyTree(Path.of("guides"), moved);
        Path wave1 = moved.resolve("services/wave1.yaml");
        Files.writeString(wave1, Files.readString(wave1).replaceFirst("  - from: 2012-12-01", "  - from: 2013-03-01"));
        CliRun changed = CliRun.of("replay", "--rules", moved.toString(), archive.toString(), "--lang", "en");
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains("line 2: flytning in 0751 at 2013-01-10T10:00+01:00 is answered differently",
                "  requirement: mandatory-digital -> optional",
                "3 decisions: 2 identical, 1 changed, 0 could not be replayed");
        CliRun json = CliRun.of("replay", "--rules", moved.toString(), archive.toString(), "--format", "json");
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.get("changed").asInt()).isEqualTo(1);
        assertThat(report.get("results").get(0).get("status").asText()).isEqualTo("changed");

        CliRun affected = CliRun.of("affected", "--old", "guides", "--rules", moved.toString(), archive.toString(),
                "--lang", "en");
        assertThat(affected.code()).isEqualTo(1);
        assertThat(affected.out()).contains("line 2: flytning in 0751",
                "3 requests: 2 answered the same, 1 answered differently, 0 could not be decided");
    }

    @Test
    void aMissingArchiveIsAUsageError() {
        CliRun run = CliRun.of("replay", "no-such-file.jsonl", "--lang", "en");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no archive at no-such-file.jsonl");
    }
}
