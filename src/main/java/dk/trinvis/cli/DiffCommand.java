package dk.trinvis.cli;

import dk.trinvis.util.Json;
import dk.trinvis.RuleSet;
import dk.trinvis.model.RuleSetException;
import dk.trinvis.check.RuleSetDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code trinvis diff OLD NEW}: what changes for citizens between two rule-set versions. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show what changes for citizens between two rule-set versions.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:citizens see no change", "1:citizens see a change",
                "2:usage error, or a version does not load"})
final class DiffCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "OLD", description = "The rule-set folder in use.")
    Path old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The rule-set folder to publish.")
    Path now;

    @Option(names = "--municipality", paramLabel = "CODE", description = "Only this municipality.")
    String municipality;

    @Option(names = "--from", paramLabel = "DATE", description = "Only changes on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only changes before this day.")
    LocalDate to;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    CheckCommand.Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet before = load(old);
        RuleSet after = load(now);
        if (before == null || after == null) {
            return Main.USAGE;
        }
        List<RuleSetDiff.Change> changes = RuleSetDiff.compare(before, after, municipality, from, to);
        long seen = changes.stream().filter(RuleSetDiff.Change::citizensSeeIt).count();
        PrintWriter out = spec.commandLine().getOut();
        if (format == CheckCommand.Format.json) {
            out.println(Json.write(changes));
        } else {
            changes.forEach(c -> out.println(c.format()));
            long notes = changes.size() - seen;
            out.println(seen + (seen == 1 ? " change" : " changes") + " for citizens"
                    + (notes == 0 ? "" : ", " + notes + (notes == 1 ? " overlay" : " overlays") + " to review"));
        }
        return seen == 0 ? Main.OK : Main.PROBLEMS;
    }

    /** The rule set, or null after printing why it does not load. */
    private RuleSet load(Path folder) {
        try {
            return RuleSetOption.load(folder);
        } catch (RuleSetException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(folder + " does not load:");
            e.problems().forEach(p -> err.println(p.format(folder.toString())));
            return null;
        }
    }
}
