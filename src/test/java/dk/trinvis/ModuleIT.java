package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The packaged jar works as the module {@code dk.trinvis} on the module path: the bundled rule
 * set is found inside it, Jackson may write its records, picocli may fill its commands.
 */
class ModuleIT {

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static String modulePath() throws IOException, URISyntaxException {
        Path library;
        try (Stream<Path> jars = Files.list(Path.of("target"))) {
            library = jars.filter(p -> p.getFileName().toString().matches("trinvis-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElseThrow();
        }
        List<Path> path = new ArrayList<>(List.of(library));
        for (Class<?> type : List.of(ObjectMapper.class, JsonFactory.class, JsonInclude.class, Yaml.class,
                Parser.class, CommandLine.class, org.eclipse.jetty.server.Server.class, org.eclipse.jetty.http.HttpField.class,
                org.eclipse.jetty.io.Content.class, org.eclipse.jetty.util.Callback.class, org.slf4j.Logger.class,
                org.eclipse.jetty.logging.JettyLogger.class)) {
            path.add(jarOf(type));
        }
        return path.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    private static String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath(), "--add-modules", "info.picocli", "-m", "dk.trinvis/dk.trinvis.internal.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void decidesWithTheBundledRuleSetAsANamedModule() throws Exception {
        assertThat(run("decide", "--service", "flytning", "--municipality", "0751", "--at", "2013-01-01T10:00",
                "--format", "json")).contains("\"requirement\" : \"mandatory-digital\"");
    }

    @Test
    void runsTheRuleSetTestsAsANamedModule() throws Exception {
        assertThat(run("test")).containsPattern("\\d+ passed, 0 failed");
    }

    @Test
    void servesAsANamedModuleWithJettysModules() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", modulePath(), "--add-modules", "info.picocli,org.eclipse.jetty.server",
                "-m", "dk.trinvis/dk.trinvis.internal.cli.Main", "serve", "--port", "0");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8)).readLine();
            assertThat(first).startsWith("event=start url=http://127.0.0.1:");
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
