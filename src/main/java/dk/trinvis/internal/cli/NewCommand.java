package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.internal.yaml.LayerStack;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trinvis new --municipality CODE DIR}: a municipality's own folder to start from. A new or
 * empty folder becomes a layer on the bundled rule set (or {@code --base}); a folder that holds a
 * rule set gets the municipality's folder inside it.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a municipality's own folder: in a new or empty DIR a layer on the bundled rule set "
                + "(kind: Layer), else a folder inside the rule set in DIR; with its Municipality and "
                + "borgerservice (if missing), an example overlay and tests that pass.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:folder written and the rule set still loads", "1:the rule set does not load",
                "2:usage error"})
final class NewCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "A new or empty folder for a layer, or the rule-set "
            + "folder the local folder goes into (or --rules DIR).")
    @Nullable Path path;

    @Mixin
    RuleSetOption option;

    @Option(names = "--municipality", required = true, paramLabel = "CODE", description = "The 4-digit code, e.g. 0167.")
    String code;

    @Option(names = "--name", paramLabel = "NAME", description = "The municipality's name, when the rule set lacks it.")
    @Nullable String name;

    @Option(names = "--service", paramLabel = "ID", description = "The service whose national guide to extend; "
            + "default: the first service with a guide.")
    @Nullable String service;

    @Option(names = "--base", paramLabel = "DIR", defaultValue = LayerStack.BUNDLED, description = "For a new layer "
            + "(an empty or new folder): the rule set it goes on, a folder or 'bundled' (default: ${DEFAULT-VALUE}).")
    String base;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Language language = lang.language();
        Path rules = option.folder(path, language);
        if (rules == null) {
            throw new UsageException(Phrase.text(language, "cli.new.noFolder", code));
        }
        boolean layer = empty(rules);
        Map<String, String> files;
        try {
            LocalDate today = LocalDate.now(Clock.systemDefaultZone());
            files = layer ? Scaffold.layer(base(language), written(rules), code, name, service, today, language)
                    : Scaffold.files(RuleSetOption.load(rules, language).model(), code, name, service, today, language);
        } catch (IllegalArgumentException e) {
            throw new UsageException(Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
        for (String file : files.keySet()) {
            if (Files.exists(rules.resolve(file))) {
                throw new UsageException(Phrase.text(language, "cli.new.exists", rules.resolve(file)));
            }
        }
        List<Path> written = new ArrayList<>();
        Path folder = rules.resolve(files.keySet().iterator().next()).getParent();
        boolean newFolder = !Files.exists(folder);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = rules.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            written.add(target);
            out.println(Phrase.text(language, "cli.new.wrote", target));
        }
        try {
            RuleSet.load(rules);
        } catch (RuleSetException e) {
            e.problems().forEach(p -> out.println(p.format(rules.toString(), language)));
            // What does not load is not left behind to break the editor's next check.
            for (Path p : written) {
                Files.deleteIfExists(p);
            }
            if (newFolder) {
                Files.deleteIfExists(folder);
            }
            out.println(Phrase.text(language, "cli.new.removed", written.size()));
            return ExitCode.SOFTWARE;
        }
        out.println(layer ? Phrase.text(language, "cli.new.nextLayer", rules)
                : Phrase.text(language, "cli.new.next", rules, code));
        return ExitCode.OK;
    }

    /** Whether the folder is new or holds no rule files: then it becomes a layer of its own. */
    private static boolean empty(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false; // the usual usage error says what is wrong
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.noneMatch(p -> Files.isRegularFile(p) && p.getFileName().toString().matches("(?i).*\\.ya?ml"));
        }
    }

    private RuleSet base(Language language) {
        return base.equals(LayerStack.BUNDLED) ? RuleSet.bundled() : RuleSetOption.load(Path.of(base), language);
    }

    /** What the layer's {@code base:} says: {@code bundled}, or the base's path from the layer's folder. */
    private String written(Path layer) {
        if (base.equals(LayerStack.BUNDLED)) {
            return base;
        }
        return layer.toAbsolutePath().normalize().relativize(Path.of(base).toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }
}
