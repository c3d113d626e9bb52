package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Effect;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
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
 * The same decision — requirement, channel and strongest alternative for a service,
 * municipality, moment and citizen — made six ways over {@link Requests#COUNT} varied requests:
 * Trinvis with and without the explanation, hand-written Java, and Camunda DMN 7 on tables
 * generated from the same rule set (today's naive tables, and an expert's tables with the
 * default FEEL engine and with JUEL input entries). Setup checks that all agree on every
 * request before anything is measured. docs/benchmarks.md describes the tables.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DecideBenchmark {
    RuleSet rules;
    DecisionRequest[] requests;
    DecisionRequest[] lean;
    CamundaDecider naive;
    CamundaDecider feel;
    CamundaDecider juel;

    /** One counter per thread, so threads do not share a cache line. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int advance(int size) {
            int i = next;
            next = (i + 1) % size;
            return i;
        }
    }

    @Setup(Level.Trial)
    public void setUp() {
        rules = RuleSet.bundled();
        requests = Requests.all(rules.model());
        lean = Arrays.stream(requests).map(DecisionRequest::withoutExplanation).toArray(DecisionRequest[]::new);
        naive = new CamundaDecider.Naive(rules.model());
        feel = new CamundaDecider.Expert(rules.model(), ExpertTables.Dialect.FEEL);
        juel = new CamundaDecider.Expert(rules.model(), ExpertTables.Dialect.JUEL);
        System.out.println(Agreement.check(rules, requests, naive, feel, juel));
    }

    @Benchmark
    public Decision trinvis(Cursor cursor) {
        return rules.decide(requests[cursor.advance(requests.length)]);
    }

    /**
     * The full decision with every trace sentence read, as a caller that shows or logs the
     * explanation does: sentences that depend on the request are made on reading.
     */
    @Benchmark
    public int trinvisTraceRead(Cursor cursor) {
        int chars = 0;
        for (Decision.TraceEntry t : rules.decide(requests[cursor.advance(requests.length)]).trace()) {
            chars += t.text().length();
        }
        return chars;
    }

    @Benchmark
    public Decision trinvisWithoutExplanation(Cursor cursor) {
        return rules.decide(lean[cursor.advance(lean.length)]);
    }

    @Benchmark
    public Outcome handCoded(Cursor cursor) {
        return HandCoded.decide(requests[cursor.advance(requests.length)]);
    }

    @Benchmark
    public Outcome camundaNaive(Cursor cursor) {
        return naive.decide(requests[cursor.advance(requests.length)]);
    }

    @Benchmark
    public Outcome camundaDmn(Cursor cursor) {
        return feel.decide(requests[cursor.advance(requests.length)]);
    }

    @Benchmark
    public Outcome camundaJuel(Cursor cursor) {
        return juel.decide(requests[cursor.advance(requests.length)]);
    }

    /** The check that makes the comparison fair: every method gives every request the same answer. */
    static final class Agreement {
        private Agreement() {
        }

        /** Throws on the first disagreement; otherwise returns a summary of what the requests cover. */
        static String check(RuleSet rules, DecisionRequest[] requests, CamundaDecider naive, CamundaDecider feel,
                            CamundaDecider juel) {
            Map<String, Integer> covered = new TreeMap<>();
            for (int i = 0; i < requests.length; i++) {
                DecisionRequest r = requests[i];
                Outcome expected = HandCoded.decide(r);
                Decision full = rules.decide(r);
                Decision lean = rules.decide(r.withoutExplanation());
                boolean both = full.grounds().stream().anyMatch(g -> g.effect() == Effect.MUST_OFFER)
                        && full.grounds().stream().anyMatch(g -> g.effect() == Effect.RIGHT_ON_REQUEST);
                same(i, r, "trinvis", expected, Outcome.of(full));
                same(i, r, "trinvisWithoutExplanation", expected, Outcome.of(lean));
                same(i, r, "camundaNaive", expected, naive.decide(r));
                same(i, r, "camundaDmn", expected, feel.decide(r));
                same(i, r, "camundaJuel", expected, juel.decide(r));
                covered.merge(expected.requirement(), 1, Integer::sum);
                covered.merge("channel " + expected.channel(), 1, Integer::sum);
                covered.merge("alternative " + expected.alternative(), 1, Integer::sum);
                if (both) {
                    covered.merge("must-offer and right-on-request both matched", 1, Integer::sum);
                }
            }
            return "All six agree on all " + requests.length + " requests; they cover " + covered;
        }

        private static void same(int i, DecisionRequest r, String method, Outcome expected, Outcome actual) {
            if (!expected.equals(actual)) {
                throw new IllegalStateException("request " + i + " (" + r.service() + ", " + r.municipality() + ", "
                        + r.at() + ", " + r.facts() + "): handCoded says " + expected + ", " + method + " says "
                        + actual);
            }
        }
    }
}
