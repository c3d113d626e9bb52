package dk.trinvis.cli;

import dk.trinvis.check.RuleSetDiff;
import dk.trinvis.render.ControlChars;
import dk.trinvis.util.Json;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code trinvis diff --old OLD --rules NEW}: what changes for citizens between two rule-set
 * versions; either defaults to the bundled set. {@code diff OLD NEW} still works.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changes for citizens between two rule-set versions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared (changes or not)", "1:a version does not load", "2:usage error"})
final class DiffCommand implements Callable<Integer> {
    @Option(names = "--old", paramLabel = "DIR", description = "The rule-set folder in use (default: the bundled Danish set).")
    Path old;

    @Mixin
    RuleSetOption rules;

    @Parameters(arity = "0..2", paramLabel = "OLD NEW", description = "Same as --old OLD --rules NEW, as older versions took them.")
    List<Path> positional = List.of();

    @Option(names = "--municipality", paramLabel = "CODE", description = "Only this municipality.")
    String municipality;

    @Option(names = "--from", paramLabel = "DATE", description = "Only changes on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only changes before this day.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (positional.size() == 1 || (positional.size() == 2 && (old != null || rules.rules != null))) {
            throw new UsageException("diff takes OLD NEW, or --old OLD --rules NEW");
        }
        Path before = positional.isEmpty() ? old : positional.get(0);
        Path after = positional.isEmpty() ? rules.folder(null) : positional.get(1);
        List<RuleSetDiff.Change> changes = RuleSetDiff.compare(RuleSetOption.load(before), RuleSetOption.load(after),
                municipality, from, to);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(Json.write(changes));
        } else {
            changes.forEach(c -> out.println(ControlChars.strip(c.format())));
            out.println(changes.size() + (changes.size() == 1 ? " change" : " changes"));
        }
        return ExitCode.OK;
    }
}
