package dk.trinvis.cli;

import dk.trinvis.model.RequestException;
import dk.trinvis.model.ResolvedGuide;
import dk.trinvis.RuleSet;
import dk.trinvis.render.GuideFormat;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, html, print or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        GuideFormat guideFormat = GuideFormat.parse(format).orElseThrow(() -> new UsageException(
                "--format must be text, markdown, html, print or json, not '" + format.toLowerCase(Locale.ROOT) + "'"));
        RuleSet rules = RuleSetOption.load(request.rules);
        ResolvedGuide guide;
        try {
            guide = rules.guide(request.toRequest());
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().print(guideFormat.renderer().render(guide));
        return Main.OK;
    }
}
