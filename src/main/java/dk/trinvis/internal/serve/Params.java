package dk.trinvis.internal.serve;

import dk.trinvis.model.DecisionRequest;
import dk.trinvis.internal.util.CopenhagenTime;
import dk.trinvis.model.Audience;
import dk.trinvis.model.Language;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request parts shared by the JSON body and the guide's query string, read the same way for both. */
final class Params {
    private Params() {
    }

    /** Applies moment, language and audience, each optional, with the CLI's messages for bad values. */
    static DecisionRequest applyCommon(DecisionRequest request, String at, String lang, String audience) {
        DecisionRequest r = request;
        if (at != null) {
            r = r.at(moment(at).toInstant());
        }
        if (lang != null) {
            r = r.language(Language.parse(lang).orElseThrow(() -> HttpProblem.badRequest(
                    "lang must be an ISO 639 language code such as da, en or uk, not '" + clip(lang) + "'")));
        }
        if (audience != null) {
            Audience who = Audience.parse(audience).filter(a -> a != Audience.AUTHORITY).orElseThrow(() ->
                    HttpProblem.badRequest("audience must be citizen or staff, not '" + clip(audience) + "'"));
            r = r.audience(who);
        }
        return r;
    }

    /** A Copenhagen local date or date-time, or an ISO date-time with offset. */
    static OffsetDateTime moment(String text) {
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(CopenhagenTime.ZONE).toOffsetDateTime();
            }
            if (text.endsWith("Z") || text.lastIndexOf('+') > 9 || text.lastIndexOf('-') > 9) {
                return OffsetDateTime.parse(text);
            }
            return LocalDateTime.parse(text).atZone(CopenhagenTime.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw HttpProblem.badRequest("at takes a Copenhagen local time like 2014-04-08T20:30, not '" + clip(text) + "'");
        }
    }

    /** The query string's parameters, decoded; a repeated name is a 400, never a silent pick. */
    static Map<String, String> query(String raw) {
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
