package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Trinvis methods of {@link DecideBenchmark} on the national-scale generated set
 * ({@link GeneratedRuleSet}: 1,000 services with guides, 50 grounds, 98 municipalities with dated
 * help offers), over requests drawn as the bundled ones are: a rule set forty times larger
 * should decide about as fast, since a decision reads only its service's rules.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class GeneratedSetBenchmark extends TrinvisMethods {
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("trinvis-generated");
        GeneratedRuleSet.write(dir);
        RuleSet generated = RuleSet.load(dir);
        prepare(generated, Requests.drawn(generated.model()));
        System.out.println(GeneratedRuleSet.describe(generated.model()));
    }
}
