package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loading: the bundled set, and the national-scale generated set ({@link GeneratedRuleSet}:
 * 1,000 services with guides, 50 grounds, 98 municipalities with dated help offers).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LoadBenchmark {
    Path generated;

    @Setup
    public void setUp() throws IOException {
        generated = Files.createTempDirectory("trinvis-bench");
        GeneratedRuleSet.write(generated);
        System.out.println(GeneratedRuleSet.describe(RuleSet.load(generated).model()));
    }

    @Benchmark
    public RuleSet bundled() {
        return RuleSet.bundled();
    }

    @Benchmark
    public RuleSet generated1000Services() {
        return RuleSet.load(generated);
    }
}
