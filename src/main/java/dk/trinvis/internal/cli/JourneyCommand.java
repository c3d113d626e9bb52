package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RequestException;
import dk.trinvis.render.JourneyFormat;
import dk.trinvis.internal.util.Moment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
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

    @Option(names = "--at", required = true, paramLabel = "DATE", converter = Converters.Day.class,
            description = "The day of the event (the birth, the move), e.g. 2024-03-01; deadlines count from it.")
    LocalDate at;

    @Option(names = "--decide-at", paramLabel = "TIME", converter = Converters.At.class,
            description = "Copenhagen local time to decide for, as --at of decide (default: now).")
    @Nullable Moment decideAt;

    @Option(names = "--fact", paramLabel = "NAME=VALUE", converter = Converters.Fact.class,
            description = "A citizen fact; repeat for more.")
    List<FactArgument> facts = new ArrayList<>();

    @Option(names = "--dont-know", paramLabel = "FACT",
            description = "A fact the citizen answered 'ved ikke' (don't know); repeat for more.")
    java.util.List<String> dontKnow = new java.util.ArrayList<>();

    // No picocli default: a --lang given also sets the language of warnings and errors (see RequestOptions).
    @Option(names = "--lang", paramLabel = "CODE", converter = Converters.Lang.class,
            description = "Language, an ISO 639 code: da, en and uk have every fixed sentence; what is missing is "
                    + "Danish (default: da). Warnings and errors are in it too, else in the system language.")
    @Nullable Language lang;

    @Option(names = "--format", defaultValue = "text", converter = Converters.Journey.class,
            description = "text, markdown, html, print or json (default: ${DEFAULT-VALUE}).")
    JourneyFormat format;

    @Mixin
    RuleSetOption rules;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        // Typed by the rule set's Facts when decided; the engine parses the strings.
        Language words = lang == null ? Phrase.defaultLanguage() : lang;
        JourneyRequest request = JourneyRequest.of(municipality, at).facts(FactArgument.toMap(facts, words))
                .language(lang == null ? Language.DA : lang).dontKnow(dontKnow.toArray(new String[0]));
        if (decideAt != null) {
            // The same reading of a moment as every other command's --at: offsets, range, DST warnings.
            RequestOptions.warnAboutClockChange(decideAt, spec.commandLine().getErr(), words);
            request = request.at(decideAt.instant());
        }
        RuleSet ruleSet = RuleSetOption.load(rules.folder(null, words), words);
        Journey journey;
        try {
            journey = ruleSet.journey(event, request);
        } catch (RequestException e) {
            throw new UsageException(e.getMessage());
        }
        spec.commandLine().getOut().print(format.renderer().render(journey));
        return ExitCode.OK;
    }
}
