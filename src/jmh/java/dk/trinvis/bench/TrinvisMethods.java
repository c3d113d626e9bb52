package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The ways Trinvis answers, each from an {@link Input} inside the timed call (the request is
 * built, its facts checked and sorted, as a caller must), over one rule set and its requests:
 * lean (no explanation), full (the explanation produced, not read), full with every sentence read,
 * the decision as served JSON, and — labelled apart — lean with the request built at setup.
 * {@link DecideBenchmark} runs them on the bundled set beside the baselines,
 * {@link GeneratedSetBenchmark} on a national-scale generated set.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public abstract class TrinvisMethods {
    RuleSet rules;
    Input[] inputs;
    /** The lean requests built at setup, for the one row that leaves request building out. */
    DecisionRequest[] prebuilt;
    final ServedJson served = new ServedJson();

    /** One counter and one response buffer per thread, so threads share neither. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
        final Sink sink = new Sink();

        int advance(int size) {
            int i = next;
            next = (i + 1) % size;
            return i;
        }
    }

    void prepare(RuleSet rules, Input[] inputs) {
        this.rules = rules;
        this.inputs = inputs;
        this.prebuilt = new DecisionRequest[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            prebuilt[i] = inputs[i].request(false);
        }
    }

    /** Requirement, channel, alternative, matched grounds, missing facts and receipt; no explanation. */
    @Benchmark
    public Decision trinvisLean(Cursor cursor) {
        return rules.decide(inputs[cursor.advance(inputs.length)].request(false));
    }

    /** As {@link #trinvisLean}, the request built at setup: what building it costs, by difference. */
    @Benchmark
    public Decision trinvisLeanPrebuiltRequest(Cursor cursor) {
        return rules.decide(prebuilt[cursor.advance(prebuilt.length)]);
    }

    /**
     * The full decision — trace, help list, reasons of the grounds that did not match — with the
     * sentences that depend on the request left unmade until read: nobody reads them here.
     */
    @Benchmark
    public Decision trinvisFull(Cursor cursor) {
        return rules.decide(inputs[cursor.advance(inputs.length)].request(true));
    }

    /** The full decision with every trace sentence and every reason read, as a portal showing it does. */
    @Benchmark
    public int trinvisFullRead(Cursor cursor) {
        return read(rules.decide(inputs[cursor.advance(inputs.length)].request(true)));
    }

    /**
     * The full decision as {@code POST /v1/decisions} answers it: written as compact JSON into a
     * reused response buffer (which reads every sentence).
     */
    @Benchmark
    public int trinvisServedJson(Cursor cursor) throws IOException {
        Decision decision = rules.decide(inputs[cursor.advance(inputs.length)].request(true));
        cursor.sink.reset();
        served.write(decision, cursor.sink);
        return cursor.sink.count();
    }

    /** The full decision as {@code Decision.toJson()}: pretty-printed through Jackson's object mapper. */
    @Benchmark
    public String trinvisToJson(Cursor cursor) {
        return rules.decide(inputs[cursor.advance(inputs.length)].request(true)).toJson();
    }

    /** Reads every sentence a portal shows: each trace entry's text and each considered ground's reason. */
    static int read(Decision decision) {
        int chars = 0;
        for (Decision.TraceEntry t : decision.trace()) {
            chars += t.text().length();
        }
        for (Decision.ConsideredGround g : decision.consideredGrounds()) {
            chars += g.reason().length();
        }
        return chars;
    }
}
