package dk.trinvis.internal.cli;

import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.internal.preview.PreviewServer;
import dk.trinvis.model.RuleSetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trinvis preview [PATH] [--port N]}: a local preview that reloads on every saved edit. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Serve a local preview of decisions and guides on 127.0.0.1; reloads when files change.")
final class PreviewCommand implements Callable<Integer> {
    // Not the bundled set when absent: a preview reloads on edits, so it needs a folder to watch.
    @Option(names = "--rules", paramLabel = "DIR", description = "Rule-set folder (default: guides).")
    @Nullable Path rules;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Same as --rules, as older versions took it.")
    @Nullable Path path;

    @Option(names = "--layer", paramLabel = "DIR", description = "A layer folder (kind: Layer) to stack on the rule set, "
            + "e.g. your municipality's; repeat for more. Watched too.")
    List<Path> layers = new ArrayList<>();

    @Option(names = "--port", defaultValue = "8080", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
    int port;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language language = lang.language();
        Path folder = rules != null ? rules : path != null ? path : Path.of("guides");
        RuleSetOption.usable(folder, language);
        layers.forEach(l -> RuleSetOption.usable(l, language));
        PreviewServer started;
        try {
            started = PreviewServer.start(folder, layers, port);
        } catch (RuleSetException e) {
            throw LoadFailure.of(e, folder.toString(), language);
        }
        try (PreviewServer server = started) {
            spec.commandLine().getOut().println(Phrase.text(language, "cli.preview.start", folder, server.uri()));
            spec.commandLine().getOut().flush();
            new CountDownLatch(1).await();
        }
        return ExitCode.OK;
    }
}
