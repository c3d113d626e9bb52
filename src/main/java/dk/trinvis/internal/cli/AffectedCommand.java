package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.check.Replay;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code trinvis affected --old DIR [--rules DIR] FILE}: which archived requests the new rule set
 * answers differently from the old one, and how.
 */
@Command(name = "affected", mixinStandardHelpOptions = true,
        description = "List the archived requests a new rule set answers differently from the old one, and what changes.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no archived request gets another answer", "1:some do, or could not be decided",
                "2:usage error, or a rule set does not load"})
final class AffectedCommand implements Callable<Integer> {
    @Option(names = "--old", required = true, paramLabel = "DIR", description = "The rule set in use now.")
    Path old;

    @Mixin
    RuleSetOption rules;

    @Mixin
    ReplayOutput archive;

    @Override
    public Integer call() throws IOException {
        RuleSet before = archive.load(old);
        RuleSet after = archive.load(rules.folder(null, archive.lang.language()));
        if (before == null || after == null) {
            return ExitCode.USAGE;
        }
        return archive.run(in -> Replay.affected(before, after, in), true);
    }
}
