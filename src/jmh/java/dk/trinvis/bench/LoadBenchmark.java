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

/** Loading: the bundled set, and a generated national-scale set of 1,000 services. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class LoadBenchmark {
    Path generated;

    @Setup
    public void setUp() throws IOException {
        generated = Files.createTempDirectory("trinvis-bench");
        GeneratedRuleSet.write(generated, 1000, 98, 10);
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
