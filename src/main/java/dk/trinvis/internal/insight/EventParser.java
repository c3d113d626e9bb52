package dk.trinvis.internal.insight;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one event line into a {@link ParsedEvent} with Jackson's streaming parser: no tree, no
 * binding. Ids are checked against the shape rule-set ids have, so nothing but an id (never free
 * text a tampered file might carry) reaches a report; and kept once each, so a million events
 * hold a few hundred strings. Fields it does not know are skipped, for events of later versions.
 */
final class EventParser {
    /** What a rule-set id (service, ground, offer, fact) looks like. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final Pattern MUNICIPALITY = Pattern.compile("\\d{4}");
    /**
     * A date-time with its offset: what {@code DecisionEvent.hour} writes (Copenhagen local time to
     * the hour), or as a warehouse may export it (seconds, UTC).
     */
    private static final Pattern HOUR = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?([+-]\\d{2}:\\d{2}|Z)");
    /** Distinct ids kept at most; past it, an event with a new id is not tallied (a file of random ids cannot exhaust memory). */
    static final int MAX_IDS = 100_000;

    private static final int VERSION = 1;
    private static final int HOUR_SEEN = 1 << 1;
    private static final int SOURCE = 1 << 2;
    private static final int SERVICE = 1 << 3;
    private static final int MUNICIPALITY_SEEN = 1 << 4;
    private static final int REQUIREMENT = 1 << 5;
    private static final int CHANNEL = 1 << 6;
    private static final int ALTERNATIVE = 1 << 7;
    /**
     * What a line must have. The others default as a warehouse export that leaves out nulls and
     * defaults would have them: version 1, channel null (unavailable), alternative none.
     */
    private static final int REQUIRED = HOUR_SEEN | SOURCE | SERVICE | MUNICIPALITY_SEEN;

    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).maxStringLength(4096).build()).build();
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Boolean> hours = new HashMap<>();

    /** Thrown for a line that is not an event; the message says why, for the report's list of skipped lines. */
    static final class BadLine extends Exception {
        private static final long serialVersionUID = 1L;

        BadLine(String why) {
            super(why, null, false, false);
        }
    }

    /** Parses the line into the holder; throws {@link BadLine} when it is not an event this report can read. */
    void parse(byte[] line, int offset, int length, ParsedEvent e) throws BadLine {
        e.reset();
        try (JsonParser p = json.createParser(line, offset, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadLine("not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "version" -> {
                        if (t != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 1) {
                            throw new BadLine("version is not a positive whole number");
                        }
                        e.version = p.getIntValue();
                        e.seen |= VERSION;
                    }
                    case "hour" -> {
                        e.hour = hour(text(p, t, name));
                        e.seen |= HOUR_SEEN;
                    }
                    case "source" -> {
                        e.source = Vocabulary.index(Vocabulary.SOURCES, text(p, t, name), name);
                        e.seen |= SOURCE;
                    }
                    case "service" -> {
                        e.service = id(text(p, t, name), name);
                        e.seen |= SERVICE;
                    }
                    case "municipality" -> {
                        String code = text(p, t, name);
                        String kept = ids.get(code);
                        if (kept == null && !MUNICIPALITY.matcher(code).matches()) {
                            throw new BadLine("municipality is not a 4-digit code");
                        }
                        e.municipality = kept != null ? kept : keep(code);
                        e.seen |= MUNICIPALITY_SEEN;
                    }
                    case "requirement" -> {
                        e.requirement = Vocabulary.index(Vocabulary.REQUIREMENTS, text(p, t, name), name);
                        e.seen |= REQUIREMENT;
                    }
                    case "channel" -> {
                        e.channel = t == JsonToken.VALUE_NULL ? ParsedEvent.NO_CHANNEL
                                : Vocabulary.index(Vocabulary.CHANNELS, text(p, t, name), name);
                        e.seen |= CHANNEL;
                    }
                    case "alternative" -> {
                        e.alternative = Vocabulary.index(Vocabulary.EFFECTS, text(p, t, name), name);
                        e.seen |= ALTERNATIVE;
                    }
                    case "grounds" -> grounds(p, t, e);
                    case "help" -> e.help = t == JsonToken.VALUE_NULL ? ParsedEvent.HELP_NOT_LOOKED_UP : help(p, t);
                    case "interview" -> interview(p, t, e);
                    default -> p.skipChildren();
                }
            }
            if ((e.seen & REQUIRED) != REQUIRED) {
                throw new BadLine("missing " + missing(e.seen));
            }
            if (e.alternative < 0) {
                e.alternative = 0;
            }
        } catch (IOException ex) {
            throw new BadLine("not valid JSON");
        }
    }

    private static String missing(int seen) {
        String[] names = {"version", "hour", "source", "service", "municipality", "requirement", "channel", "alternative"};
        StringBuilder b = new StringBuilder();
        for (int bit = 0; bit < names.length; bit++) {
            if ((REQUIRED & (1 << bit)) != 0 && (seen & (1 << bit)) == 0) {
                b.append(b.length() == 0 ? "" : ", ").append(names[bit]);
            }
        }
        return b.toString();
    }

    private static String text(JsonParser p, JsonToken t, String field) throws IOException, BadLine {
        if (t != JsonToken.VALUE_STRING) {
            throw new BadLine(field + " is not a string");
        }
        return p.getText();
    }

    private String hour(String text) throws BadLine {
        Boolean ok = hours.get(text);
        if (ok == null) {
            ok = HOUR.matcher(text).matches() && Slots.valid(text);
            if (hours.size() < MAX_IDS) {
                hours.put(text, ok);
            }
        }
        if (!ok) {
            throw new BadLine("hour is not a date-time with offset such as 2024-03-05T19:00+01:00");
        }
        // Not kept with the ids: a file of minutes or seconds must not use up the ids a report may hold.
        return text;
    }

    private String id(String text, String field) throws BadLine {
        String kept = ids.get(text);
        if (kept != null) {
            return kept;
        }
        if (!ID.matcher(text).matches()) {
            throw new BadLine(field + " is not an id");
        }
        return keep(text);
    }

    private String keep(String text) throws BadLine {
        String kept = ids.get(text);
        if (kept == null) {
            if (ids.size() >= MAX_IDS) {
                throw new BadLine("more than " + MAX_IDS + " different ids in the files");
            }
            ids.put(text, text);
            kept = text;
        }
        return kept;
    }

    private void grounds(JsonParser p, JsonToken t, ParsedEvent e) throws IOException, BadLine {
        if (t != JsonToken.START_ARRAY) {
            throw new BadLine("grounds is not a list");
        }
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            String ground = id(text(p, t, "grounds"), "a ground");
            if (!e.grounds.contains(ground)) {
                e.grounds.add(ground);
            }
        }
    }

    /** The best state among the offers listed. */
    private static int help(JsonParser p, JsonToken t) throws IOException, BadLine {
        if (t != JsonToken.START_ARRAY) {
            throw new BadLine("help is not a list");
        }
        int best = ParsedEvent.HELP_NONE_LISTED;
        while ((t = p.nextToken()) == JsonToken.START_OBJECT) {
            int state = -1;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (name.equals("state")) {
                    state = switch (text(p, v, "help state")) {
                        case "open" -> ParsedEvent.HELP_OPEN;
                        case "unknown" -> ParsedEvent.HELP_UNKNOWN;
                        case "closed" -> ParsedEvent.HELP_CLOSED;
                        default -> throw new BadLine("a help state is not open, closed or unknown");
                    };
                } else {
                    p.skipChildren();
                }
            }
            if (state < 0) {
                throw new BadLine("a help offer has no state");
            }
            best = Math.min(best, state);
        }
        if (t != JsonToken.END_ARRAY) {
            throw new BadLine("help is not a list of offers");
        }
        return best;
    }

    private void interview(JsonParser p, JsonToken t, ParsedEvent e) throws IOException, BadLine {
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_OBJECT) {
            throw new BadLine("interview is not an object");
        }
        e.interview = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "answers" -> {
                    if (v != JsonToken.VALUE_NUMBER_INT || p.getIntValue() < 0 || p.getIntValue() > 1000) {
                        throw new BadLine("interview answers is not a count");
                    }
                    e.answers = p.getIntValue();
                }
                case "question" -> e.question = v == JsonToken.VALUE_NULL ? null : id(text(p, v, "question"), "question");
                case "done" -> {
                    if (!v.isBoolean()) {
                        throw new BadLine("interview done is not true or false");
                    }
                    e.done = v == JsonToken.VALUE_TRUE;
                }
                default -> p.skipChildren();
            }
        }
    }

    /** For tests: how many distinct ids are kept. */
    int keptIds() {
        return ids.size();
    }
}
