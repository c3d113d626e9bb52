package dk.trinvis.cli;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import dk.trinvis.util.CopenhagenTime;
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

    @Option(names = "--lang", defaultValue = "da", paramLabel = "CODE", converter = Converters.Lang.class,
            description = "Language, an ISO 639 code: da, en and uk have every fixed sentence; what is missing is "
                    + "Danish (default: ${DEFAULT-VALUE}).")
    Language lang;

    @Mixin
    RuleSetOption rules;

    /** The request; a warning about the time asked for (a skipped or doubled hour) goes to err. */
    DecisionRequest toRequest(PrintWriter err) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String f : facts) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--fact should be in KEY=VALUE format but was " + f + " (e.g. --fact hasMitID=true)");
            }
            String name = f.substring(0, eq);
            // Typed by the rule set's Facts when decided; the engine parses the string.
            if (values.put(name, f.substring(eq + 1)) != null) {
                throw new UsageException("--fact " + name + " is given twice; give each fact once");
            }
        }
        DecisionRequest request = DecisionRequest.of(service, municipality).facts(values).language(lang);
        return at == null ? request : at(request, at, err);
    }

    /** The request at the moment the text names, as {@code --at} reads it (also for journeys). */
    static DecisionRequest at(DecisionRequest request, String text, PrintWriter err) {
        try {
            if (text.length() > 16 && (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$"))) {
                OffsetDateTime moment = OffsetDateTime.parse(text);
                inRange(moment.getYear(), text);
                return request.at(moment.toInstant());
            }
            LocalDateTime local = text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            inRange(local.getYear(), text);
            warnAboutClockChange(local, err);
            return request.at(local);
        } catch (DateTimeParseException e) {
            throw new UsageException("--at takes a Copenhagen local time like 2014-04-08T20:30, not '" + text + "'");
        } catch (DateTimeException e) {
            throw new UsageException("--at " + text + " is not a time Trinvis can decide for");
        }
    }

    private static void inRange(int year, String text) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UsageException("--at " + text + " is outside the years " + FIRST_YEAR + "-" + LAST_YEAR);
        }
    }

    /** Says how a wall-clock time the clocks skip or repeat is read, since the answer depends on it. */
    private static void warnAboutClockChange(LocalDateTime local, PrintWriter err) {
        ZoneOffsetTransition t = CopenhagenTime.ZONE.getRules().getTransition(local);
        if (t == null) {
            return;
        }
        if (t.isGap()) {
            err.println("trinvis: warning: " + local + " does not exist in Copenhagen (the clocks jump from "
                    + t.getDateTimeBefore().toLocalTime() + " to " + t.getDateTimeAfter().toLocalTime() + "); deciding for "
                    + local.atZone(CopenhagenTime.ZONE).toOffsetDateTime());
        } else {
            err.println("trinvis: warning: " + local + " happens twice in Copenhagen; deciding for the first ("
                    + local.atOffset(t.getOffsetBefore()) + "); give " + local.atOffset(t.getOffsetAfter())
                    + " for the second");
        }
    }
}
