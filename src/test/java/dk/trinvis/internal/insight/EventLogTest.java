package dk.trinvis.internal.insight;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.RuleSet;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.DecisionRequest;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The event log: one JSON line per event, rotated by size without losing or splitting a line. */
class EventLogTest {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    static final DecisionEvent EVENT = event();

    static DecisionEvent event() {
        List<DecisionEvent> out = new ArrayList<>();
        RuleSet.bundled().withListener(out::add).decide(DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2024-03-05T10:15")));
        return out.get(0);
    }

    @TempDir
    Path dir;

    @Test
    void rotatesAtTheSizeIntoNumberedFilesAndKeepsEveryLineWhole() throws Exception {
        Path file = dir.resolve("events.jsonl");
        int length = EVENT.toJson().length() + 1;
        try (EventLog log = EventLog.toFile(file, length * 3L, 0, QUIET)) {
            for (int i = 0; i < 10; i++) {
                log.accept(EVENT);
            }
            assertThat(log.written()).isEqualTo(10);
        }
        assertThat(EventLog.rotatedNumbers(file)).containsExactly(1L, 2L, 3L);
        for (String name : List.of("events.jsonl.1", "events.jsonl.2", "events.jsonl.3")) {
            assertThat(Files.readAllLines(dir.resolve(name))).hasSize(3).containsOnly(EVENT.toJson());
        }
        assertThat(Files.readAllLines(file)).containsExactly(EVENT.toJson());
    }

    @Test
    void keepsOnlyTheNewestRotatedFilesWhenAsked() throws Exception {
        Path file = dir.resolve("events.jsonl");
        int length = EVENT.toJson().length() + 1;
        try (EventLog log = EventLog.toFile(file, length, 2, QUIET)) {
            for (int i = 0; i < 6; i++) {
                log.accept(EVENT);
            }
        }
        assertThat(EventLog.rotatedNumbers(file)).containsExactly(4L, 5L);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("events.jsonl", "events.jsonl.4",
                    "events.jsonl.5");
        }
    }

    @Test
    void appendsToAnExistingFileAndContinuesItsNumbering() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(dir.resolve("events.jsonl.7"), "");
        Files.writeString(file, EVENT.toJson() + "\n");
        try (EventLog log = EventLog.toFile(file, EVENT.toJson().length() + 1L, 0, QUIET)) {
            log.accept(EVENT);
        }
        assertThat(EventLog.rotatedNumbers(file)).containsExactly(7L, 8L);
        assertThat(Files.readAllLines(dir.resolve("events.jsonl.8"))).containsExactly(EVENT.toJson());
    }

    @Test
    void writesToAStreamWithoutClosingIt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EventLog log = EventLog.toStream(out, QUIET)) {
            log.accept(EVENT);
            log.accept(EVENT);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(EVENT.toJson() + "\n" + EVENT.toJson() + "\n");
    }

    @Test
    void aFailedWriteIsCountedAndReportedOnceAndNeverThrows() throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }
        };
        try (EventLog log = EventLog.toStream(broken, new PrintStream(report, true, StandardCharsets.UTF_8))) {
            for (int i = 0; i < 3; i++) {
                log.accept(EVENT);
                log.flush();
            }
            assertThat(log.failed()).isEqualTo(3);
        }
        assertThat(report.toString(StandardCharsets.UTF_8).lines()).hasSize(1).first().asString()
                .contains("event=events-write-failed", "disk full");
    }
}
