package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Null-safety covers all of the library, as docs/architecture.md says: NullAway (pom.xml) checks
 * only null-marked code, so a package without {@code @NullMarked} on its package-info.java would
 * silently fall out of the check. Read from the sources, so a new package fails here at once.
 */
class NullMarkedTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern NULL_MARKED = Pattern.compile(
            "^@(org\\.jspecify\\.annotations\\.)?NullMarked\\s*\\R\\s*package\\s", Pattern.MULTILINE);
    private static final Pattern SUPPRESSION = Pattern.compile("@SuppressWarnings\\(\"NullAway\"\\)(.*)");

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        Set<Path> withSources = new TreeSet<>();
        Set<Path> withInfo = new TreeSet<>();
        for (Path f : javaFiles()) {
            if (!f.getFileName().toString().equals("module-info.java")) {
                withSources.add(f.getParent());
            }
            if (f.getFileName().toString().equals("package-info.java")) {
                withInfo.add(f.getParent());
            }
        }
        assertThat(withInfo).as("packages with a package-info.java").containsAll(withSources);
    }

    @Test
    void everyPackageIsNullMarked() throws IOException {
        List<Path> infos = javaFiles().stream()
                .filter(f -> f.getFileName().toString().equals("package-info.java")).toList();
        assertThat(infos).hasSizeGreaterThan(10);
        List<String> unmarked = infos.stream().filter(f -> !NULL_MARKED.matcher(read(f)).find())
                .map(f -> MAIN.relativize(f).toString()).toList();
        assertThat(unmarked).as("package-info.java files without @NullMarked on the package").isEmpty();
    }

    @Test
    void everyNullAwaySuppressionSaysWhyOnItsLine() throws IOException {
        for (Path f : javaFiles()) {
            read(f).lines().map(SUPPRESSION::matcher).filter(java.util.regex.Matcher::find).forEach(m ->
                    assertThat(m.group(1)).as("reason after @SuppressWarnings(\"NullAway\") in " + f).contains("//"));
        }
    }

    @Test
    void nullAwayRunsAsAnErrorOverTheMainSources() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(pom).contains("-Xep:NullAway:ERROR", "-XepOpt:NullAway:OnlyNullMarked=true");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
