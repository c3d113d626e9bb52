package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.internal.cli.Scaffold;
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
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trinvis new RULES --municipality CODE}: a municipality's local rule folder to start from. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a municipality's local rule folder inside a rule set: its Municipality and "
                + "borgerservice (if missing), an example overlay and tests that pass.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:folder written and the rule set still loads", "1:the rule set does not load",
                "2:usage error"})
final class NewCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "RULES", description = "The rule-set folder the local folder goes into "
            + "(or --rules RULES).")
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
        RuleSet before = RuleSetOption.load(rules, language);
        Map<String, String> files;
        try {
            files = Scaffold.files(before.model(), code, name, service, LocalDate.now(Clock.systemDefaultZone()), language);
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
        out.println(Phrase.text(language, "cli.new.next", rules, code));
        return ExitCode.OK;
    }
}
