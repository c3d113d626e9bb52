package dk.trinvis.internal.serve;

import dk.trinvis.internal.util.DidYouMean;
import dk.trinvis.internal.util.Moment;
import dk.trinvis.model.Audience;
import dk.trinvis.model.DecisionRequest;
import dk.trinvis.model.Language;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The request parts shared by the JSON body and the guide's query string, read the same way for both. */
final class Params {
    /**
     * The longest fact name a request may use: a rule set's ids are far shorter, and a name of
     * 100,000 characters made a request cost ten times a normal one in did-you-mean search.
     */
    static final int MAX_NAME = 100;

    private Params() {
    }

    /** Applies moment, language and audience, each optional, with the CLI's messages for bad values. */
    static DecisionRequest applyCommon(DecisionRequest request, @Nullable String at, @Nullable String lang,
                                       @Nullable String audience) {
        DecisionRequest r = request;
        if (at != null) {
            r = r.at(moment(at).instant());
        }
        if (lang != null) {
            r = r.language(Language.parse(lang).orElseThrow(() -> HttpProblem.badRequest(
                    "lang must be an ISO 639 language code such as da, en or uk, not '" + clip(lang) + "'", "lang")));
        }
        if (audience != null) {
            Audience who = Audience.parse(audience).filter(a -> a != Audience.AUTHORITY).orElseThrow(() ->
                    HttpProblem.badRequest("audience must be citizen or staff, not '" + clip(audience) + "'", "audience"));
            r = r.audience(who);
        }
        return r;
    }

    /** A moment as every Trinvis tool reads it ({@link Moment}), or a 400 naming the forms and the years. */
    static Moment moment(String text) {
        try {
            return Moment.parse(text);
        } catch (Moment.Invalid e) {
            throw HttpProblem.badRequest(switch (e.reason()) {
                case RANGE -> "at '" + clip(text) + "' is outside the years " + Moment.FIRST_YEAR + "-" + Moment.LAST_YEAR;
                case IMPOSSIBLE -> "at '" + clip(text) + "' is not a time Trinvis can decide for";
                case FORMAT -> "at takes a Copenhagen local time like 2014-04-08T20:30, a date like 2014-04-08, or a "
                        + "time with an offset like 2025-10-26T02:30+01:00, not '" + clip(text) + "'";
            }, "at");
        }
    }

    /** Refuses a fact name longer than any rule set's, before anything searches for it. */
    static void checkFactName(String name) {
        if (name.length() > MAX_NAME) {
            throw HttpProblem.badRequest("a fact name is at most " + MAX_NAME + " characters, not " + name.length(),
                    "facts");
        }
    }

    /**
     * A did-you-mean for an unknown name: the nearest known one by spelling, else the known one it
     * begins or ends with ({@code language} for {@code lang}); null when nothing is near.
     */
    static @Nullable String suggest(String name, Collection<String> known) {
        if (name.length() > MAX_NAME) {
            return null;
        }
        String hint = DidYouMean.hint(name, known);
        if (hint != null) {
            return hint;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String k : known) {
            if (k.length() >= 2 && (lower.startsWith(k) || k.startsWith(lower) && lower.length() >= 2)) {
                return "did you mean '" + k + "'?";
            }
        }
        return null;
    }

    /** The query string's parameters, decoded; a repeated name is a 400, never a silent pick. */
    static Map<String, String> query(@Nullable String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return q;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (q.put(name, value) != null) {
                throw HttpProblem.badRequest("query parameter '" + clip(name) + "' is given twice");
            }
        }
        return q;
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("bad percent-encoding in '" + clip(s) + "'");
        }
    }

    /** Echoed input is cut short, so a hostile value cannot make an error response large. */
    static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
