package dk.trinvis.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the JMH result files of {@code src/jmh/compare.sh} and prints, in Markdown, each method's
 * median and range over the runs, each ratio the goals of issue #30 name with its median and
 * min–max, and each goal met or not. A run is one JMH invocation (one fork of every method, run
 * back to back); ratios pair the two methods of the same run, so both saw the same machine.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dk.trinvis.bench.Ratios after-1.json after-2.json ...
 * [--before before-1.json ...]}.
 */
public final class Ratios {
    private static final String DECIDE = "DecideBenchmark.";
    private static final String GENERATED = "GeneratedSetBenchmark.";
    private static final String LOAD = "LoadBenchmark.";

    /** Score and allocation per method, one entry per run. */
    private final Map<String, List<double[]>> runs = new TreeMap<>();

    private Ratios() {
    }

    public static void main(String[] args) throws IOException {
        Ratios after = new Ratios();
        Ratios before = new Ratios();
        Ratios into = after;
        for (String a : args) {
            if (a.equals("--before")) {
                into = before;
            } else {
                into.read(Path.of(a));
            }
        }
        System.out.print(after.report(before));
    }

    private void read(Path file) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Files.readString(file));
        for (JsonNode r : results) {
            String name = r.get("benchmark").asText().replace("dk.trinvis.bench.", "");
            double score = r.get("primaryMetric").get("score").asDouble();
            JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
            runs.computeIfAbsent(name, k -> new ArrayList<>()).add(new double[] {score, norm.isMissingNode() ? Double.NaN
                    : norm.asDouble()});
        }
    }

    private String report(Ratios before) {
        StringBuilder out = new StringBuilder();
        out.append("| method | runs | median | min–max | B/op (median) |").append(before.runs.isEmpty() ? "" : " before: median | before/after |")
                .append("\n|---|---|---|---|---|").append(before.runs.isEmpty() ? "" : "---|---|").append('\n');
        for (Map.Entry<String, List<double[]>> e : runs.entrySet()) {
            double[] scores = column(e.getValue(), 0);
            String unit = e.getKey().startsWith(LOAD) ? " ms" : " ops/ms";
            out.append("| `").append(e.getKey()).append("` | ").append(scores.length).append(" | ")
                    .append(number(median(scores))).append(unit).append(" | ").append(number(min(scores))).append("–")
                    .append(number(max(scores))).append(" | ").append(bytes(median(column(e.getValue(), 1)))).append(" |");
            List<double[]> old = before.runs.get(e.getKey());
            if (!before.runs.isEmpty()) {
                if (old == null) {
                    out.append(" — | — |");
                } else {
                    double[] ratio = paired(old, e.getValue(), e.getKey().startsWith(LOAD));
                    out.append(' ').append(number(median(column(old, 0)))).append(" | ").append(range(ratio)).append(" |");
                }
            }
            out.append('\n');
        }
        out.append("\n| ratio | median | min–max | goal | met |\n|---|---|---|---|---|\n");
        goal(out, "lean ÷ camundaJuel (× faster)", faster("trinvisLean", "camundaJuel"), ">= 40", 40, true);
        goal(out, "handCoded ÷ lean (× slower)", faster("handCoded", "trinvisLean"), "<= 3", 3, false);
        goal(out, "full, every sentence read ÷ camundaJuel", faster("trinvisFullRead", "camundaJuel"), ">= 10", 10, true);
        goal(out, "served JSON ÷ camundaJuel", faster("trinvisServedJson", "camundaJuel"), ">= 5", 5, true);
        goal(out, "full, sentences unread ÷ camundaJuel", faster("trinvisFull", "camundaJuel"), "—", Double.NaN, true);
        goal(out, "lean ÷ camundaJuelTwoTables", faster("trinvisLean", "camundaJuelTwoTables"), "—", Double.NaN, true);
        goal(out, "lean prebuilt request ÷ lean", faster("trinvisLeanPrebuiltRequest", "trinvisLean"), "—", Double.NaN, true);
        for (String m : List.of("trinvisLean", "trinvisFull", "trinvisFullRead", "trinvisServedJson")) {
            goal(out, "generated set ÷ bundled set, " + m, ratio(GENERATED + m, DECIDE + m), ">= 0.8", 0.8, true);
        }
        out.append("\n| allocation | median B/op | goal | met |\n|---|---|---|---|\n");
        allocation(out, DECIDE + "trinvisLean", 600);
        allocation(out, DECIDE + "trinvisFullRead", 3 * 1024);
        allocation(out, DECIDE + "trinvisServedJson", 4 * 1024);
        allocation(out, LOAD + "generated1000Services", 200 * 1024 * 1024);
        List<double[]> load = runs.get(LOAD + "generated1000Services");
        if (load != null) {
            double ms = median(column(load, 0));
            out.append("\nGenerated set load: ").append(number(ms)).append(" ms median (goal < 1,000 ms: ")
                    .append(ms < 1000 ? "met" : "not met").append(").\n");
        }
        return out.toString();
    }

    private double[] faster(String a, String b) {
        return ratio(DECIDE + a, DECIDE + b);
    }

    /** a ÷ b per run, pairing the i-th run of each. */
    private double[] ratio(String a, String b) {
        List<double[]> x = runs.get(a);
        List<double[]> y = runs.get(b);
        if (x == null || y == null) {
            return new double[0];
        }
        int n = Math.min(x.size(), y.size());
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = x.get(i)[0] / y.get(i)[0];
        }
        return out;
    }

    /** How many times faster after is than before, per run; for times (ms/op) the other way round. */
    private static double[] paired(List<double[]> before, List<double[]> after, boolean time) {
        int n = Math.min(before.size(), after.size());
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = time ? before.get(i)[0] / after.get(i)[0] : after.get(i)[0] / before.get(i)[0];
        }
        return out;
    }

    private static void goal(StringBuilder out, String name, double[] ratio, String goal, double bound, boolean atLeast) {
        if (ratio.length == 0) {
            out.append("| ").append(name).append(" | not run | | ").append(goal).append(" | |\n");
            return;
        }
        double m = median(ratio);
        String met = Double.isNaN(bound) ? "—" : (atLeast ? min(ratio) >= bound : max(ratio) <= bound) ? "met in every run"
                : (atLeast ? m >= bound : m <= bound) ? "met by the median only" : "not met";
        out.append("| ").append(name).append(" | ").append(String.format(Locale.ROOT, "%.2f×", m)).append(" | ")
                .append(range(ratio)).append(" | ").append(goal).append(" | ").append(met).append(" |\n");
    }

    private void allocation(StringBuilder out, String method, double bound) {
        List<double[]> r = runs.get(method);
        if (r == null) {
            return;
        }
        double m = median(column(r, 1));
        out.append("| `").append(method).append("` | ").append(bytes(m)).append(" | < ").append(bytes(bound))
                .append(" | ").append(m < bound ? "met" : "not met").append(" |\n");
    }

    private static String range(double[] ratio) {
        return String.format(Locale.ROOT, "%.2f–%.2f×", min(ratio), max(ratio));
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }

    private static String number(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String bytes(double b) {
        if (Double.isNaN(b)) {
            return "—";
        }
        return b >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", b / 1024 / 1024)
                : b >= 1024 ? String.format(Locale.ROOT, "%.2f KB", b / 1024) : String.format(Locale.ROOT, "%.0f B", b);
    }
}
