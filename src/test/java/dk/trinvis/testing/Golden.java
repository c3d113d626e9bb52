package dk.trinvis.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions. Run the build with {@code -Dtrinvis.golden=update} to rewrite the
 * files from the actual output; the diff in version control is then the review.
 */
public final class Golden {
    private Golden() {
    }

    /**
     * Asserts the text equals the golden file under src/test/resources, or rewrites it. The
     * engine version receipts carry names the build's commit, so it is written as {@code …}.
     */
    public static void assertMatches(String text, String resourcePath) {
        String actual = text.replaceAll("\"engineVersion\" ?: ?\"[^\"]*\"", "\"engineVersion\" : \"…\"");
        Path file = Path.of("src/test/resources").resolve(resourcePath);
        try {
            if ("update".equals(System.getProperty("trinvis.golden"))) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            assertThat(file).as("golden file %s (regenerate with -Dtrinvis.golden=update)", file).exists();
            assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the sub-folders of a test resource folder, sorted: one fixture each. */
    public static java.util.stream.Stream<String> fixtures(String folder) throws IOException {
        try (java.util.stream.Stream<Path> dirs = Files.list(resource(folder))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    /** The folder of a test resource on disk. */
    public static Path resource(String path) {
        return Path.of("src/test/resources").resolve(path);
    }
}
