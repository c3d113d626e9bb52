package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.check.Replay;
import dk.trinvis.model.Language;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    @Parameters(paramLabel = "FILE", description = "The archive: one decision or receipt per line (JSON Lines).")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    ToolLanguage lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Language language = lang.language();
        Path folder = rules.folder(null, language);
        RuleSet ruleSet = ReplayOutput.load(folder, language, spec);
        if (ruleSet == null) {
            return ExitCode.USAGE;
        }
        return ReplayOutput.run(file, in -> Replay.replay(ruleSet, in), format, language,
                spec.commandLine().getOut(), false);
    }
}
