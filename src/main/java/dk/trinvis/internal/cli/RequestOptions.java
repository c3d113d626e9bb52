package dk.trinvis.internal.cli;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import dk.trinvis.RuleSet;
import dk.trinvis.internal.util.CopenhagenTime;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that describe one citizen's request, shared by {@code decide} and {@code guide}. */
final class RequestOptions {
    /** Years a request may be asked about: the rules begin in 2012; anything far outside is a typo. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2200;

    @Option(names = "--service", required = true, paramLabel = "ID", description = "Service id, e.g. flytning.")
    String service;

    @Option(names = "--municipality", required = true, paramLabel = "CODE", description = "4-digit municipality code, e.g. 0751.")
    String municipality;

    @Option(names = "--at", paramLabel = "TIME", description = "Copenhagen local time, e.g. 2014-04-08T20:30, or with an "
            + "offset, e.g. 2025-10-26T02:30+01:00 for the second 02:30 of an autumn night (default: now).")
    String at;

    // A list, not a map: a map would keep the last of a repeated fact without a word.
    @Option(names = "--fact", paramLabel = "NAME=VALUE", description = "A citizen fact; repeat for more.")
    List<String> facts = new ArrayList<>();

    @Option(names = "--dont-know", paramLabel = "FACT", description = "A fact the citizen answered 'ved ikke' (don't know); "
            + "only facts the rule set declares dontKnow: true. Repeat for more.")
    List<String> dontKnow = new ArrayList<>();

    // No picocli default: a --lang given also sets the language of warnings and errors, which
    // otherwise follow the system language (as check, test and diff do).
    @Option(names = "--lang", paramLabel = "CODE", converter = Converters.Lang.class,
            description = "Language, an ISO 639 code: da, en and uk have every fixed sentence; what is missing is "
                    + "Danish (default: da). Warnings and errors are in it too, else in the system language.")
    Language lang;

    @Mixin
    RuleSetOption rules;

    /** The language of the answer: the one asked for, Danish when none was. */
    Language language() {
        return lang == null ? Language.DA : lang;
    }

    /** The language of warnings and usage errors: the {@code --lang} given, else the system's. */
    Language toolLanguage() {
        return lang == null ? Phrase.defaultLanguage() : lang;
    }

    /** The rule set of {@code --rules}, or the bundled one. */
    RuleSet ruleSet() {
        return RuleSetOption.load(rules.folder(null, toolLanguage()), toolLanguage());
    }

    /** The request; a warning about the time asked for (a skipped or doubled hour) goes to err. */
    DecisionRequest toRequest(PrintWriter err) {
        Language words = toolLanguage();
        Map<String, Object> values = new LinkedHashMap<>();
        for (String f : facts) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new UsageException(Phrase.text(words, "cli.fact.format", f));
            }
            String name = f.substring(0, eq);
            // Typed by the rule set's Facts when decided; the engine parses the string.
            if (values.put(name, f.substring(eq + 1)) != null) {
                throw new UsageException(Phrase.text(words, "cli.fact.twice", name));
            }
        }
        DecisionRequest request = DecisionRequest.of(service, municipality).facts(values).language(language())
                .dontKnow(dontKnow.toArray(new String[0]));
        return at == null ? request : at(request, at, err, words);
    }

    /**
     * The request at the moment the text names, as {@code --at} reads it (also for journeys); errors
     * and warnings in the language given.
     */
    static DecisionRequest at(DecisionRequest request, String text, PrintWriter err, Language words) {
        try {
            if (text.length() > 16 && (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$"))) {
                OffsetDateTime moment = OffsetDateTime.parse(text);
                inRange(moment.getYear(), text, words);
                return request.at(moment.toInstant());
            }
            LocalDateTime local = text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            inRange(local.getYear(), text, words);
            warnAboutClockChange(local, err, words);
            return request.at(local);
        } catch (DateTimeParseException e) {
            throw new UsageException(Phrase.text(words, "cli.at.format", text));
        } catch (DateTimeException e) {
            throw new UsageException(Phrase.text(words, "cli.at.impossible", text));
        }
    }

    private static void inRange(int year, String text, Language words) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UsageException(Phrase.text(words, "cli.at.range", text, FIRST_YEAR, LAST_YEAR));
        }
    }

    /** Says how a wall-clock time the clocks skip or repeat is read, since the answer depends on it. */
    private static void warnAboutClockChange(LocalDateTime local, PrintWriter err, Language words) {
        ZoneOffsetTransition t = CopenhagenTime.ZONE.getRules().getTransition(local);
        if (t == null) {
            return;
        }
        if (t.isGap()) {
            err.println("trinvis: " + Phrase.text(words, "cli.at.gap", local, t.getDateTimeBefore().toLocalTime(),
                    t.getDateTimeAfter().toLocalTime(), local.atZone(CopenhagenTime.ZONE).toOffsetDateTime()));
        } else {
            err.println("trinvis: " + Phrase.text(words, "cli.at.overlap", local, local.atOffset(t.getOffsetBefore()),
                    local.atOffset(t.getOffsetAfter())));
        }
    }
}
