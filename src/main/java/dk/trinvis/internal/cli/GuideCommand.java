package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.render.GuideFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trinvis guide}: the step-by-step guide for one citizen, in any of the five formats. */
@Command(name = "guide", mixinStandardHelpOptions = true,
        description = "Render the step-by-step guide that applies to a citizen.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rendered", "1:the rule set has errors", "2:usage error, unknown service, municipality or fact"})
final class GuideCommand implements Callable<Integer> {

    @Mixin
    RequestOptions request;

    @Option(names = "--format", defaultValue = "text", converter = Converters.Guide.class,
            description = "text, markdown, html, print or json (default: ${DEFAULT-VALUE}).")
    GuideFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleSet rules = request.ruleSet();
        ResolvedGuide guide;
        try {
            guide = rules.guide(request.toRequest(spec.commandLine().getErr()));
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().print(format.renderer().render(guide));
        return ExitCode.OK;
    }
}
