package dk.trinvis.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Problem;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue #18: folders and files an adversarial run used against the loader. */
class AdversarialLoadTest {
    private static final Path MINIMAL = Golden.resource("loader/valid-minimal/rules.yaml");

    private static List<Problem> problems(Path dir) {
        RuleSetException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir)));
        assertThat(e).as("loading must fail with RuleSetException").isNotNull();
        return e.problems();
    }

    private static Path minimal(Path dir) throws Exception {
        Files.copy(MINIMAL, dir.resolve("rules.yaml"));
        return dir;
    }

    /** The minimal rule set plus a guide for its service with the given lines after {@code service:}. */
    private static Path withGuide(Path dir, String lines) throws Exception {
        minimal(dir);
        Files.writeString(dir.resolve("guide.yaml"), "kind: Guide\nservice: flytning\n" + lines);
        return dir;
    }

    @Test
    void anEmptyFolderIsAnError(@TempDir Path dir) {
        assertThat(problems(dir)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("no .yaml files in the rule-set folder"));
    }

    @Test
    void aFolderOfYamlTxtFilesIsAnErrorThatNamesOne(@TempDir Path dir) throws Exception {
        Files.copy(MINIMAL, dir.resolve("rules.yaml.txt"));
        assertThat(problems(dir)).singleElement().satisfies(p -> assertThat(p.hint()).contains("rules.yaml.txt"));
    }

    @Test
    void anUnknownPlaceholderInAGuideTitleOrReadyItemIsALoadError(@TempDir Path dir) throws Exception {
        withGuide(dir, """
                title: {da: "Flyt til {{help.ingen.name}}"}
                ready:
                  - {da: "Husk {{foo}}"}
                steps:
                  - {id: a, title: {da: A}}
                """);
        assertThat(problems(dir)).extracting(Problem::message).contains(
                "'{{help.ingen.name}}' names unknown help offer 'ingen'", "unknown placeholder '{{foo}}'");
    }

    @Test
    void aTrailingDocumentSeparatorIsAllowed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), Files.readString(MINIMAL) + "---\n");
        assertThat(RuleSet.load(dir).model().services()).containsKey("flytning");
    }

    @Test
    void aHundredThousandEmptyDocumentsAreSkippedNotEachAProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), Files.readString(MINIMAL) + "---\n".repeat(100_000));
        RuleSet rules = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RuleSet.load(dir));
        assertThat(rules.model().services()).containsKey("flytning");
    }

    @Test
    void hiddenFilesAndGitFoldersAreNotPartOfTheRuleSet(@TempDir Path dir) throws Exception {
        minimal(dir);
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve(".git/broken.yaml"), "kind: [\n");
        Files.writeString(dir.resolve(".hidden.yaml"), "kind: [\n");
        Files.createSymbolicLink(dir.resolve(".#rules.yaml"), Path.of("user@host.1234:1700000000"));
        assertThat(RuleSet.load(dir).model().services()).containsKey("flytning");
    }

    @Test
    void aDanglingLinkIsReportedNotFollowed(@TempDir Path dir) throws Exception {
        minimal(dir);
        Files.createSymbolicLink(dir.resolve("gone.yaml"), dir.resolve("nowhere.yaml"));
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("gone.yaml");
            assertThat(p.message()).isEqualTo("link points nowhere");
        });
    }

    @Test
    void aLinkToAFifoIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        minimal(dir);
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).isZero();
        Files.createSymbolicLink(dir.resolve("pipe.yaml"), fifo);
        assertThat(problems(dir)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("not a regular file"));
    }

    @Test
    void filesDeeperThanTheLimitAreReportedNotIgnored(@TempDir Path dir) throws Exception {
        minimal(dir);
        Path deep = dir;
        for (int i = 0; i < 40; i++) {
            deep = deep.resolve("d");
        }
        Files.createDirectories(deep);
        Files.writeString(deep.resolve("x.yaml"), "kind: Area\n");
        assertThat(problems(dir)).singleElement().satisfies(p -> assertThat(p.message()).contains("levels deep"));
    }

    @Test
    void anUnreadableFileIsTheOnlyProblemAndSaysPermissionDenied(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "kind: Area\nid: borgerservice\ntitle: {da: B}\n");
        Path services = Files.writeString(dir.resolve("b.yaml"), Files.readString(MINIMAL).replaceFirst(
                "(?s)kind: Area.*?---\n", ""));
        Files.setPosixFilePermissions(services, PosixFilePermissions.fromString("---------"));
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(services), "running as root");
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.location().file()).isEqualTo("b.yaml");
            assertThat(p.message()).isEqualTo("cannot read file: permission denied");
        });
    }

    @Test
    void aFileThatCouldNotBeReadStopsTheLoadBeforeItsAbsenceCascades() throws Exception {
        // What an unreadable file leaves (the permission test above is skipped when run as root).
        dk.trinvis.internal.compiled.Problems problems = new dk.trinvis.internal.compiled.Problems();
        problems.error("TRV015", new dk.trinvis.model.Location("a.yaml", 1, 1),
                dk.trinvis.model.Phrase.of("files.unreadable", "denied"));
        List<dk.trinvis.internal.yaml.SourceFile> rest = List.of(new dk.trinvis.internal.yaml.SourceFile("b.yaml",
                Files.readString(MINIMAL).replaceFirst("(?s)kind: Area.*?---\n", "").getBytes(StandardCharsets.UTF_8)));
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> dk.trinvis.internal.yaml.RuleSetLoader.load(rest, problems));
        assertThat(e.problems()).extracting(Problem::message).containsExactly("cannot read file: permission denied");
    }

    @Test
    void utf16WithoutByteOrderMarkIsReportedAsUtf16(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("rules.yaml"), Files.readString(MINIMAL).getBytes(StandardCharsets.UTF_16LE));
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("file contains a NUL character");
            assertThat(p.hint()).contains("UTF-16");
            assertThat(p.hint()).doesNotContain("alias");
        });
    }

    @Test
    void aC1ControlCharacterIsLocatedWhereItIs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), "kind: Area\nid: x\ntitle: {da: \"B\u0085n\"}\n");
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("control character U+0085");
            assertThat(p.location().line()).isEqualTo(3);
            assertThat(p.location().column()).isEqualTo(15);
        });
    }

    @Test
    void aHundredThousandSeparatorLinesFinishWithProblems(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), "--- x\n".repeat(100_000));
        List<Problem> problems = problems(dir);
        assertThat(problems).hasSize(dk.trinvis.internal.compiled.Problems.MAX_LISTED + 2)
                .anySatisfy(p -> assertThat(p.message()).endsWith("more problems from here on are not listed"))
                .anySatisfy(p -> assertThat(p.message()).isEqualTo("more than 20000 documents in the rule set"));
    }

    @Test
    void aRuleSetLargerThanTheTotalLimitIsRefusedBeforeParsing(@TempDir Path dir) throws Exception {
        String big = "kind: Area\nid: a%d\ntitle: {da: \"" + "x".repeat(2_900_000) + "\"}\n";
        for (int i = 0; i < 4; i++) {
            Files.writeString(dir.resolve("f" + i + ".yaml"), big.formatted(i));
        }
        assertThat(problems(dir)).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TRV002");
            assertThat(p.message()).contains("MiB");
        });
    }

    @Test
    void aLinkThatIsNotAWebAddressIsALoadError(@TempDir Path dir) throws Exception {
        withGuide(dir, """
                links:
                  - {url: "ftp://files.example/x", text: {da: X}}
                steps:
                  - {id: a, title: {da: A}}
                """);
        assertThat(problems(dir)).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("'ftp://files.example/x' is a ftp: link"));
    }

    @Test
    void aDeeplyNestedOrHugeMarkdownBodyIsALocatedProblem(@TempDir Path dir) throws Exception {
        withGuide(dir, """
                steps:
                  - {id: a, title: {da: A}, body: {da: "%s"}}
                  - {id: b, title: {da: B}, body: {da: "%s"}}
                  - {id: c, title: {da: C}, body: {da: "%s"}}
                """.formatted("> ".repeat(100), "<a ".repeat(200_000), "*".repeat(400) + "a" + "*".repeat(400)));
        assertThat(problems(dir)).extracting(Problem::message).containsExactly(
                "Markdown is nested 13 levels deep, more than the 12 allowed",
                "Markdown text is 600000 characters, more than the 8000 allowed",
                "Markdown has a run of 400 '*' or '_', more than the 100 allowed");
    }

    static Stream<Arguments> oneMistake() {
        return Stream.of(
                Arguments.of("a fact whose min is above its max", "min: 0, max: 130", "min: 10, max: 5",
                        "fact 'age' has min 10 above max 5"),
                Arguments.of("65 nested parentheses, reported once", "not citizen.hasMitID and citizen.age >= 15",
                        "(".repeat(65) + "citizen.hasMitID" + ")".repeat(65), "expression nests too deeply"),
                Arguments.of("Arabic-Indic digits as a whole number", "min: 0,", "min: \"\u0661\u0660\",",
                        "expected a whole number but found '\u0661\u0660'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneMistake")
    void oneMistakeIsOneLocatedProblem(String name, String text, String replacement, String message,
                                       @TempDir Path dir) throws Exception {
        assertThat(onlyProblem(dir, text, replacement).message()).isEqualTo(message);
    }

    @Test
    void overlappingPeriodsAreFoundInAnyOrder(@TempDir Path dir) throws Exception {
        replaceMandatoryPeriod(dir, """
                  - {from: 2020-01-01, to: 2022-01-01, basis: a}
                  - {from: 2010-01-01, to: 2015-01-01, basis: b}
                  - {to: 2005-01-01, basis: c}
                  - {from: 2014-01-01, to: 2016-01-01, basis: d}
                  - {from: 2004-01-01, to: 2006-01-01, basis: e}
                  - {from: 2016-01-01, to: 2020-01-01, basis: f}
                """);
        assertThat(problems(dir)).extracting(p -> p.location().line() + " " + p.message()).containsExactly(
                "19 mandatory-digital period of 'flytning' overlaps the one at rules.yaml:17:5",
                "20 mandatory-digital period of 'flytning' overlaps the one at rules.yaml:18:5");
    }

    @Test
    void fortyThousandPeriodsAreCheckedWithoutComparingEveryPair(@TempDir Path dir) throws Exception {
        StringBuilder periods = new StringBuilder();
        java.time.LocalDate day = java.time.LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 40_000; i++) {
            periods.append("  - {from: ").append(day).append(", to: ").append(day = day.plusDays(1)).append(", basis: x}\n");
        }
        replaceMandatoryPeriod(dir, periods.toString());
        // Guards a hang only (every pair took seconds, growing with the square); not a performance assert.
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> RuleSet.load(dir)).model().services())
                .containsKey("flytning");
    }

    private static void replaceMandatoryPeriod(Path dir, String periods) throws Exception {
        String text = Files.readString(MINIMAL);
        int from = text.indexOf("  - from: 2012-12-01");
        int to = text.indexOf("---", from);
        Files.writeString(dir.resolve("rules.yaml"), text.substring(0, from) + periods + text.substring(to));
    }

    /** The one problem of the minimal rule set with a piece of its text replaced. */
    private static Problem onlyProblem(Path dir, String text, String replacement) throws Exception {
        Files.writeString(dir.resolve("rules.yaml"), Files.readString(MINIMAL).replace(text, replacement));
        List<Problem> problems = problems(dir);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }
}
