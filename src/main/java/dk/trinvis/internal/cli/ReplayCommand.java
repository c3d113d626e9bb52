package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.check.Replay;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;

/**
 * {@code trinvis replay [--rules DIR] FILE}: decides archived decisions again and says which
 * answers changed; what an operator runs before upgrading Trinvis or installing a new rule set.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Decide archived decisions (JSON Lines of decide/POST /v1/decisions output, or receipts) again "
                + "and compare the answers.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every decision answered the same", "1:some changed or could not be replayed",
                "2:usage error, or the rule set does not load"})
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    RuleSetOption rules;

    @Mixin
    ReplayOutput archive;

    @Override
    public Integer call() throws IOException {
        RuleSet ruleSet = archive.load(rules.folder(null, archive.lang.language()));
        if (ruleSet == null) {
            return ExitCode.USAGE;
        }
        return archive.run(in -> Replay.replay(ruleSet, in), false);
    }
}
