package dk.trinvis.bench;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.insight.Filter;
import dk.trinvis.internal.insight.Names;
import dk.trinvis.internal.insight.Report;
import dk.trinvis.internal.insight.ReportFormat;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code trinvis report} on a million events: read (plain or gzip), tallied and written as JSON
 * and as the HTML page, one shot per iteration. The events are real: the bundled rule set's
 * answers, through its listener, for every municipality and service over a year's hours (one in
 * ten an interview page), written once to the temporary folder and reused by later runs. Run
 * with {@code -jvmArgs -Xmx256m} to hold the report to the heap.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ReportBenchmark {
    @Param({"1000000"})
    int events;

    @Param({"plain", "gzip"})
    String file;

    Path path;
    Names names;

    @Setup
    public void setUp() throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "trinvis-report-bench");
        Files.createDirectories(dir);
        path = dir.resolve("events-" + events + (file.equals("gzip") ? ".jsonl.gz" : ".jsonl"));
        RuleSet rules = RuleSet.bundled();
        names = Names.of(rules.model());
        if (!Files.exists(path)) {
            Path partial = dir.resolve(path.getFileName() + ".partial");
            write(rules, partial, events, file.equals("gzip"));
            Files.move(partial, path);
        }
    }

    static void write(RuleSet bundled, Path target, int n, boolean gzip) throws IOException {
        OutputStream raw = Files.newOutputStream(target);
        try (Writer out = new BufferedWriter(new OutputStreamWriter(gzip ? new GZIPOutputStream(raw, 1 << 16) : raw,
                StandardCharsets.UTF_8), 1 << 16)) {
            RuleSet rules = bundled.withListener(e -> {
                try {
                    out.write(e.toJson());
                    out.write('\n');
                } catch (IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            });
            List<String> municipalities = new ArrayList<>(rules.model().municipalities().keySet());
            List<String> services = new ArrayList<>(rules.model().services().keySet());
            String[] facts = {"hasMitID", "cognitiveImpairment", "languageBarrier", "lacksDigitalSkills", "needsHelp", "digitalPostExempt"};
            Random random = new Random(29);
            for (int i = 0; i < n; i++) {
                LocalDateTime at = LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(random.nextInt(366 * 24)).plusMinutes(random.nextInt(60));
                DecisionRequest request = DecisionRequest.of(services.get(random.nextInt(services.size())),
                        municipalities.get(random.nextInt(municipalities.size()))).at(at);
                for (String fact : facts) {
                    int r = random.nextInt(10);
                    if (r < 6) {
                        request = request.fact(fact, fact.equals("hasMitID") ? r < 5 : r == 0);
                    }
                }
                if (i % 10 == 0) {
                    rules.interview(request);
                } else {
                    rules.decide(request);
                }
            }
        }
    }

    @Benchmark
    public Report read() {
        return Report.read(List.of(path.toString()), new ByteArrayInputStream(new byte[0]), Filter.ALL, 0.8);
    }

    @Benchmark
    public String readAndWriteJson() {
        return ReportFormat.JSON.render(read(), names, Language.EN, null);
    }

    @Benchmark
    public String readAndWriteHtml() {
        return ReportFormat.HTML.render(read(), names, Language.DA, null);
    }
}
