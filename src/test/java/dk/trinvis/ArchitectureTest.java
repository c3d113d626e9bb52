package dk.trinvis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package graph, as jdeps reads it from the compiled classes: layers hold and nothing cycles. */
class ArchitectureTest {
    private static final Pattern ARROW = Pattern.compile("^\\s+(dk\\.trinvis[\\w.]*)\\s+->\\s+(dk\\.trinvis[\\w.]*)\\s");
    private static final String ROOT = "dk.trinvis";

    /** Package to the packages of Trinvis it depends on. */
    private static Map<String, Set<String>> graph;
    /** The library's compiled classes. */
    private static Path classes;

    @BeforeAll
    static void readGraph(@TempDir Path copy) throws IOException, URISyntaxException {
        classes = Path.of(RuleSet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        // jdeps would resolve module-info's requires; the package graph needs only the classes.
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")
                    && !p.getFileName().toString().equals("module-info.class")).toList()) {
                Path target = copy.resolve(classes.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        StringWriter out = new StringWriter();
        int rc = ToolProvider.findFirst("jdeps").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "-verbose:package", "-e", "dk\\.trinvis.*", copy.toString());
        assertThat(rc).as(out.toString()).isZero();
        graph = new TreeMap<>();
        for (String line : out.toString().split("\n")) {
            Matcher m = ARROW.matcher(line);
            if (m.find() && !m.group(1).equals(m.group(2))) {
                graph.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
            }
        }
        // The import listing, for a reviewer: target/package-graph.txt.
        Files.writeString(classes.resolveSibling("package-graph.txt"), graph.entrySet().stream()
                .map(e -> e.getKey() + " -> " + String.join(", ", e.getValue())).collect(Collectors.joining("\n", "", "\n")));
    }

    @Test
    void jdepsSeesTheWholeLibrary() {
        assertThat(graph).containsKeys(ROOT, ROOT + ".internal.decide", ROOT + ".internal.yaml", ROOT + ".check", ROOT + ".internal.cli");
    }

    @Test
    void onlyTheLoaderItselfAndItsUsersAtTheTopImportTheLoader() {
        for (String p : List.of("internal.expr", "internal.decide", "render", "check", "model", "internal.compiled", "internal.hours", "internal.util")) {
            assertThat(graph.getOrDefault(ROOT + "." + p, Set.of())).as(p + " imports").doesNotContain(ROOT + ".internal.yaml");
        }
    }

    @Test
    void theHelperLeafImportsNothingElseOfTrinvis() {
        assertThat(graph.getOrDefault(ROOT + ".internal.util", Set.of())).isEmpty();
    }

    @Test
    void theExportedModelImportsNoOtherPackageButTheLeaf() {
        assertThat(graph.getOrDefault(ROOT + ".model", Set.of())).containsOnly(ROOT + ".internal.util");
    }

    @Test
    void noPackagesDependOnEachOtherInACycle() {
        List<List<String>> cycles = new ArrayList<>();
        for (String start : graph.keySet()) {
            cycle(start, start, new ArrayList<>(List.of(start)), new HashSet<>(), cycles);
        }
        assertThat(cycles).isEmpty();
    }

    @Test
    void theModuleExportsExactlyTheFourApiPackages() throws IOException {
        try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertThat(module.name()).isEqualTo("dk.trinvis");
            assertThat(module.exports()).allMatch(e -> !e.isQualified())
                    .extracting(ModuleDescriptor.Exports::source)
                    .containsExactlyInAnyOrder(ROOT, ROOT + ".model", ROOT + ".render", ROOT + ".check");
        }
    }

    private static void cycle(String start, String at, List<String> path, Set<String> seen, List<List<String>> out) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> found = new ArrayList<>(path);
                found.add(start);
                out.add(found);
            } else if (seen.add(next)) {
                path.add(next);
                cycle(start, next, path, seen, out);
                path.remove(path.size() - 1);
            }
        }
    }
}
