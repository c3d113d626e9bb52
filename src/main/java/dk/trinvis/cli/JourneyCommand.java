package dk.trinvis.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.RequestException;
import dk.trinvis.render.JourneyFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trinvis journey}: every service of a life event, with deadlines, in any of five formats. */
@Command(name = "journey", mixinStandardHelpOptions = true,
        description = "Render a life event's services with their channel, guide and deadline.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rendered", "1:the rule set has errors",
            "2:usage error, unknown life event, municipality or fact"})
final class JourneyCommand implements Callable<Integer> {
    @Option(names = "--event", required = true, paramLabel = "ID", description = "Life event id, e.g. ny-foraelder.")
    String event;

    @Option(names = "--municipality", required = true, paramLabel = "CODE", description = "4-digit municipality code.")
    String municipality;

    @Option(names = "--at", required = true, paramLabel = "DATE",
            description = "The day of the event (the birth, the move), e.g. 2024-03-01; deadlines count from it.")
    String at;

    @Option(names = "--decide-at", paramLabel = "TIME",
            description = "Copenhagen local time to decide for (default: now).")
    String decideAt;

    @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "A citizen fact; repeat for more.")
    List<String> facts = List.of();

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", description = "Language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--format", defaultValue = "text",
            description = "text, markdown, html, print or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--rules", paramLabel = "PATH", description = "Rule-set folder (default: the bundled Danish set).")
    Path rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JourneyFormat journeyFormat = JourneyFormat.parse(format).orElseThrow(() -> new UsageException(
                "--format must be text, markdown, html, print or json, not '" + format.toLowerCase(Locale.ROOT) + "'"));
        Language language = Language.parse(lang)
                .orElseThrow(() -> new UsageException("--lang must be da or en, not '" + lang + "'"));
        JourneyRequest request = JourneyRequest.of(municipality, day(at)).facts(RequestOptions.facts(facts)).language(language);
        if (decideAt != null) {
            request = request.at(RequestOptions.parseTime(decideAt, "--decide-at"));
        }
        RuleSet ruleSet = RuleSetOption.load(rules);
        Journey journey;
        try {
            journey = ruleSet.journey(event, request);
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().print(journeyFormat.renderer().render(journey));
        return Main.OK;
    }

    private static LocalDate day(String text) {
        try {
            return text.length() > 10 ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--at takes the day of the event like 2024-03-01, not '" + text + "'");
        }
    }
}
