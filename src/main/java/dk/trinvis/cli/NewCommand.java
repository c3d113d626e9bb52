package dk.trinvis.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.check.Scaffold;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
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
    String name;

    @Option(names = "--service", paramLabel = "ID", description = "The service whose national guide to extend; "
            + "default: the first service with a guide.")
    String service;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path rules = option.folder(path);
        if (rules == null) {
            throw new UsageException("give the rule-set folder to put the municipality's folder in, e.g. trinvis new "
                    + "--rules my-rules --municipality " + code);
        }
        RuleSet before = RuleSetOption.load(rules);
        Map<String, String> files;
        try {
            files = Scaffold.files(before.model(), code, name, service, LocalDate.now(Clock.systemDefaultZone()));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (String file : files.keySet()) {
            if (Files.exists(rules.resolve(file))) {
                throw new UsageException(rules.resolve(file) + " exists already; nothing was written");
            }
        }
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path target = rules.resolve(f.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
            out.println("wrote " + target);
        }
        try {
            RuleSet.load(rules);
        } catch (RuleSetException e) {
            e.problems().forEach(p -> out.println(p.format(rules.toString())));
            return ExitCode.SOFTWARE;
        }
        out.println("next: trinvis check --rules " + rules + "; trinvis test --rules " + rules + " --only " + code
                + "; trinvis preview --rules " + rules);
        return ExitCode.OK;
    }
}
