package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The same decision — requirement, channel, strongest alternative and matched grounds for a
 * service, municipality, moment and citizen — made many ways over {@link Requests#COUNT} varied
 * requests on the bundled set: Trinvis ({@link TrinvisMethods}), hand-written Java, and Camunda
 * DMN 7 on tables generated from the same rule set (naive tables; an expert's tables with FEEL,
 * with JUEL, and with JUEL and the channel in Java). Every method starts from the same
 * {@link Input} inside the timed call. Setup checks that all agree on every request before
 * anything is measured. docs/benchmarks.md describes each method and the tables.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DecideBenchmark extends TrinvisMethods {
    CamundaDecider naive;
    CamundaDecider feel;
    CamundaDecider juel;
    CamundaDecider juelTwoTables;

    @Setup(Level.Trial)
    public void setUp() {
        RuleSet bundled = RuleSet.bundled();
        prepare(bundled, Requests.bundled(bundled.model()));
        naive = new CamundaDecider.Naive(bundled.model());
        feel = new CamundaDecider.Expert(bundled.model(), ExpertTables.Dialect.FEEL, true);
        juel = new CamundaDecider.Expert(bundled.model(), ExpertTables.Dialect.JUEL, true);
        juelTwoTables = new CamundaDecider.Expert(bundled.model(), ExpertTables.Dialect.JUEL, false);
        System.out.println(Agreement.check(rules, inputs, naive, feel, juel, juelTwoTables));
    }

    @Benchmark
    public HandCoded.Answer handCoded(Cursor cursor) {
        return HandCoded.decide(inputs[cursor.advance(inputs.length)]);
    }

    @Benchmark
    public Answer camundaNaive(Cursor cursor) {
        return naive.decide(inputs[cursor.advance(inputs.length)]);
    }

    @Benchmark
    public Answer camundaFeel(Cursor cursor) {
        return feel.decide(inputs[cursor.advance(inputs.length)]);
    }

    @Benchmark
    public Answer camundaJuel(Cursor cursor) {
        return juel.decide(inputs[cursor.advance(inputs.length)]);
    }

    @Benchmark
    public Answer camundaJuelTwoTables(Cursor cursor) {
        return juelTwoTables.decide(inputs[cursor.advance(inputs.length)]);
    }
}
