package dk.trinvis.internal.serve;

import dk.trinvis.model.Channel;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionEvent;
import dk.trinvis.model.Effect;
import dk.trinvis.model.Requirement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counters and a latency histogram in the Prometheus text format (version 0.0.4). Labels are
 * routes, statuses and rule-set ids only: no fact value ever becomes a label. Thread-safe.
 */
final class Metrics {
    /** Upper bounds in seconds: fine steps below 10 ms, where a decision should be. */
    private static final double[] BUCKETS = {0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5};

    private final Map<String, LongAdder> decisions = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final LongAdder reloadsOk = new LongAdder();
    private final LongAdder reloadsFailed = new LongAdder();
    private final Supplier<String> ruleSetHash;
    /** By source × requirement × channel (none while unavailable first) × alternative: every label an enum value. */
    private final LongAdder[] outcomes = adders(SOURCES.length * REQUIREMENTS.length * (CHANNELS.length + 1) * EFFECTS.length);
    /** By channel (none first) × the best state of the help listed: open, unknown, closed, none listed. */
    private final LongAdder[] helpStates = adders((CHANNELS.length + 1) * HELP_STATES.length);

    private static final DecisionEvent.Source[] SOURCES = DecisionEvent.Source.values();
    private static final Requirement[] REQUIREMENTS = Requirement.values();
    private static final Channel[] CHANNELS = Channel.values();
    private static final Effect[] EFFECTS = Effect.values();
    private static final String[] HELP_STATES = {"open", "unknown", "closed", "none"};

    Metrics(Supplier<String> ruleSetHash) {
        this.ruleSetHash = ruleSetHash;
    }

    void decided(Decision d) {
        String key = "service=\"" + escape(d.service()) + "\",requirement=\"" + d.requirement().value()
                + "\",channel=\"" + (d.channel() == null ? "none" : d.channel().value()) + "\"";
        decisions.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Counts an answer by its outcome and by the state of the help it lists. */
    void observed(DecisionEvent e) {
        int channel = e.channel() == null ? 0 : e.channel().ordinal() + 1;
        outcomes[((e.source().ordinal() * REQUIREMENTS.length + e.requirement().ordinal()) * (CHANNELS.length + 1) + channel)
                * EFFECTS.length + e.alternative().ordinal()].increment();
        if (e.help() != null) {
            helpStates[channel * HELP_STATES.length + bestHelp(e.help())].increment();
        }
    }

    /** The most useful state among the offers listed: open before unknown before closed; "none" when none is listed. */
    private static int bestHelp(java.util.List<DecisionEvent.HelpState> help) {
        int best = 3;
        for (DecisionEvent.HelpState h : help) {
            best = Math.min(best, switch (h.state()) {
                case OPEN -> 0;
                case UNKNOWN -> 1;
                case CLOSED -> 2;
            });
        }
        return best;
    }

    private static LongAdder[] adders(int n) {
        LongAdder[] a = new LongAdder[n];
        for (int i = 0; i < n; i++) {
            a[i] = new LongAdder();
        }
        return a;
    }

    private static String channel(int index) {
        return index == 0 ? "none" : CHANNELS[index - 1].value();
    }

    private void renderOutcomes(StringBuilder b) {
        header(b, "trinvis_decision_outcomes_total", "counter",
                "Answers (decisions and guides) by source, requirement, channel and alternative.");
        int i = 0;
        for (DecisionEvent.Source source : SOURCES) {
            for (Requirement r : REQUIREMENTS) {
                for (int c = 0; c <= CHANNELS.length; c++) {
                    for (Effect a : EFFECTS) {
                        long n = outcomes[i++].sum();
                        if (n > 0) {
                            b.append("trinvis_decision_outcomes_total{source=\"").append(source.value()).append("\",requirement=\"")
                                    .append(r.value()).append("\",channel=\"").append(channel(c)).append("\",alternative=\"")
                                    .append(a.value()).append("\"} ").append(n).append('\n');
                        }
                    }
                }
            }
        }
        header(b, "trinvis_decision_help_total", "counter",
                "Answers by channel and the best state of the help they list: open, unknown (hours not known), closed, none listed.");
        i = 0;
        for (int c = 0; c <= CHANNELS.length; c++) {
            for (String state : HELP_STATES) {
                long n = helpStates[i++].sum();
                if (n > 0) {
                    b.append("trinvis_decision_help_total{channel=\"").append(channel(c)).append("\",state=\"").append(state)
                            .append("\"} ").append(n).append('\n');
                }
            }
        }
    }

    void answered(String route, String method, int status, long nanos) {
        requests.computeIfAbsent("route=\"" + escape(route) + "\",method=\"" + escape(method) + "\",status=\"" + status + "\"",
                k -> new LongAdder()).increment();
        latency.computeIfAbsent(route, k -> new Histogram()).observe(nanos / 1e9);
    }

    void reloaded(boolean ok) {
        (ok ? reloadsOk : reloadsFailed).increment();
    }

    String render() {
        StringBuilder b = new StringBuilder();
        header(b, "trinvis_decisions_total", "counter", "Decisions answered by POST /v1/decisions, by service, requirement and channel.");
        new TreeMap<>(decisions).forEach((k, v) -> b.append("trinvis_decisions_total{").append(k).append("} ").append(v.sum()).append('\n'));
        renderOutcomes(b);
        header(b, "trinvis_http_requests_total", "counter", "HTTP requests answered, by route, method and status.");
        new TreeMap<>(requests).forEach((k, v) -> b.append("trinvis_http_requests_total{").append(k).append("} ").append(v.sum()).append('\n'));
        header(b, "trinvis_http_request_duration_seconds", "histogram", "Time from request to response ready to write, by route.");
        new TreeMap<>(latency).forEach((route, h) -> h.render(b, "route=\"" + escape(route) + "\""));
        header(b, "trinvis_rule_reloads_total", "counter", "Reloads of the watched rule-set folder, by result.");
        b.append("trinvis_rule_reloads_total{result=\"ok\"} ").append(reloadsOk.sum()).append('\n');
        b.append("trinvis_rule_reloads_total{result=\"failed\"} ").append(reloadsFailed.sum()).append('\n');
        header(b, "trinvis_rule_set_info", "gauge", "The rule set being served, by its SHA-256 content hash.");
        b.append("trinvis_rule_set_info{hash=\"").append(escape(ruleSetHash.get())).append("\"} 1\n");
        return b.toString();
    }

    private static void header(StringBuilder b, String name, String type, String help) {
        b.append("# HELP ").append(name).append(' ').append(help).append('\n');
        b.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Cumulative buckets, as Prometheus expects them. */
    private static final class Histogram {
        private final LongAdder[] counts = new LongAdder[BUCKETS.length];
        private final LongAdder count = new LongAdder();
        private final java.util.concurrent.atomic.DoubleAdder sum = new java.util.concurrent.atomic.DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) {
                counts[i] = new LongAdder();
            }
        }

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts[i].increment();
                    break;
                }
            }
            count.increment();
            sum.add(seconds);
        }

        void render(StringBuilder b, String labels) {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += counts[i].sum();
                b.append("trinvis_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
                        .append(java.math.BigDecimal.valueOf(BUCKETS[i]).toPlainString()).append("\"} ").append(cumulative).append('\n');
            }
            long n = count.sum();
            b.append("trinvis_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ").append(n).append('\n');
            b.append("trinvis_http_request_duration_seconds_sum{").append(labels).append("} ").append(sum.sum()).append('\n');
            b.append("trinvis_http_request_duration_seconds_count{").append(labels).append("} ").append(n).append('\n');
        }
    }
}
