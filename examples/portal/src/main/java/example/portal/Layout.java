package example.portal;

import dk.trinvis.internal.util.HtmlEscape;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page chrome of a Danish self-service solution on Det Fælles Designsystem (header, skip
 * link, container, footer), and the query-string helpers the pages share. The design system's
 * CSS is served from /dkfds/, fetched at build time; the pages use no JavaScript.
 */
final class Layout {
    private Layout() {
    }

    static String page(String title, String backLink, String body) {
        return "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + esc(title)
                + " – Trinvis</title>\n<link rel=\"stylesheet\" href=\"/dkfds/css/dkfds.min.css\">\n</head>\n<body>\n"
                + "<a class=\"skipnav\" href=\"#main-content\">Gå til sideindhold</a>\n"
                + "<header class=\"header\">\n<div class=\"portal-info\"><div class=\"portal-info-inner container\">"
                + "<a href=\"/\" class=\"logo\" aria-label=\"Trinvis, til forsiden\"><span>Trinvis</span></a></div></div>\n"
                + "<div class=\"solution-info\"><div class=\"solution-info-inner container\"><div class=\"solution-heading\">"
                + "<a href=\"/\">Trinvis borgerportal</a></div></div></div>\n</header>\n"
                + "<div class=\"container page-container\">\n<main id=\"main-content\">\n"
                + (backLink == null ? "" : "<div><a href=\"" + esc(backLink) + "\" class=\"back-link\">Tilbage</a></div>\n")
                + "<h1>" + esc(title) + "</h1>\n" + body + "</main>\n</div>\n"
                + "<footer><div class=\"footer\"><div class=\"container\"><p>Et eksempel på en selvbetjeningsløsning "
                + "bygget på Trinvis og Det Fælles Designsystem.</p></div></div></footer>\n</body>\n</html>\n";
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return q;
    }

    static String encode(Map<String, String> q) {
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return b.toString();
    }

    static void hidden(StringBuilder b, Map<String, String> q) {
        q.forEach((k, v) -> b.append("<input type=\"hidden\" name=\"").append(esc(k)).append("\" value=\"")
                .append(esc(v)).append("\">\n"));
    }

    static String esc(String s) {
        return HtmlEscape.escape(s);
    }
}
