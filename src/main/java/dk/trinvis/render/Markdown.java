package dk.trinvis.render;

import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown in guide text through commonmark-java: raw HTML is escaped, never passed through,
 * and links with unsafe schemes such as {@code javascript:} are dropped.
 */
final class Markdown {
    // Parser and renderers are immutable and thread-safe once built.
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

    private Markdown() {
    }

    static String html(String markdown) {
        return HTML.render(parse(markdown));
    }

    static String text(String markdown) {
        return TEXT.render(parse(markdown));
    }

    private static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        return HtmlEscape.escape(s);
    }

    /** Whether a URL may be put in an href: web, mail and phone links only. */
    static boolean safeUrl(String url) {
        String lower = url.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                || lower.startsWith("tel:");
    }
}
