package dk.trinvis.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.trinvis.RuleSet;
import dk.trinvis.check.Replay;
import dk.trinvis.check.ReplayReport;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Fact;
import dk.trinvis.model.FactType;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Replay of an archive of 10,000 decisions on the bundled set (issue #25's goal: under 10 s), and
 * {@code affected} on the same archive against the same rule set. The archive is JSON Lines of
 * what {@code decide --format json} prints, with its trace, for random requests over every service
 * and municipality from 2012 to 2025; a third were decided without explanation, as portals do.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReplayBenchmark {
    @Param("10000")
    int decisions;

    RuleSet rules;
    String archive;

    @Setup
    public void setUp() throws IOException {
        rules = RuleSet.bundled();
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(25);
        List<String> services = List.copyOf(rules.model().services().keySet());
        List<String> municipalities = List.copyOf(rules.model().municipalities().keySet());
        List<String> facts = rules.model().facts().values().stream().filter(f -> f.type() == FactType.BOOLEAN)
                .map(Fact::id).toList();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < decisions; i++) {
            DecisionRequest r = DecisionRequest.of(services.get(random.nextInt(services.size())),
                    municipalities.get(random.nextInt(municipalities.size())))
                    .at(LocalDate.of(2012, 1, 1).plusDays(random.nextInt(14 * 365)).atTime(8 + random.nextInt(12), 0));
            for (String f : facts) {
                int roll = random.nextInt(6);
                if (roll < 2) {
                    r = r.fact(f, roll == 0);
                }
            }
            r = i % 3 == 2 ? r.withoutExplanation() : r;
            lines.append(json.readTree(rules.decide(r).toJson()).toString()).append('\n');
        }
        archive = lines.toString();
        ReplayReport check = Replay.replay(rules, new StringReader(archive));
        if (!check.allIdentical() || check.total() != decisions) {
            throw new IllegalStateException("the archive does not replay identically: " + check.results());
        }
    }

    @Benchmark
    public ReplayReport replay() throws IOException {
        return Replay.replay(rules, new StringReader(archive));
    }

    @Benchmark
    public ReplayReport affectedUnchanged() throws IOException {
        return Replay.affected(rules, rules, new StringReader(archive));
    }
}
