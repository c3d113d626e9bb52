package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.preview.PreviewServer;
import dk.trinvis.testing.Folders;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every command of docs/overlay-tutorial.md, in order, the way an editor would type them. */
class OverlayTutorialTest {

    @Test
    void everyCommandOfTheTutorialWorks(@TempDir Path dir) throws Exception {
        List<String> commands = commands(Files.readString(Path.of("docs/overlay-tutorial.md")));
        assertThat(commands).as("commands of the tutorial").hasSizeGreaterThanOrEqualTo(5);
        for (String line : commands) {
            String[] words = line.replace("my-rules", dir.resolve("my-rules").toString()).split(" +");
            if (words[0].equals("alias")) {
                continue;
            }
            if (words[0].equals("cp")) {
                Folders.copyTree(Path.of(words[2]), Path.of(words[3]));
                continue;
            }
            assertThat(words[0]).as(line).isEqualTo("trinvis");
            if (words[1].equals("preview")) {
                preview(Path.of(words[Arrays.asList(words).indexOf("--rules") + 1]));
                continue;
            }
            CliRun run = CliRun.of(Arrays.copyOfRange(words, 1, words.length));
            assertThat(run.code()).as("%s%n%s%s", line, run.out(), run.err()).isZero();
            if (words[1].equals("test")) {
                assertThat(run.out()).endsWith("2 passed, 0 failed\n");
            }
        }
    }

    /** The lines of the tutorial's sh blocks. */
    private static List<String> commands(String markdown) {
        List<String> lines = new ArrayList<>();
        boolean inSh = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                inSh = line.equals("```sh");
            } else if (inSh && !line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static void preview(Path rules) throws Exception {
        try (PreviewServer server = PreviewServer.start(rules, 0)) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri()
                    .resolve("/?service=flytning&municipality=0167")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Få hjælp i Borgerservice Hvidovre");
        }
    }

}
