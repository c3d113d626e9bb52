package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * An application module that {@code requires dk.trinvis} compiles and runs on the module path with
 * only the library and its runtime dependencies: no JUnit (only {@code TrinvisTests} needs it, and
 * a team that calls it has JUnit already), no picocli.
 */
class ConsumerModuleIT {
    private static final String MODULE_INFO = "module app { requires dk.trinvis; }\n";
    private static final String MAIN = """
            package app;

            import dk.trinvis.RuleSet;
            import dk.trinvis.model.Decision;
            import dk.trinvis.model.DecisionRequest;
            import dk.trinvis.render.GuideFormat;
            import java.time.LocalDateTime;

            public class Main {
                public static void main(String[] args) {
                    RuleSet rules = RuleSet.bundled();
                    DecisionRequest request = DecisionRequest.of("flytning", "0751")
                            .at(LocalDateTime.parse("2013-01-02T10:00")).fact("hasMitID", true);
                    Decision d = rules.decide(request);
                    String html = GuideFormat.HTML.renderer().render(rules.guide(request));
                    System.out.println(d.requirement() + " " + d.channel() + " " + html.startsWith("<"));
                }
            }
            """;

    @Test
    void anApplicationModuleRequiringTrinvisCompilesAndRunsWithoutJUnit(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("app"));
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.writeString(src.resolve("app/Main.java"), MAIN);
        Path out = dir.resolve("out");
        String modulePath = modulePath();
        assertThat(modulePath).doesNotContain("junit").doesNotContain("picocli");

        StringWriter log = new StringWriter();
        int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(log), new PrintWriter(log),
                "-d", out.toString(), "--module-path", modulePath,
                src.resolve("module-info.java").toString(), src.resolve("app/Main.java").toString());
        assertThat(rc).as(log.toString()).isZero();

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", out + File.pathSeparator + modulePath, "-m", "app/app.Main")
                .redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(printed).isZero();
        assertThat(printed.strip()).isEqualTo("MANDATORY_DIGITAL SELF_SERVICE true");
    }

    /** The packaged library and the jars Maven gives a user of it at run time. */
    private static String modulePath() throws Exception {
        Path library;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            library = jars.filter(p -> p.getFileName().toString().matches("trinvis-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow();
        }
        List<Path> path = new ArrayList<>(List.of(library));
        for (Class<?> type : List.of(ObjectMapper.class, JsonFactory.class, JsonInclude.class, Yaml.class,
                Parser.class, NullMarked.class)) {
            path.add(jarOf(type));
        }
        return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
