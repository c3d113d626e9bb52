package dk.trinvis.internal.cli;

import dk.trinvis.RuleSet;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.internal.util.Moment;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import dk.trinvis.model.Phrase;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that describe one citizen's request, shared by {@code decide}, {@code guide} and {@code interview}. */
final class RequestOptions {
    @Option(names = "--service", required = true, paramLabel = "ID", description = "Service id, e.g. flytning.")
    String service;

    @Option(names = "--municipality", required = true, paramLabel = "CODE", description = "4-digit municipality code, e.g. 0751.")
    String municipality;

    @Option(names = "--at", paramLabel = "TIME", converter = Converters.At.class,
            description = "Copenhagen local time, e.g. 2014-04-08T20:30, or with an offset, e.g. 2025-10-26T02:30+01:00 "
                    + "for the second 02:30 of an autumn night; years 1900-2200 (default: now).")
    @Nullable Moment at;

    @Option(names = "--fact", paramLabel = "NAME=VALUE", converter = Converters.Fact.class,
            description = "A citizen fact; repeat for more.")
    List<FactArgument> facts = new ArrayList<>();

    @Option(names = "--dont-know", paramLabel = "FACT", description = "A fact the citizen answered 'ved ikke' (don't know); "
            + "only facts the rule set declares dontKnow: true. Repeat for more.")
    List<String> dontKnow = new ArrayList<>();

    // No picocli default: a --lang given also sets the language of warnings and errors, which
    // otherwise follow the system language (as check, test and diff do).
    @Option(names = "--lang", paramLabel = "CODE", converter = Converters.Lang.class,
            description = "Language, an ISO 639 code: da, en and uk have every fixed sentence; what is missing is "
                    + "Danish (default: da). Warnings and errors are in it too, else in the system language.")
    @Nullable Language lang;

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
        DecisionRequest request = DecisionRequest.of(service, municipality)
                .facts(FactArgument.toMap(facts, words)).language(language())
                .dontKnow(dontKnow.toArray(new String[0]));
        if (at == null) {
            return request;
        }
        warnAboutClockChange(at, err, words);
        return request.at(at.instant());
    }

    /** Says how a wall-clock time the clocks skip or repeat is read, since the answer depends on it. */
    static void warnAboutClockChange(Moment moment, PrintWriter err, Language words) {
        ZoneOffsetTransition t = moment.clockChange();
        if (t == null) {
            return;
        }
        LocalDateTime local = moment.local();
        if (t.isGap()) {
            err.println("trinvis: " + Phrase.text(words, "cli.at.gap", local, t.getDateTimeBefore().toLocalTime(),
                    t.getDateTimeAfter().toLocalTime(), local.atZone(CopenhagenTime.ZONE).toOffsetDateTime()));
        } else {
            err.println("trinvis: " + Phrase.text(words, "cli.at.overlap", local, local.atOffset(t.getOffsetBefore()),
                    local.atOffset(t.getOffsetAfter())));
        }
    }
}
