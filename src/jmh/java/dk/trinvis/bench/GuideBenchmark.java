package dk.trinvis.bench;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.RuleSet;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.render.HtmlRenderer;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resolve the moving guide for a citizen and render it as the HTML fragment a portal embeds, and
 * each half alone: {@code resolve} is {@code RuleSet.guide} (the decision included),
 * {@code renderHtml} renders one guide resolved at setup. One renderer serves every call, as in a
 * portal, so its Markdown cache is warm.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class GuideBenchmark {
    RuleSet rules;
    DecisionRequest request;
    HtmlRenderer html;
    ResolvedGuide guide;

    @Setup
    public void setUp() {
        rules = RuleSet.bundled();
        request = DecisionRequest.of("flytning", "0751").at(LocalDateTime.parse("2024-04-08T20:30"))
                .fact("hasMitID", false).fact("needsHelp", true);
        html = new HtmlRenderer();
        guide = rules.guide(request);
    }

    @Benchmark
    public String resolveAndRenderHtml() {
        return html.render(rules.guide(request));
    }

    @Benchmark
    public ResolvedGuide resolve() {
        return rules.guide(request);
    }

    @Benchmark
    public String renderHtml() {
        return html.render(guide);
    }
}
