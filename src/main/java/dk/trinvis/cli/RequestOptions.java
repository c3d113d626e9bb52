package dk.trinvis.cli;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that describe one citizen's request, shared by {@code decide} and {@code guide}. */
final class RequestOptions {
    @Option(names = "--service", required = true, paramLabel = "ID", description = "Service id, e.g. flytning.")
    String service;

    @Option(names = "--municipality", required = true, paramLabel = "CODE", description = "4-digit municipality code, e.g. 0751.")
    String municipality;

    @Option(names = "--at", paramLabel = "TIME", description = "Copenhagen local time, e.g. 2014-04-08T20:30 (default: now).")
    String at;

    @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "A citizen fact; repeat for more.")
    List<String> facts = List.of();

    @Option(names = "--lang", defaultValue = "da", paramLabel = "da|en", description = "Language (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--rules", paramLabel = "PATH", description = "Rule-set folder (default: the bundled Danish set).")
    Path rules;

    DecisionRequest toRequest() {
        Language language = Language.parse(lang)
                .orElseThrow(() -> new UsageException("--lang must be da or en, not '" + lang + "'"));
        Map<String, Object> values = new LinkedHashMap<>();
        for (String f : facts) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--fact takes NAME=VALUE, e.g. --fact hasMitID=true, not '" + f + "'");
            }
            // Typed by the rule set's Facts when decided; the engine parses the string.
            values.put(f.substring(0, eq), f.substring(eq + 1));
        }
        DecisionRequest request = DecisionRequest.of(service, municipality).facts(values).language(language);
        return at == null ? request : request.at(parseTime(at));
    }

    private static LocalDateTime parseTime(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--at takes a Copenhagen local time like 2014-04-08T20:30, not '" + text + "'");
        }
    }
}
