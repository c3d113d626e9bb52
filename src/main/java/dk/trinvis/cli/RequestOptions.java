package dk.trinvis.cli;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that describe one citizen's request, shared by {@code decide} and {@code guide}. */
final class RequestOptions {
    @Option(names = "--service", required = true, paramLabel = "ID", description = "Service id, e.g. flytning.")
    String service;

    @Option(names = "--municipality", required = true, paramLabel = "CODE", description = "4-digit municipality code, e.g. 0751.")
    String municipality;

    @Option(names = "--at", paramLabel = "TIME", converter = Converters.LocalTime.class,
            description = "Copenhagen local time, e.g. 2014-04-08T20:30 (default: now).")
    LocalDateTime at;

    @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "A citizen fact; repeat for more.")
    Map<String, String> facts = new LinkedHashMap<>();

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", converter = Converters.Lang.class,
            description = "Language (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Mixin
    RuleSetOption rules;

    DecisionRequest toRequest() {
        // Typed by the rule set's Facts when decided; the engine parses the strings.
        DecisionRequest request = DecisionRequest.of(service, municipality).facts(facts)
                .language(lang);
        return at == null ? request : request.at(at);
    }
}
