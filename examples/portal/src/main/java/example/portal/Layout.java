package example.portal;

import dk.trinvis.internal.util.HtmlEscape;
import dk.trinvis.model.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The chrome of a borger.dk self-service on Det Fælles Designsystem 11 with its borger.dk theme:
 * skip link, header with the solution's and the authority's name, a back link, an error summary,
 * the footer with the accessibility statement and the language switch. The design system's files
 * are served from /dkfds/, fetched at build time; the pages use no JavaScript.
 */
final class Layout {
    /** The design system's icons, one SVG sprite referenced by fragment. */
    static final String ICONS = "/dkfds/img/all-svg-icons.svg";

    private Layout() {
    }

    /**
     * A page.
     *
     * @param title     what the page is, for {@code <title>}: "Spørgsmål 2 – Anmeld flytning"
     * @param body      the main content, the page's {@code <h1>} included
     * @param back      the back link's address, or null for none
     * @param solution  the solution's name in the header, e.g. the service; null for the portal's
     * @param authority the authority's name in the header, or null when none is chosen yet
     * @param problems  what is wrong with the answer just given: the title says "Fejl:" and an
     *                  error summary leads the page
     */
    record Page(String title, String body, @Nullable String back, @Nullable String solution,
                @Nullable String authority, List<Problem> problems) {
        Page {
            problems = List.copyOf(problems);
        }

        static Page of(String title, String body) {
            return new Page(title, body, null, null, null, List.of());
        }

        Page back(@Nullable String link) {
            return new Page(title, body, link, solution, authority, problems);
        }

        Page in(@Nullable String solutionName, @Nullable String authorityName) {
            return new Page(title, body, back, solutionName, authorityName, problems);
        }

        Page problems(List<Problem> found) {
            return new Page(title, body, back, solution, authority, found);
        }
    }

    /**
     * Something wrong with an answer: the message, and the id of the field it is about, which the
     * error summary links to.
     */
    record Problem(String field, String message) {
    }

    static String html(Request r, Page p) {
        Words w = r.words();
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(r.language().code())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc((p.problems().isEmpty() ? "" : w.get("error.prefix") + " ") + p.title()))
                .append("</title>\n<link rel=\"stylesheet\" href=\"/dkfds/css/dkfds-borgerdk.min.css\">\n</head>\n<body>\n")
                .append("<a class=\"skipnav\" href=\"#main-content\">").append(esc(w.get("portal.skip"))).append("</a>\n");
        header(b, r, p);
        b.append("<div class=\"container page-container\">\n<main id=\"main-content\">\n");
        if (p.back() != null) {
            b.append("<div><a href=\"").append(esc(p.back())).append("\" class=\"back-link\">").append(icon("chevron-left"))
                    .append(esc(w.get("back"))).append("</a></div>\n");
        }
        if (!p.problems().isEmpty()) {
            errorSummary(b, w, p.problems());
        }
        b.append(p.body()).append("</main>\n</div>\n");
        footer(b, r);
        return b.append("</body>\n</html>\n").toString();
    }

    private static void header(StringBuilder b, Request r, Page p) {
        Words w = r.words();
        b.append("<header class=\"header\">\n<div class=\"portal-info\"><div class=\"portal-info-inner container\">")
                .append("<a href=\"").append(esc(r.link("/", Map.of()))).append("\" class=\"logo\" aria-label=\"")
                .append(esc(w.get("portal.logo"))).append("\"><span>borger.dk</span></a></div></div>\n")
                .append("<div class=\"solution-info\"><div class=\"solution-info-inner container\">")
                .append("<div class=\"solution-heading\"><a href=\"").append(esc(r.link("/", Map.of()))).append("\">")
                .append(esc(p.solution() != null ? p.solution() : w.get("portal.heading"))).append("</a></div>");
        if (p.authority() != null) {
            b.append("<div class=\"additional-info\"><p><strong class=\"authority-name\">").append(esc(p.authority()))
                    .append("</strong></p></div>");
        }
        b.append("</div></div>\n</header>\n");
    }

    /**
     * DKFDS's error summary: "Der er et problem", each problem a link to its field. It is focused
     * when the page loads (autofocus, no script), so a screen reader reads it first.
     */
    private static void errorSummary(StringBuilder b, Words w, List<Problem> problems) {
        b.append("<nav aria-labelledby=\"fejl-overskrift\">\n<div class=\"alert alert-error\" role=\"alert\" ")
                .append("data-module=\"error-summary\" tabindex=\"-1\" autofocus>\n")
                .append(icon("error", w.get("icon.error")))
                .append("<div class=\"alert-body\">\n<h2 class=\"alert-heading\" id=\"fejl-overskrift\">")
                .append(esc(w.get("error.summary"))).append("</h2>\n<ul class=\"alert-text nobullet-list\">\n");
        for (Problem problem : problems) {
            b.append("<li><a class=\"function-link\" href=\"#").append(esc(problem.field())).append("\">")
                    .append(esc(problem.message())).append("</a></li>\n");
        }
        b.append("</ul>\n</div>\n</div>\n</nav>\n");
    }

    private static void footer(StringBuilder b, Request r) {
        Words w = r.words();
        b.append("<footer>\n<div class=\"footer\"><div class=\"container\">\n<p>").append(esc(w.get("portal.about")))
                .append("</p>\n<ul class=\"footer-links nobullet-list\"><li><a href=\"")
                .append(esc(r.link("/tilgaengelighed", Map.of()))).append("\">").append(esc(w.get("portal.accessibility")))
                .append("</a></li></ul>\n</div></div>\n");
        // DKFDS's language switch: the page's language first, the others as links to this page in them.
        b.append("<div class=\"language-switcher\"><div class=\"container\"><nav aria-label=\"")
                .append(esc(w.get("portal.language"))).append("\"><ul>\n");
        languageItem(b, r, r.language());
        for (Language other : Words.LANGUAGES) {
            if (!other.equals(r.language())) {
                languageItem(b, r, other);
            }
        }
        b.append("</ul></nav></div></div>\n</footer>\n");
    }

    private static void languageItem(StringBuilder b, Request r, Language lang) {
        String name = switch (lang.code()) {
            case "da" -> "Dansk";
            case "en" -> "English";
            case "uk" -> "Українська";
            default -> lang.code();
        };
        Map<String, String> q = new LinkedHashMap<>(r.query());
        q.put(Request.LANG, lang.code());
        b.append("<li><a href=\"").append(esc(r.path() + "?" + Request.encode(q))).append("\" lang=\"").append(lang.code())
                .append("\" hreflang=\"").append(lang.code()).append('"')
                .append(lang.equals(r.language()) ? " aria-current=\"true\"" : "").append('>').append(esc(name))
                .append("</a></li>\n");
    }

    /** A decorative DKFDS icon (the text beside it says what it means). */
    static String icon(String name) {
        return "<svg class=\"icon-svg\" focusable=\"false\" aria-hidden=\"true\"><use href=\"" + ICONS + "#" + name
                + "\"></use></svg>";
    }

    /** A DKFDS alert icon that says what it means, e.g. "Fejl". */
    static String icon(String name, String label) {
        return "<svg class=\"icon-svg alert-icon\" focusable=\"false\" role=\"img\" aria-label=\"" + esc(label)
                + "\"><use href=\"" + ICONS + "#" + name + "\"></use></svg>\n";
    }

    static String esc(String s) {
        return HtmlEscape.escape(s);
    }
}
