package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Decision;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.RequestException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trinvis decide}: which channel for one citizen, service, municipality and moment, and why. */
@Command(name = "decide", mixinStandardHelpOptions = true,
        description = "Decide the channel for a citizen and explain why.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:decided", "1:the rule set has errors", "2:usage error, unknown service, municipality or fact"})
final class DecideCommand implements Callable<Integer> {

    @Mixin
    RequestOptions request;

    @Option(names = "--format", defaultValue = "text", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet rules = request.ruleSet();
        DecisionRequest asked = request.toRequest(spec.commandLine().getErr());
        Decision decision;
        try {
            decision = rules.decide(asked);
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(decision.toJson());
        } else {
            out.print(DecisionText.render(decision, asked.language()));
        }
        return ExitCode.OK;
    }
}
