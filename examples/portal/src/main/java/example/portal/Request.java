package example.portal;

import dk.trinvis.model.Language;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to the portal: its path, its query parameters in the order given (the answers so
 * far travel in the address, so the server keeps no state), and the language the citizen chose.
 *
 * @param path  the path, e.g. {@code /spoergsmaal}
 * @param query the parameters in order; a repeated name keeps its last value
 */
record Request(String path, Map<String, String> query) {
    /** The parameter naming the page's language. */
    static final String LANG = "lang";

    Request {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    static Request of(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                if (!name.isEmpty()) {
                    q.put(decode(name), decode(value));
                }
            }
        }
        return new Request(uri.getPath(), q);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A broken %-escape is kept as written: the value is then not one the portal knows.
            return s;
        }
    }

    /** The language asked for, if the portal speaks it; Danish otherwise. */
    Language language() {
        String code = query.getOrDefault(LANG, "da");
        return Words.LANGUAGES.stream().filter(l -> l.code().equals(code)).findFirst().orElse(Language.DA);
    }

    Words words() {
        return Words.of(language());
    }

    String get(String name) {
        return query.getOrDefault(name, "");
    }

    /** A link within the portal in this request's language. */
    String link(String to, Map<String, String> params) {
        Map<String, String> q = new LinkedHashMap<>(params);
        if (!language().equals(Language.DA)) {
            q.put(LANG, language().code());
        }
        return q.isEmpty() ? to : to + "?" + encode(q);
    }

    static String encode(Map<String, String> q) {
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }
}
