package dk.trinvis.bench;

import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.RuleSet;
import dk.trinvis.util.CopenhagenTime;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The same decision — requirement and strongest exemption effect for a service, municipality,
 * day and a few facts — made three ways: Trinvis on the bundled rule set (which also ranks help,
 * lists missing facts and writes the trace), Camunda DMN 7 on decision tables generated from the
 * same rule set, and hand-written Java.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DecideBenchmark {
    RuleSet rules;
    DmnEngine dmn;
    DmnDecision requirementTable;
    DmnDecision alternativeTable;
    DecisionRequest[] requests;
    DecisionRequest[] lean;
    Map<String, Object>[] variables;

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
    @SuppressWarnings("unchecked")
    public void setUp() {
        rules = RuleSet.bundled();
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        String xml = CamundaTables.dmn(rules.model());
        List<DmnDecision> decisions = dmn.parseDecisions(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        requirementTable = decisions.stream().filter(d -> d.getKey().equals("requirement")).findFirst().orElseThrow();
        alternativeTable = decisions.stream().filter(d -> d.getKey().equals("alternative")).findFirst().orElseThrow();
        requests = Requests.ALL;
        lean = java.util.Arrays.stream(requests).map(DecisionRequest::withoutExplanation).toArray(DecisionRequest[]::new);
        variables = new Map[requests.length];
        for (int i = 0; i < requests.length; i++) {
            DecisionRequest r = requests[i];
            Map<String, Object> v = new HashMap<>();
            v.put("service", r.service());
            v.put("municipality", r.municipality());
            v.put("area", rules.model().services().get(r.service()).area());
            v.put("day", r.at().atZone(CopenhagenTime.ZONE).toLocalDate());
            for (Fact f : rules.model().facts().values()) {
                if (f.type() == FactType.BOOLEAN) {
                    v.put(f.id(), r.facts().getOrDefault(f.id(), Boolean.FALSE));
                }
            }
            variables[i] = v;
        }
        for (int i = 0; i < requests.length; i++) {
            String viaTrinvis = trinvis(i);
            String viaDmn = camunda(i);
            String viaJava = HandCoded.decide(requests[i]);
            if (!viaTrinvis.equals(viaDmn) || !viaTrinvis.equals(viaJava)) {
                throw new IllegalStateException("the three disagree on request " + i + ": " + viaTrinvis + " / "
                        + viaDmn + " / " + viaJava);
            }
        }
    }

    private String trinvis(int i) {
        Decision d = rules.decide(requests[i]);
        return d.requirement().value() + "/" + d.alternative().value();
    }

    private String camunda(int i) {
        String requirement = dmn.evaluateDecisionTable(requirementTable, variables[i]).getSingleResult().getSingleEntry();
        DmnDecisionTableResult effects = dmn.evaluateDecisionTable(alternativeTable, variables[i]);
        String best = "none";
        for (Object effect : effects.collectEntries("effect")) {
            if (rank((String) effect) > rank(best)) {
                best = (String) effect;
            }
        }
        return requirement + "/" + best;
    }

    private static int rank(String effect) {
        return switch (effect) {
            case "right-on-request" -> 3;
            case "must-offer" -> 2;
            case "may-accept" -> 1;
            default -> 0;
        };
    }

    @Benchmark
    public Decision trinvis(Cursor cursor) {
        return rules.decide(requests[cursor.advance(requests.length)]);
    }

    @Benchmark
    public Decision trinvisWithoutExplanation(Cursor cursor) {
        return rules.decide(lean[cursor.advance(lean.length)]);
    }

    @Benchmark
    public void camundaDmn(Cursor cursor, Blackhole bh) {
        bh.consume(camunda(cursor.advance(requests.length)));
    }

    @Benchmark
    public String handCoded(Cursor cursor) {
        return HandCoded.decide(requests[cursor.advance(requests.length)]);
    }
}
