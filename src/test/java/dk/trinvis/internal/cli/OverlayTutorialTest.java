package dk.trinvis.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.trinvis.internal.preview.PreviewServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows docs/overlay-tutorial.md the way an editor would: runs every command in order, checks
 * that each file shown is the file {@code trinvis new} writes, and makes each edit it asks for.
 */
class OverlayTutorialTest {
    /** A line that introduces a file {@code new} writes: "- `tests.yaml` holds ...:". */
    private static final Pattern SHOWN = Pattern.compile("^- `([a-z-]+\\.yaml)`.*");
    /** A line that asks for an edit: "... to the end of `tests.yaml`:". */
    private static final Pattern EDIT = Pattern.compile(".*to the end of `([a-z-]+\\.yaml)`:$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One thing the tutorial has the editor do or see, in order. */
    private record Step(String kind, String file, String text) {
    }

    @Test
    void everyCommandFileAndEditOfTheTutorialWorks(@TempDir Path dir) throws Exception {
        List<Step> steps = steps(Files.readString(Path.of("docs/overlay-tutorial.md")));
        assertThat(steps).filteredOn(s -> s.kind().equals("sh")).as("commands of the tutorial").hasSizeGreaterThan(6);
        assertThat(steps).filteredOn(s -> s.kind().equals("shown")).as("files new writes").hasSize(3);
        Path layer = dir.resolve("my-layer");
        int tests = 0;
        for (Step step : steps) {
            switch (step.kind()) {
                case "shown" -> assertThat(DATE.matcher(Files.readString(layer.resolve(step.file()))).replaceAll("DATE"))
                        .as("%s as the tutorial shows it", step.file())
                        .isEqualTo(DATE.matcher(step.text()).replaceAll("DATE"));
                case "edit" -> Files.writeString(layer.resolve(step.file()), step.text(), StandardCharsets.UTF_8,
                        StandardOpenOption.APPEND);
                default -> tests += run(step.text(), layer, tests);
            }
        }
        assertThat(tests).as("test runs").isEqualTo(2);
    }

    /** Runs one command line; 1 when it was a test run. */
    private static int run(String line, Path layer, int testsBefore) throws Exception {
        String[] words = line.replace("my-layer", layer.toString()).split(" +");
        if (words[0].equals("alias")) {
            return 0;
        }
        assertThat(words[0]).as(line).isEqualTo("trinvis");
        if (words[1].equals("preview")) {
            preview(Path.of(words[Arrays.asList(words).indexOf("--rules") + 1]));
            return 0;
        }
        CliRun run = CliRun.of(Arrays.copyOfRange(words, 1, words.length));
        // diff says "citizens see a change" with exit 1, as the tutorial's edits mean them to.
        int expected = words[1].equals("diff") ? 1 : 0;
        assertThat(run.code()).as("%s%n%s%s", line, run.out(), run.err()).isEqualTo(expected);
        if (words[1].equals("test")) {
            assertThat(run.out()).as(line).isEqualTo((testsBefore == 0 ? 2 : 3) + " passed, 0 failed\n");
            return 1;
        }
        if (words[1].equals("diff")) {
            assertThat(run.out()).contains("step 'hvidovre-hjaelp' added", "step 'papir' removed: Bed Hvidovres")
                    .doesNotContain("{{");
        }
        return 0;
    }

    /** The sh lines, the files shown and the edits, in the order the tutorial has them. */
    private static List<Step> steps(String markdown) {
        List<Step> steps = new ArrayList<>();
        String[] lines = markdown.split("\n");
        String lead = "";
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.startsWith("```")) {
                if (!line.isEmpty()) {
                    lead = line;
                }
                continue;
            }
            String language = line.substring(3);
            StringBuilder block = new StringBuilder();
            String indent = lines[i].substring(0, lines[i].indexOf("```"));
            for (i++; !lines[i].strip().equals("```"); i++) {
                block.append(lines[i].startsWith(indent) ? lines[i].substring(indent.length()) : lines[i].strip())
                        .append('\n');
            }
            if (language.equals("sh")) {
                block.toString().lines().filter(l -> !l.isBlank()).forEach(l -> steps.add(new Step("sh", "", l.strip())));
            } else if (language.equals("yaml")) {
                Matcher edit = EDIT.matcher(lead);
                Matcher shown = SHOWN.matcher(fileLine(lines, i - block.toString().split("\n").length - 1));
                if (edit.matches()) {
                    steps.add(new Step("edit", edit.group(1), block.toString()));
                } else if (shown.matches()) {
                    steps.add(new Step("shown", shown.group(1), block.toString()));
                }
            }
        }
        return steps;
    }

    /** The list item a file's block belongs to: the nearest line above the block that starts with "- ". */
    private static String fileLine(String[] lines, int blockStart) {
        for (int i = blockStart - 1; i >= 0; i--) {
            String l = lines[i].strip();
            if (l.startsWith("- ") || l.startsWith("#")) {
                return l;
            }
        }
        return "";
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
