package dk.trinvis.internal.cli;

import dk.trinvis.internal.insight.EventLog;
import dk.trinvis.internal.serve.DecisionServer;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.internal.serve.ServerOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trinvis serve}: the HTTP decision service, until SIGTERM or Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve decisions, guides and the catalogue over HTTP (OpenAPI at /v1/openapi.json).")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "Rule-set folder, watched and reloaded on change (default: the bundled Danish set).")
    @Nullable Path rules;

    @Option(names = "--layer", paramLabel = "DIR", description = "A layer folder (kind: Layer) to stack on the rule set, "
            + "e.g. one municipality's; repeat for more. Watched and reloaded too.")
    List<Path> layers = new ArrayList<>();

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "16", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--require-tests", description = "With --rules or --layer: a rule set goes live, at start and on every reload, "
            + "only when its own kind: Test documents pass.")
    boolean requireTests;

    @Option(names = "--accept-removals", description = "With --rules or --layer: a reload may install a rule set that lost "
            + "documents, grounds, steps, tests or text (logged). Without it such a set is refused as a save in "
            + "progress; a release switched in by a link to another folder is always taken.")
    boolean acceptRemovals;

    @Option(names = "--request-time", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long a request, headers and body, may take to arrive (default: ${DEFAULT-VALUE}).")
    int requestSeconds;

    @Option(names = "--events", paramLabel = "FILE", description = "Append a decision event (no personal data) per "
            + "decision and guide to FILE as JSON Lines, rotated by size; '-' writes them to standard output and the "
            + "access log to standard error. See docs/insight.md.")
    String events;

    @Option(names = "--events-max-size", paramLabel = "SIZE", defaultValue = "64M", converter = Converters.ByteSize.class,
            description = "Rotate the events file at this size: bytes, or with K, M or G (default: ${DEFAULT-VALUE}).")
    long eventsMaxBytes;

    @Option(names = "--events-keep", paramLabel = "N", defaultValue = "0",
            description = "Keep this many rotated event files, deleting the oldest; 0 keeps all (default: ${DEFAULT-VALUE}).")
    int eventsKeep;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language language = lang.language();
        if (port < 0 || port > 65_535 || threads < 1 || requestSeconds < 1 || eventsKeep < 0) {
            throw new UsageException(Phrase.text(language, "cli.serve.limits"));
        }
        if (rules != null) {
            RuleSetOption.usable(rules, language);
        }
        layers.forEach(l -> RuleSetOption.usable(l, language));
        ServerOptions options = ServerOptions.defaults(port).listening(host, port, threads)
                .withRequestTime(Duration.ofSeconds(requestSeconds)).withReloadGuards(requireTests, acceptRemovals)
                .withLayers(layers);
        if (rules != null) {
            options = options.withRules(rules);
        }
        boolean eventsOnStdout = "-".equals(events);
        // Events on standard output leave it to them: the access log moves to standard error.
        PrintStream log = new PrintStream(eventsOnStdout ? System.err : System.out, true, StandardCharsets.UTF_8);
        EventLog eventLog = events == null ? null : eventsOnStdout ? EventLog.toStream(System.out, log)
                : EventLog.toFile(Path.of(events), eventsMaxBytes, eventsKeep, log);
        DecisionServer server;
        try {
            server = eventLog == null ? DecisionServer.start(options, log)
                    : DecisionServer.start(options, log, eventLog::accept);
        } catch (RuleSetException e) {
            if (eventLog != null) {
                eventLog.close();
            }
            throw LoadFailure.of(e, rules == null ? "" : rules.toString(), language);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (eventLog != null) {
                eventLog.close();
            }
        }, "trinvis-shutdown"));
        server.awaitClose();
        return ExitCode.OK;
    }
}
