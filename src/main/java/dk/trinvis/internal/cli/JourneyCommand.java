package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.model.Journey;
import dk.trinvis.model.JourneyRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.model.RequestException;
import dk.trinvis.render.JourneyFormat;
import java.time.LocalDate;
import dk.trinvis.model.DecisionRequest;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.TypeConversionException;
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
            description = "Copenhagen local time to decide for, as --at of decide (default: now).")
    String decideAt;

    @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "A citizen fact; repeat for more.")
    Map<String, String> facts = new LinkedHashMap<>();

    @Option(names = "--dont-know", paramLabel = "FACT",
            description = "A fact the citizen answered 'ved ikke' (don't know); repeat for more.")
    java.util.List<String> dontKnow = new java.util.ArrayList<>();

    // No picocli default: a --lang given also sets the language of warnings and errors (see RequestOptions).
    @Option(names = "--lang", paramLabel = "CODE", converter = Converters.Lang.class,
            description = "Language, an ISO 639 code: da, en and uk have every fixed sentence; what is missing is "
                    + "Danish (default: da). Warnings and errors are in it too, else in the system language.")
    Language lang;

    @Option(names = "--format", defaultValue = "text", converter = Format.class,
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
        JourneyRequest request = JourneyRequest.of(municipality, day(at, words)).facts(facts)
                .language(lang == null ? Language.DA : lang).dontKnow(dontKnow.toArray(new String[0]));
        if (decideAt != null) {
            // The same reading of a moment as every other command's --at: offsets, range, DST warnings.
            request = request.at(RequestOptions.at(DecisionRequest.of("-", municipality), decideAt,
                    spec.commandLine().getErr(), words).at());
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

    /** {@code journey --format}: any of the journey renderers' formats. */
    static final class Format implements ITypeConverter<JourneyFormat> {
        @Override
        public JourneyFormat convert(String text) {
            return JourneyFormat.parse(text).orElseThrow(() -> new TypeConversionException(
                    "--format must be text, markdown, html, print or json, not '" + text.toLowerCase(Locale.ROOT) + "'"));
        }
    }

    private static LocalDate day(String text, Language words) {
        try {
            return text.length() > 10 ? java.time.LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException(Phrase.text(words, "cli.journey.at", text));
        }
    }
}
